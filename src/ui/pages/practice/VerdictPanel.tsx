/** The verdict, why, the guideline to read, and the trainer's notes, once the room has answered. */
import type { GuidelineLibrary } from '../../../engine/guideline';
import type { Scenario } from '../../../practice/types';
import { t } from '../../i18n';
import { verdictName } from './labels';

export function VerdictPanel({ scenario, lib, lang }: { scenario: Scenario; lib: GuidelineLibrary; lang: 'id' | 'en' }) {
  return (
    <section class={`verdict ${scenario.verdict}`} aria-labelledby="verdict-h" aria-live="polite">
      <h2 id="verdict-h">{verdictName(scenario.verdict)}</h2>
      <p>{scenario.why[lang]}</p>
      <p>
        {t('practiceGuideline')}{' '}
        <a href={`guidelines.html#${scenario.guideline}`} target="_blank" rel="noreferrer">
          {lib.guidelines[scenario.guideline]?.title[lang] ?? scenario.guideline}
        </a>
      </p>
      {scenario.notes ? (
        <details class="facilitator-notes">
          <summary>{t('practiceNotes')}</summary>
          <p>{scenario.notes[lang]}</p>
        </details>
      ) : null}
    </section>
  );
}
