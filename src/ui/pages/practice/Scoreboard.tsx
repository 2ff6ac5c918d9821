/** Scores of the session, per team or for the one player; kept across reloads; CSV for the records. */
import type { Session } from '../../../practice/session';
import { resultsCsv, totals } from '../../../practice/score';
import type { Scenario } from '../../../practice/types';
import { getLang, t } from '../../i18n';
import { download } from '../download';
import { teamName } from './labels';

export function Scoreboard({ session, deck }: { session: Session; deck: readonly Scenario[] }) {
  const rows = totals(session);
  return (
    <section class="scoreboard" aria-labelledby="score-h">
      <h2 id="score-h">{t('practiceScoreTitle')}</h2>
      <ul class="plain score" aria-live="polite">
        {rows.map((r) => (
          <li key={r.team}>
            <strong>{teamName(r.team)}</strong>: {t('practiceScore', r.right, r.asked)}
          </li>
        ))}
      </ul>
      <button type="button" class="btn btn-small" disabled={session.answers.length === 0} onClick={() => download(`netra-latihan-skor.csv`, resultsCsv(session, deck, getLang()), 'text/csv')}>
        {t('practiceExportCsv')}
      </button>
    </section>
  );
}
