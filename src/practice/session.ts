/**
 * A practice session: which scenarios (level, theme, how many), in which order (deck order or
 * shuffled, easy first), which one is on screen, and the plan a trainer follows for 30 minutes.
 * Pure: the practice room stores the session and renders it; every decision is made here.
 */
import type { Theme } from '../engine/guideline';
import type { Answer } from './score';
import { LEVELS, type Level, type Scenario } from './types';

export type PracticeMode = 'quiz' | 'walk';
export type DeckChoice = 'bundled' | 'imported' | 'both';

export interface SessionConfig {
  mode: PracticeMode;
  levels: Level[];
  /** Empty: every theme. */
  themes: Theme[];
  /** 0: every scenario that passes the filter. */
  count: number;
  shuffle: boolean;
  /** Shuffling is repeatable: the same seed gives the same order after a reload. */
  seed: number;
  easyFirst: boolean;
  /** One name: individual play. */
  teams: string[];
  /** Seconds per scenario; 0: no timer. */
  timer: number;
  deck: DeckChoice;
}

export interface Session {
  config: SessionConfig;
  /** Scenario ids in the order shown. */
  order: string[];
  index: number;
  answers: Answer[];
  /** Scenarios whose verdict the trainer revealed before every team answered. */
  revealed: string[];
  started: number;
}

export const DEFAULT_CONFIG: SessionConfig = {
  mode: 'quiz',
  levels: [...LEVELS],
  themes: [],
  count: 10,
  shuffle: true,
  seed: 1,
  easyFirst: true,
  teams: [],
  timer: 0,
  deck: 'bundled',
};

/** The ready-made plan: 30 minutes, 10 scenarios from easy to hard, 90 s each. */
export const THIRTY_MINUTES: Partial<SessionConfig> = { mode: 'quiz', levels: [...LEVELS], themes: [], count: 10, shuffle: true, easyFirst: true, timer: 90 };

export function selectScenarios(deck: readonly Scenario[], config: Pick<SessionConfig, 'levels' | 'themes'>, themeOf: (guidelineId: string) => Theme | undefined): Scenario[] {
  return deck.filter((s) => config.levels.includes(s.level) && (config.themes.length === 0 || config.themes.includes(themeOf(s.guideline)!)));
}

/** The session's scenarios in order: shuffled or not, as many guidelines as possible, easy first. */
export function arrange(list: readonly Scenario[], config: Pick<SessionConfig, 'count' | 'shuffle' | 'seed' | 'easyFirst'>): string[] {
  let order = config.shuffle ? shuffled(list, config.seed) : [...list];
  if (config.count > 0 && config.count < order.length) order = spread(order, config.count);
  if (config.easyFirst) order = [...order].sort((a, b) => LEVELS.indexOf(a.level) - LEVELS.indexOf(b.level));
  return order.map((s) => s.id);
}

export function startSession(deck: readonly Scenario[], config: SessionConfig, themeOf: (id: string) => Theme | undefined, now: number): Session {
  return { config, order: arrange(selectScenarios(deck, config, themeOf), config), index: 0, answers: [], revealed: [], started: now };
}

/** Setup that decides which scenarios are in a session; changing it means a new session. */
const SELECTION: Array<keyof SessionConfig> = ['levels', 'themes', 'count', 'shuffle', 'easyFirst', 'deck', 'teams'];

export function sameSelection(a: SessionConfig, b: SessionConfig): boolean {
  return SELECTION.every((k) => JSON.stringify(a[k]) === JSON.stringify(b[k]));
}

/**
 * The session to run for this setup: the current one, carrying on with the new timer and mode,
 * when it asks for the same scenarios; otherwise (or when asked) a new one, scores cleared.
 */
export function sessionFor(current: Session | null, config: SessionConfig, fresh: boolean, deck: readonly Scenario[], themeOf: (id: string) => Theme | undefined, now: number): Session {
  if (current && !fresh && sameSelection(current.config, config)) return { ...current, config: { ...config, seed: current.config.seed } };
  return startSession(deck, { ...config, seed: now >>> 0 }, themeOf, now);
}

export function step(session: Session, by: 1 | -1): Session {
  const last = session.order.length - 1;
  return { ...session, index: Math.min(last, Math.max(0, session.index + by)) };
}

/**
 * Pick `count` so that "boleh" and "tidak boleh" take turns (a room that learns every answer is
 * "no" stops thinking) and each guideline comes up once before any comes up twice.
 */
function spread(list: readonly Scenario[], count: number): Scenario[] {
  const picked = new Set<Scenario>();
  const used = new Set<string>();
  let want = list[0]?.verdict;
  while (picked.size < Math.min(count, list.length)) {
    const free = list.filter((s) => !picked.has(s));
    const fresh = (s: Scenario) => !used.has(s.guideline);
    const next = free.find((s) => s.verdict === want && fresh(s)) ?? free.find(fresh) ?? free.find((s) => s.verdict === want) ?? free[0]!;
    picked.add(next);
    used.add(next.guideline);
    want = next.verdict === 'boleh' ? 'tidak-boleh' : 'boleh';
  }
  return list.filter((s) => picked.has(s));
}

/** Fisher–Yates with a small seeded generator (mulberry32). */
export function shuffled<T>(list: readonly T[], seed: number): T[] {
  let a = seed >>> 0;
  const rand = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const out = [...list];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

export interface PlanStep {
  /** Minutes from the start. */
  from: number;
  to: number;
  kind: 'opening' | 'scenarios' | 'free' | 'closing';
  /** For 'scenarios': how many. */
  count?: number;
}

/**
 * A 30-minute plan around `count` scenarios: a 3-minute opening, the scenarios (about two
 * minutes each with the discussion, fewer if there are many), free writing with the audience's
 * own drafts, and a 2-minute close.
 */
export function sessionPlan(count: number, minutes = 30): PlanStep[] {
  const opening = 3;
  const closing = 2;
  const free = count >= 12 ? 0 : 5;
  const scenarios = minutes - opening - closing - free;
  const steps: PlanStep[] = [
    { from: 0, to: opening, kind: 'opening' },
    { from: opening, to: opening + scenarios, kind: 'scenarios', count },
  ];
  if (free) steps.push({ from: opening + scenarios, to: opening + scenarios + free, kind: 'free' });
  steps.push({ from: minutes - closing, to: minutes, kind: 'closing' });
  return steps;
}
