/**
 * Runs Netra on a supported site: finds composers as the user focuses or types in them, holds
 * the sending of drafts the enforcement decision holds, and shows the pre-post dialog. This file
 * wires the parts together:
 * - src/page/scope.ts and registry.ts: where composers and submit controls are;
 * - src/page/gate.ts: the submit gate, a state machine; intercept.ts: the events it judges;
 * - src/page/capture.ts: attached pictures; dialog.ts: the dialog;
 * - src/settings/enforcement.ts: whether a draft is held, and what the dialog may offer.
 *
 * Cost model: nothing happens per DOM mutation or per scroll of the feed. Composers are found
 * from the events the user causes in them (focusin, input), and submit interception is three
 * capture listeners on window that return at once for anything that is not a send gesture.
 */
import type { Engine } from '../engine/engine';
import type { Finding } from '../engine/finding';
import type { GuidelineLibrary } from '../engine/guideline';
import { pictureFindings } from '../images/findings';
import { decide, type Enforcement } from '../settings/enforcement';
import type { SiteAdapter } from '../sites/types';
import { t } from '../ui/i18n';
import { startPictureCapture } from './capture';
import type { Composer } from './composer';
import { createDialog } from './dialog';
import { startEngageGuard } from './engage';
import type { AccountIndex } from '../engage/accounts';
import type { EngageAction } from '../engage/types';
import { SubmitGate, type Assessment } from './gate';
import { replay, startInterception, type Action } from './intercept';
import { createNotices } from './notice';
import type { AttachedPicture } from './pictures';
import { ComposerRegistry } from './registry';
import { createReplyContext } from './reply-context';
import { createScope } from './scope';
import { createUiHost, type UiHost } from './ui-host';

export interface PageSettings {
  enforcement: Enforcement;
  disabledRules: readonly string[];
  showInfo: boolean;
  lang: 'id' | 'en';
  agency?: { name?: string; helpdesk?: string };
  /** Attached pictures are checked unless this is false (options page switch). */
  pictures?: boolean;
  /** The user's own job title and agency (Settings → Profil): job-title words in their drafts. */
  profile?: { jobTitle?: string; agency?: string };
}

export interface PageDeps {
  adapter: SiteAdapter;
  engine: Engine;
  library: GuidelineLibrary;
  settings(): PageSettings;
  /** Whether Netra is active on this site now (site switch, pause). Checked on every gesture. */
  active(): boolean;
  /** The user posted despite findings, and the post went out: rule ids and time only, never text. */
  acknowledge(ruleIds: string[]): void;
  /** The user marked findings "not a problem here" for this draft: rule ids and time only. */
  dismiss?(ruleIds: string[]): void;
  openGuideline(id: string): void;
  /** Adapter misses and errors, so a changed site is noticed. */
  log(message: string): void;
  /** Timings for the benchmark (src/page/timings.ts); never text. */
  timing?(kind: 'check' | 'dialog' | 'engage', at: number): void;
  /**
   * The engagement guard (src/page/engage.ts): the accounts the entity lists know, and where a
   * gesture the user went ahead with is recorded. Without them the guard does not run.
   */
  engage?: { accounts(): AccountIndex; acknowledge(ruleIds: string[], action: EngageAction): void; active(): boolean };
}

export interface PageController {
  composers(): Composer[];
  /** Findings of the composer the user last worked in (the popup shows them). */
  current(): { findings: Finding[]; text: string } | null;
  /** Re-check every composer (settings that affect judgement changed). */
  refresh(): void;
  stop(): void;
  ui: UiHost;
}

/** Drafts longer than this are checked on submit only, so a huge paste never stalls typing. */
const LIVE_LIMIT = 20_000;
/**
 * Post pressed while an attached picture is still being analysed (OCR takes 1–3 s, the first
 * picture a little more while the reader loads): the press is held, a notice says why, and the
 * post goes out by itself the moment the pictures turn out clean, or the dialog opens. Past this
 * long the post is let through unchecked, as everywhere else where Netra cannot tell: the site
 * must never become unusable because of Netra.
 */
const PICTURE_WAIT_MS = 12_000;
/** The site uploads a post's pictures with it: they are forgotten once it has had time to. */
const PICTURES_GO_MS = 1500;

export function startPage(deps: PageDeps): PageController {
  const ui = createUiHost();
  const abort = new AbortController();
  const signal = abort.signal;
  const scope = createScope(deps.adapter);
  const gate = new SubmitGate();
  const notices = createNotices(ui);
  const picturesOn = () => deps.active() && deps.settings().pictures !== false;

  const replyContext = deps.engage ? createReplyContext({ adapter: deps.adapter, engine: deps.engine, accounts: deps.engage.accounts, settings: deps.settings }) : null;
  /** A reply box's checks carry the post it answers (with the engagement guard on here). */
  const contextOf = (el: Element | undefined) => {
    const ctx = el && replyContext && deps.engage!.active() ? replyContext(el) : undefined;
    if (!ctx) return undefined;
    const read = ctx.campaign as () => boolean;
    // A page that cannot be read is no campaign post: the draft keeps its own findings.
    const campaign = () => {
      try {
        return read();
      } catch (err) {
        deps.log(`reading the post a reply answers failed: ${String(err)}`);
        return false;
      }
    };
    return { campaign };
  };
  const checkOptions = (el?: Element) => {
    const s = deps.settings();
    const context = contextOf(el);
    // The profile (Settings) makes the user's own title and agency job-title words.
    return { lang: s.lang, disabled: s.disabledRules, ...(s.profile ? { profile: s.profile } : {}), ...(s.showInfo ? {} : { minSeverity: 'warning' as const }), ...(context ? { context } : {}) };
  };
  const registry = new ComposerRegistry(scope, {
    engine: deps.engine,
    ui,
    liveLimit: LIVE_LIMIT,
    checkOptions,
    openReview: (c) => dialog.open(c, null),
    openGuideline: deps.openGuideline,
    pictureFindings: (pictures: readonly AttachedPicture[], textFindings: Finding[]) => {
      const s = deps.settings();
      const analysed = pictures.flatMap((p) => (p.analysis ? [{ id: p.id, analysis: p.analysis }] : []));
      return pictureFindings(analysed, textFindings, {
        lang: s.lang,
        disabled: s.disabledRules,
        check: (text) => deps.engine.check(text, checkOptions()),
        inPicture: t('findingInPicture'),
        logoMessage: (name) => t('pictureLogoFound', name),
      });
    },
    checked: () => deps.timing?.('check', performance.now()),
  });
  const capture = startPictureCapture({ scope, registry, enabled: picturesOn, lang: () => deps.settings().lang, log: deps.log, settled: (c) => dialog.refresh(c), signal });

  /** The post is going out: its pictures go with it. */
  const picturesGo = (c: Composer) => {
    if (c.pictures.length > 0) setTimeout(() => c.clearPictures(), PICTURES_GO_MS);
  };

  /** Netra sends the draft itself, once, if it still reads `text`; false when nothing went out. */
  function send(c: Composer, action: Action, text: string): boolean {
    if (signal.aborted || !c.el.isConnected) return false;
    c.checkNow();
    if (c.draft.text !== text) return false;
    let sent = false;
    gate.send(c.id, text, Date.now(), () => {
      sent = replay(scope, action, c);
    });
    if (sent) picturesGo(c);
    return sent;
  }

  const dialog = createDialog({
    ui,
    gate,
    library: deps.library,
    settings: deps.settings,
    openGuideline: deps.openGuideline,
    acknowledge: deps.acknowledge,
    dismissed: (ids) => deps.dismiss?.(ids),
    send,
    notice: (m) => notices.show(m),
    shown: () => deps.timing?.('dialog', performance.now()),
  });

  function assess(c: Composer): Assessment {
    const enforcement = deps.settings().enforcement;
    if (enforcement === 'advise') return { hold: false, picturesPending: false };
    capture.scanPreviews(c);
    c.checkNow();
    return { hold: decide(enforcement, c.findings).hold, picturesPending: c.picturesPending() };
  }

  /** A send on a clean draft whose pictures are still being analysed: hold, then decide. */
  async function waitForPictures(c: Composer, action: Action) {
    const wait = gate.startWait(c.id, Date.now());
    let timedOut = false;
    let mine = false;
    try {
      notices.show(t('pictureChecking'), true);
      await Promise.race([c.picturesSettled(), new Promise<void>((r) => setTimeout(() => ((timedOut = true), r()), PICTURE_WAIT_MS))]);
    } finally {
      // Whatever happened on the way, the composer's presses are checked again from here.
      mine = wait.end(Date.now());
      notices.clear();
    }
    // A wait that ran out belongs to no one now: a later press is checked, and sends, on its own.
    if (!mine || signal.aborted || !c.el.isConnected) return;
    // The pictures may have been removed meanwhile.
    if (deps.active() && assess(c).hold) return dialog.open(c, action);
    if (timedOut) deps.log('the picture check took too long; the post was let through');
    send(c, action, c.draft.text);
  }

  startInterception({
    scope,
    registry,
    gate,
    active: deps.active,
    assess,
    review: (c, action) => dialog.open(c, action),
    wait: (c, action) => void waitForPictures(c, action),
    passed: picturesGo,
    log: deps.log,
    unchecked: () => notices.show(t('noticeUnchecked')),
    signal,
  });
  startDiscovery({ scope, registry, capture, active: deps.active, log: deps.log, signal });
  const engageGuard = deps.engage
    ? startEngageGuard({ adapter: deps.adapter, engine: deps.engine, accounts: deps.engage.accounts, library: deps.library, ui, settings: deps.settings, active: () => deps.active() && deps.engage!.active(), acknowledge: deps.engage.acknowledge, openGuideline: deps.openGuideline, log: deps.log, timing: (ms) => deps.timing?.('engage', ms), signal })
    : null;

  return {
    ui,
    composers: () => registry.all(),
    current: () => (registry.last ? { findings: registry.last.findings, text: registry.last.draft.text } : null),
    refresh: () => registry.refresh(),
    stop() {
      abort.abort();
      dialog.close();
      engageGuard?.close();
      registry.destroy();
      ui.destroy();
    },
  };
}

/** Composers are found from the events the user causes in them. */
function startDiscovery(d: {
  scope: ReturnType<typeof createScope>;
  registry: ComposerRegistry;
  capture: ReturnType<typeof startPictureCapture>;
  active(): boolean;
  log(m: string): void;
  signal: AbortSignal;
}) {
  const { scope, registry, signal } = d;
  const healthChecked = new WeakSet<Composer>();
  let submitMissLogged = false;

  /** A composer with no submit control in reach means the site changed: say so once. */
  const healthCheck = (c: Composer) => {
    if (signal.aborted || !c.el.isConnected || submitMissLogged) return;
    if (scope.submitsIn(scope.scopeOf(c.el)).length > 0) return;
    submitMissLogged = true;
    d.log(`${scope.adapter.id}: composer found but no submit control matched (${scope.submitSel}); posts there are not checked before sending`);
  };

  const onFocusOrInput = (e: Event) => {
    try {
      const c = registry.fromPath(e.composedPath());
      if (!c) return;
      registry.last = c;
      // Sites draw the submit control late (WhatsApp's send button appears with the first
      // character, Facebook's comment arrow on focus): look for it after the first keystroke.
      if (e.type === 'input' && !healthChecked.has(c)) {
        healthChecked.add(c);
        setTimeout(() => healthCheck(c), 1000);
      }
      if (e.type === 'input' && !d.active()) return;
      if (e.type === 'focusin' && c.checkedText === null) c.schedule();
      if (e.type === 'focusin') d.capture.scanPreviews(c);
    } catch (err) {
      d.log(`discovery failed: ${String(err)}`);
    }
  };
  document.addEventListener('focusin', onFocusOrInput, { capture: true, signal });
  document.addEventListener('input', onFocusOrInput, { capture: true, signal });

  // The page may start after the user is already in a composer (settings load can take seconds
  // on a fresh profile while storage.managed initialises): its focusin has passed, and without
  // this the draft would go unchecked until the next focus.
  try {
    let focused: Element | null = document.activeElement;
    while (focused?.shadowRoot?.activeElement) focused = focused.shadowRoot.activeElement;
    const el = focused?.closest(scope.composerSel);
    if (el) {
      registry.last = registry.for(el);
      registry.last.schedule();
    }
  } catch (err) {
    d.log(`discovery failed: ${String(err)}`);
  }
}
