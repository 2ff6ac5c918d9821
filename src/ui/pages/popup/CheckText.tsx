/** "Periksa teks": any pasted text, checked here with the same engine; nothing is stored. */
import { useState } from 'preact/hooks';
import type { Finding } from '../../../engine/finding';
import type { GuidelineLibrary } from '../../../engine/guideline';
import type { FindingLine } from '../../../engine/summary';
import type { EffectiveSettings } from '../../../settings/model';
import { t } from '../../i18n';
import { pageEngine } from '../engine';
import { FindingLines } from './FindingLines';

/** `hideResults`: a finding's detail is open above and takes the room the results would have. */
export function CheckText({ settings, library, onOpen, hideResults = false }: { settings: EffectiveSettings; library: GuidelineLibrary; onOpen: (line: FindingLine) => void; hideResults?: boolean }) {
  const [text, setText] = useState('');
  const [checked, setChecked] = useState<Finding[] | null>(null);
  const check = () => setChecked(pageEngine().check(text, { lang: settings.lang, disabled: settings.disabledRules, ...(settings.showInfo ? {} : { minSeverity: 'warning' as const }) }));
  return (
    <>
      <section class="popup-check" aria-labelledby="check-h">
        <h2 id="check-h">{t('popupCheckTitle')}</h2>
        <label for="check-text" class="muted">
          {t('popupCheckHint')}
        </label>
        <textarea id="check-text" value={text} rows={3} onInput={(e) => setText((e.target as HTMLTextAreaElement).value)} />
        <button type="button" class="btn btn-primary" onClick={check}>
          {t('popupCheck')}
        </button>
      </section>
      {/* The results scroll in their own box below the section, so the box above never moves. */}
      <div role="status" aria-live="polite" aria-label={t('popupCheckTitle')} class="popup-scroll popup-results">
        {checked === null || hideResults ? null : checked.length === 0 ? <p class="ok">{t('popupCheckClean')}</p> : <FindingLines findings={checked} library={library} onOpen={onOpen} />}
      </div>
    </>
  );
}
