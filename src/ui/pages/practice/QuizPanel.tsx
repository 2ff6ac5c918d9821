/**
 * The question for the room: every team (or the one player) answers "boleh" or "tidak boleh"
 * once. The verdict stays hidden until all have answered; the trainer can reveal it sooner.
 */
import { answerOf, playersOf } from '../../../practice/score';
import type { Session } from '../../../practice/session';
import type { Scenario, Verdict } from '../../../practice/types';
import { t } from '../../i18n';
import { teamName, verdictName } from './labels';

interface Props {
  session: Session;
  scenario: Scenario;
  revealed: boolean;
  onAnswer: (team: string, v: Verdict) => void;
  onReveal: () => void;
}

export function QuizPanel({ session, scenario, revealed, onAnswer, onReveal }: Props) {
  const players = playersOf(session);
  const teams = session.config.teams.length > 0;
  return (
    <section class="quiz" aria-labelledby="quiz-h">
      <h2 id="quiz-h">{t('practiceQuizAsk')}</h2>
      <ul class="plain quiz-teams">
        {players.map((team) => {
          const given = answerOf(session, scenario.id, team);
          return (
            <li key={team} class="quiz-team">
              {teams ? <span class="quiz-team-name">{teamName(team)}</span> : null}
              {(['boleh', 'tidak-boleh'] as const).map((v) => (
                <button
                  key={v}
                  type="button"
                  class={`btn answer answer-${v} ${given?.answer === v ? 'chosen' : ''}`}
                  aria-pressed={given?.answer === v}
                  disabled={!!given || revealed}
                  aria-label={teams ? t('practiceAnswerFor', teamName(team), verdictName(v)) : undefined}
                  onClick={() => onAnswer(team, v)}
                >
                  {verdictName(v)}
                </button>
              ))}
              {given && revealed ? <span class={given.right ? 'ok' : 'warn'}>{given.right ? t('practiceRight') : t('practiceWrong')}</span> : null}
            </li>
          );
        })}
      </ul>
      {!revealed && teams ? (
        <button type="button" class="btn" onClick={onReveal}>
          {t('practiceReveal')}
        </button>
      ) : null}
      {!revealed ? <p class="muted">{t('practiceHiddenUntilAnswer')}</p> : null}
    </section>
  );
}
