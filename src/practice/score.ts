/**
 * Answers and scores: each team (or the one player) answers a scenario once; the verdict shows
 * when every team has answered or the trainer reveals it. Exported as CSV for the trainer's
 * records: team, scenario, answer, correct answer, right or not, time.
 */
import { writeCsv } from './csv';
import type { Session } from './session';
import type { Scenario, Verdict } from './types';

export interface Answer {
  scenarioId: string;
  team: string;
  answer: Verdict;
  right: boolean;
  /** Epoch ms. */
  time: number;
}

/** Individual play: one player without a name (the UI says "you"). */
export const INDIVIDUAL = '';

/** Team names in play, or the one individual player. */
export function playersOf(session: Pick<Session, 'config'>): string[] {
  return session.config.teams.length ? session.config.teams : [INDIVIDUAL];
}

export function answerOf(session: Session, scenarioId: string, team: string): Answer | undefined {
  return session.answers.find((a) => a.scenarioId === scenarioId && a.team === team);
}

/** An answer counts once: a team cannot change it after giving it, nor answer after the reveal. */
export function recordAnswer(session: Session, scenario: Scenario, team: string, answer: Verdict, now: number): Session {
  if (answerOf(session, scenario.id, team) || isRevealed(session, scenario.id)) return session;
  return { ...session, answers: [...session.answers, { scenarioId: scenario.id, team, answer, right: answer === scenario.verdict, time: now }] };
}

export function reveal(session: Session, scenarioId: string): Session {
  return session.revealed.includes(scenarioId) ? session : { ...session, revealed: [...session.revealed, scenarioId] };
}

/** In quiz mode the verdict stays hidden until every team has answered or the trainer reveals it. */
export function isRevealed(session: Session, scenarioId: string): boolean {
  if (session.config.mode === 'walk' || session.revealed.includes(scenarioId)) return true;
  return playersOf(session).every((team) => answerOf(session, scenarioId, team));
}

export function totals(session: Session): Array<{ team: string; right: number; asked: number }> {
  return playersOf(session).map((team) => {
    const mine = session.answers.filter((a) => a.team === team);
    return { team, right: mine.filter((a) => a.right).length, asked: mine.length };
  });
}

export function resultsCsv(session: Session, deck: readonly Scenario[], lang: 'id' | 'en'): string {
  const byId = new Map(deck.map((s) => [s.id, s]));
  const rows: Array<Array<string | number>> = [['team', 'number', 'scenario', 'level', 'draft', 'answer', 'correct', 'right', 'time']];
  for (const a of session.answers) {
    const s = byId.get(a.scenarioId);
    rows.push([a.team || 'individual', session.order.indexOf(a.scenarioId) + 1, a.scenarioId, s?.level ?? '', s?.draft[lang] ?? '', a.answer, s?.verdict ?? '', a.right ? 1 : 0, new Date(a.time).toISOString()]);
  }
  return writeCsv(rows);
}
