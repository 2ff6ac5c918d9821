/**
 * The engagement guard's small confirmation, next to the pressed button: what the target is,
 * the one-line rule, the possible sanction, and Batal / Tetap lakukan / Pelajari. Not the
 * pre-post dialog: the user is scrolling, not writing, and decides in a glance. What it may
 * offer (proceed, a tick first, nothing) is src/engage/decide.ts's decision.
 *
 * Keyboard: focus starts on Batal; Esc cancels.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { EngageAction, TargetLabel } from '../engage/types';
import { t, type MessageKey } from './i18n';

const LABEL_KEYS: Record<TargetLabel, MessageKey> = {
  'campaign-post': 'engageLabelCampaignPost',
  'candidate-post': 'engageLabelCandidatePost',
  'team-post': 'engageLabelTeamPost',
  'party-post': 'engageLabelPartyPost',
  'campaign-account': 'engageLabelCampaignAccount',
  'candidate-account': 'engageLabelCandidateAccount',
  'team-account': 'engageLabelTeamAccount',
  'party-account': 'engageLabelPartyAccount',
  'campaign-group': 'engageLabelCampaignGroup',
};

export const labelText = (label: TargetLabel) => t(LABEL_KEYS[label]);

export interface EngageConfirmProps {
  label: TargetLabel;
  action: EngageAction;
  severity: 'warning' | 'serious';
  /** "Dapat berujung …" from the guideline. */
  sanction: string;
  blocked: boolean;
  needsAcknowledgement: boolean;
  /** The pressed control's box, for placing the confirmation beside it. */
  anchor: { top: number; left: number; bottom: number; right: number };
  onCancel(): void;
  onProceed(): void;
  onLearn(): void;
}

const WIDTH = 320;

export function EngageConfirm(p: EngageConfirmProps) {
  const cancel = useRef<HTMLButtonElement>(null);
  const [ticked, setTicked] = useState(false);
  useEffect(() => cancel.current?.focus(), []);
  const vw = typeof innerWidth === 'number' ? innerWidth : 1024;
  const vh = typeof innerHeight === 'number' ? innerHeight : 768;
  const left = Math.max(8, Math.min(p.anchor.left, vw - WIDTH - 8));
  // Below the button, or above it when the button is near the bottom of the window.
  const below = p.anchor.bottom + 6 + 220 < vh;
  const style = below ? { left: `${left}px`, top: `${p.anchor.bottom + 6}px` } : { left: `${left}px`, bottom: `${vh - p.anchor.top + 6}px` };
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'Escape') {
      e.preventDefault();
      p.onCancel();
    }
  };
  return (
    <div class={`engage sev-${p.severity}`} role="alertdialog" aria-modal="false" aria-label={t('engageDialogName')} style={style} onKeyDown={onKeyDown}>
      <p class="engage-what">
        <strong>{labelText(p.label)}</strong> · {t(`engageAsk_${p.action}` as MessageKey)}
      </p>
      <p class="engage-rule">{t('engageRule')}</p>
      <p class="engage-sanction">{p.sanction}</p>
      {p.blocked ? <p class="engage-blocked">{t('engageBlocked')}</p> : null}
      {p.needsAcknowledgement && !p.blocked ? (
        <label class="engage-ack">
          <input type="checkbox" checked={ticked} onChange={(e) => setTicked((e.target as HTMLInputElement).checked)} /> {t('engageAcknowledge')}
        </label>
      ) : null}
      <div class="engage-actions">
        <button ref={cancel} type="button" class="btn btn-primary" onClick={p.onCancel}>
          {t('engageCancel')}
        </button>
        {p.blocked ? null : (
          <button type="button" class="btn" disabled={p.needsAcknowledgement && !ticked} onClick={p.onProceed}>
            {t('engageProceed')}
          </button>
        )}
        <button type="button" class="btn btn-link" onClick={p.onLearn}>
          {t('engageLearn')}
        </button>
      </div>
    </div>
  );
}

/** Advise mode: the gesture went through; a short note beside the button says what it was. */
export function EngageHint(p: { label: TargetLabel; anchor: EngageConfirmProps['anchor']; onLearn(): void; onClose(): void }) {
  const vw = typeof innerWidth === 'number' ? innerWidth : 1024;
  const left = Math.max(8, Math.min(p.anchor.left, vw - WIDTH - 8));
  return (
    <div class="engage engage-hint" role="status" style={{ left: `${left}px`, top: `${p.anchor.bottom + 6}px` }}>
      <p>{t('engageHint', labelText(p.label))}</p>
      <div class="engage-actions">
        <button type="button" class="btn btn-link" onClick={p.onLearn}>
          {t('engageLearn')}
        </button>
        <button type="button" class="btn" onClick={p.onClose}>
          {t('noticeDismiss')}
        </button>
      </div>
    </div>
  );
}
