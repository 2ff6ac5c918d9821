/**
 * The dialog shown when the user presses Post on a flagged draft. Focus is trapped inside,
 * Esc closes it (same as Edit draft), and the first focus is on "Edit draft" so that an
 * accidental second Enter never posts.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Finding } from '../engine/finding';
import type { GuidelineLibrary } from '../engine/guideline';
import { FindingCard } from './FindingCard';
import { t } from './i18n';

export type Enforcement = 'advise' | 'confirm' | 'acknowledge' | 'block-serious';

export interface PrePostDialogProps {
  findings: Finding[];
  library: GuidelineLibrary;
  enforcement?: Enforcement;
  agency?: { name?: string; helpdesk?: string };
  /** Review mode (badge click): only a Close button, no posting decision. */
  review?: boolean;
  onEdit: () => void;
  onPostAnyway: () => void;
  onLearnMore: (guidelineId: string) => void;
  onFix?: (f: Finding) => void;
  /** Thumbnails of attached pictures by `Finding.imageId`, shown with their findings. */
  thumbnails?: Readonly<Record<string, string>>;
}

export function PrePostDialog(p: PrePostDialogProps) {
  const box = useRef<HTMLDivElement>(null);
  const first = useRef<HTMLButtonElement>(null);
  const [acknowledged, setAcknowledged] = useState(false);
  const enforcement = p.enforcement ?? 'confirm';
  const blocked = enforcement === 'block-serious' && p.findings.some((f) => f.severity === 'serious');
  const canPost = !p.review && !blocked && (enforcement !== 'acknowledge' || acknowledged);

  useEffect(() => {
    first.current?.focus();
  }, []);

  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'Escape') {
      e.preventDefault();
      p.onEdit();
      return;
    }
    if (e.key !== 'Tab' || !box.current) return;
    const items = [...box.current.querySelectorAll<HTMLElement>('button:not([disabled]), input:not([disabled]), [href], [tabindex="0"]')];
    if (items.length === 0) return;
    const root = box.current.getRootNode() as ShadowRoot;
    const active = root.activeElement as HTMLElement | null;
    const i = active ? items.indexOf(active) : -1;
    const next = e.shiftKey ? (i <= 0 ? items.length - 1 : i - 1) : i === items.length - 1 ? 0 : i + 1;
    e.preventDefault();
    items[next]!.focus();
  };

  const guidelineIds = [...new Set(p.findings.map((f) => f.guidelineId))];
  return (
    <div class="backdrop" onMouseDown={(e) => e.target === e.currentTarget && p.onEdit()}>
      <div ref={box} class="dialog" role="dialog" aria-modal="true" aria-labelledby="netra-title" aria-describedby="netra-intro" onKeyDown={onKeyDown}>
        <h2 id="netra-title">{p.review ? t('dialogFindingsTitle') : t('dialogTitle')}</h2>
        <p id="netra-intro" class="intro">{t('dialogIntro')}</p>
        <div class="findings" tabIndex={0}>
          {p.findings.map((f) => (
            <FindingCard
              key={`${f.ruleId}:${f.start}:${f.imageId ?? ''}`}
              finding={f}
              library={p.library}
              onFix={p.onFix ? () => p.onFix!(f) : undefined}
              thumbnail={f.imageId ? p.thumbnails?.[f.imageId] : undefined}
            />
          ))}
        </div>
        {p.agency?.helpdesk ? <p class="agency">{t('agencyContact', p.agency.helpdesk)}</p> : null}
        {!p.review && enforcement === 'acknowledge' ? (
          <label class="ack">
            <input type="checkbox" checked={acknowledged} onChange={(e) => setAcknowledged((e.target as HTMLInputElement).checked)} />
            <span>{t('dialogAckCheck')}</span>
          </label>
        ) : null}
        {!p.review && !blocked ? <p class="note">{t('dialogAckNote')}</p> : null}
        {blocked ? <p class="note blocked">{t('dialogBlocked')}</p> : null}
        <div class="actions">
          <button ref={first} type="button" class="btn btn-primary" onClick={p.onEdit}>
            {p.review ? t('dialogClose') : t('dialogEdit')}
          </button>
          {!p.review && !blocked ? (
            <button type="button" class="btn btn-danger" disabled={!canPost} onClick={p.onPostAnyway}>
              {t('dialogPostAnyway')}
            </button>
          ) : null}
          <button type="button" class="btn btn-link" onClick={() => p.onLearnMore(guidelineIds[0]!)}>
            {t('dialogLearnMore')}
          </button>
        </div>
      </div>
    </div>
  );
}
