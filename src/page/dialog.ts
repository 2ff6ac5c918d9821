/**
 * The pre-post dialog on a page: opened for one composer, either deciding a held send or
 * reviewing the findings (badge click); kept open, and focused again, when the user tries to
 * send the same draft from the editor while it is open; closed by the user's choice. What the
 * dialog may offer comes from the enforcement decision (src/settings/enforcement.ts).
 */
import { h } from 'preact';
import type { Finding } from '../engine/finding';
import type { GuidelineLibrary } from '../engine/guideline';
import { decide, type Enforcement } from '../settings/enforcement';
import { PrePostDialog } from '../ui/PrePostDialog';
import { t } from '../ui/i18n';
import type { Composer } from './composer';
import { applyRemoval } from './fix';
import type { SubmitGate } from './gate';
import type { Action } from './intercept';
import type { Removal } from './review';
import type { UiHost } from './ui-host';

export interface DialogDeps {
  ui: UiHost;
  gate: SubmitGate;
  library: GuidelineLibrary;
  settings(): { enforcement: Enforcement; agency?: { name?: string; helpdesk?: string; guidelineUrl?: string } };
  openGuideline(id: string): void;
  /** The user posted despite findings: rule ids and time only, never text. */
  acknowledge(ruleIds: string[]): void;
  /** The user marked findings "not a problem here": rule ids and time only. */
  dismissed(ruleIds: string[]): void;
  /** Netra sends the reviewed draft itself; false when it could not (nothing went out). */
  send(c: Composer, action: Action, reviewedText: string): boolean;
  notice(message: string): void;
  /** The dialog was drawn (timings for the benchmark). */
  shown?(): void;
}

export interface DialogController {
  /** Open for `c`: deciding `action`, or a review when null. Keeps an open dialog for `c`. */
  open(c: Composer, action: Action | null): void;
  /** `c`'s pictures were analysed: an open dialog for it shows their findings. */
  refresh(c: Composer): void;
  close(): void;
}

interface Open {
  c: Composer;
  action: Action | null;
  /** The draft as the user reviewed it: what "Post anyway" sends, and nothing else. */
  text: string;
  findings: Finding[];
  restore: () => void;
  /** Bumped to move focus back into the dialog (the site took it). */
  focusKey: number;
}

export function createDialog(d: DialogDeps): DialogController {
  let cur: Open | null = null;

  const close = () => {
    cur = null;
    d.gate.closed();
    d.ui.show('dialog', null);
  };

  const draw = () => {
    if (!cur) return;
    const o = cur;
    const s = d.settings();
    d.ui.show(
      'dialog',
      h(PrePostDialog, {
        findings: o.findings,
        text: o.text,
        library: d.library,
        enforcement: s.enforcement,
        agency: s.agency,
        review: o.action === null,
        focusKey: o.focusKey,
        thumbnails: Object.fromEntries(o.c.pictures.flatMap((p) => (p.analysis?.thumbnail ? [[p.id, p.analysis.thumbnail]] : []))),
        onEdit: () => {
          close();
          o.restore();
        },
        onLearnMore: (id: string) => d.openGuideline(id),
        onFix: (fix: Removal) => {
          close();
          void applyRemoval(o.c, fix, o.text).then((ok) => {
            if (!ok) d.notice(t('fixFailed'));
          });
        },
        onDismiss: (findings: Finding[]) => {
          o.c.dismiss(findings);
          d.dismissed([...new Set(findings.map((f) => f.ruleId))]);
          o.findings = o.c.findings;
          if (o.findings.length === 0 && o.action === null) return close();
          draw();
        },
        onPostAnyway: () => {
          close();
          if (!o.action) return;
          const standing = decide(s.enforcement, o.findings);
          if (standing.blocked) return;
          if (!d.send(o.c, o.action, o.text)) return d.notice(t('notSent'));
          // Recorded only for a post that went out, and only when findings still stood.
          if (standing.hold) d.acknowledge([...new Set(o.findings.map((f) => f.ruleId))]);
        },
      }),
    );
    d.shown?.();
  };

  return {
    open(c, action) {
      if (cur && cur.c === c && cur.action !== null && (action === null || cur.text === c.draft.text)) {
        // A send from the editor while the dialog is open: keep it, and take focus back.
        cur.focusKey++;
        draw();
        return;
      }
      c.checkNow();
      c.hideTooltip();
      cur = { c, action, text: c.draft.text, findings: c.findings, restore: c.saveSelection(), focusKey: 0 };
      d.gate.opened(c.id, action !== null);
      draw();
    },
    refresh(c) {
      if (cur?.c !== c) return;
      cur.findings = c.findings;
      draw();
    },
    close,
  };
}
