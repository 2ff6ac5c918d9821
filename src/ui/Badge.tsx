/** The small pill next to a composer: nothing when clean, the count and worst level otherwise. */
import type { Severity } from '../engine/finding';
import { t, type MessageKey } from './i18n';

export interface BadgeProps {
  count: number;
  severity: Severity;
  top: number;
  /** Distance from the viewport's right edge to the pill's right edge. */
  right: number;
  onOpen: () => void;
}

/** Its accessible name begins with the words it shows (WCAG 2.5.3), then says what it is. */
export function Badge({ count, severity, top, right, onOpen }: BadgeProps) {
  const level = t(`severity_${severity}` as MessageKey);
  return (
    <button type="button" class={`badge sev-${severity}`} style={{ top: `${top}px`, right: `${right}px` }} aria-label={t('badgeLabel', count, level)} onClick={onOpen}>
      <span class="dot" aria-hidden="true" />
      Netra · {count} · {level}
    </button>
  );
}
