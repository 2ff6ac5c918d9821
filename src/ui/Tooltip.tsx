/** The short message shown when the pointer or the caret is on a highlighted word. */
import type { Finding } from '../engine/finding';
import { t } from './i18n';

export function Tooltip({ finding, top, left, onOpen }: { finding: Finding; top: number; left: number; onOpen: () => void }) {
  return (
    <div class="tooltip" role="tooltip" style={{ top: `${top}px`, left: `${left}px` }}>
      <div>{finding.message}</div>
      <button type="button" onClick={onOpen}>
        {t('tooltipOpen')}
      </button>
    </div>
  );
}
