/**
 * Printouts for the session: a handout for participants (each draft with boxes to tick and a
 * line for the reason) and, on its own pages, the answer key with the trainer's notes. The
 * screen shows a small toolbar; print CSS leaves only the paper.
 */
import { useState } from 'preact/hooks';
import loadGuidelines from 'virtual:netra-guidelines';
import type { Scenario } from '../../../practice/types';
import { getLang, t } from '../../i18n';
import { platformName, verdictName } from './labels';

export function Handout({ scenarios }: { scenarios: Scenario[] }) {
  const lang = getLang();
  const lib = loadGuidelines();
  const [withKey, setWithKey] = useState(true);
  return (
    <div class="handout">
      <div class="row no-print handout-tools">
        <button type="button" class="btn btn-primary" onClick={() => window.print()}>
          {t('practicePrint')}
        </button>
        <label class="switch">
          <input type="checkbox" checked={withKey} onChange={(e) => setWithKey((e.target as HTMLInputElement).checked)} />
          <span>{t('practicePrintKey')}</span>
        </label>
      </div>
      <article class="sheet">
        <h2>{t('practiceHandoutTitle')}</h2>
        <p>{t('practiceHandoutIntro')}</p>
        <p class="fill-in">{t('practiceHandoutName')}</p>
        <ol class="handout-list">
          {scenarios.map((s) => (
            <li key={s.id} class="handout-item">
              <p class="handout-platform">{platformName(s.platform)}</p>
              <blockquote>{s.draft[lang]}</blockquote>
              <p class="tick">
                <span class="box" aria-hidden="true" /> {verdictName('boleh')} <span class="box" aria-hidden="true" /> {verdictName('tidak-boleh')}
              </p>
              <p class="fill-in">{t('practiceHandoutReason')}</p>
            </li>
          ))}
        </ol>
      </article>
      {withKey ? (
        <article class="sheet answer-key">
          <h2>{t('practiceKeyTitle')}</h2>
          <ol class="handout-list">
            {scenarios.map((s) => (
              <li key={s.id} class="handout-item">
                <p>
                  <strong class={`key-verdict ${s.verdict}`}>{verdictName(s.verdict)}</strong> · {lib.guidelines[s.guideline]?.title[lang]}
                </p>
                <p>{s.why[lang]}</p>
                {s.notes ? (
                  <p class="key-notes">
                    <em>{t('practiceNotes')}:</em> {s.notes[lang]}
                  </p>
                ) : null}
              </li>
            ))}
          </ol>
        </article>
      ) : null}
    </div>
  );
}
