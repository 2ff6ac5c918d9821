/**
 * When the content script started, when its engine was ready, and when each check and dialog
 * was drawn (performance.now(), ms since navigation; never text). `npm run bench:browser` reads
 * them from the content script's isolated world, where page scripts cannot see them, and lines
 * them up with the page's own event timestamps (the same clock).
 */
export interface Timings {
  /** main() of the content script began. */
  scriptStart: number;
  /** The page machinery listens for composers and sends (settings loaded). */
  pageReady?: number;
  /** The rule engine was built (it checks any draft correctly from then on): how long that took, and when it ended. */
  engine?: { ms: number; at: number; trigger: 'idle' | 'use' | 'at-once' };
  /** The engine was warmed with one check, in a later idle moment: how long that took, and when it ended. */
  warmed?: { ms: number; at: number };
  /** The stored engine snapshot and rule body came from storage (`at`), and were inflated and the snapshot parsed (`parseMs`). */
  stored?: { at: number; parseMs: number };
  /** Part of the engine's build: decoding the bundled rules (the first time only). */
  rulesMs?: number;
  /** The engagement guard was warmed (`engage-warm.ts`), after the engine: its work, and when it ended. */
  engageWarmed?: { ms: number; at: number };
  /** Every check that ran the engine, as it finished. */
  checks: number[];
  /** Every time the dialog was drawn. */
  dialogs: number[];
  /** The engagement guard's own time on each engagement press it let through (ms of work, not a timestamp). */
  engage: number[];
}

const MAX = 200;

export function createTimings(): Timings {
  const t: Timings = { scriptStart: performance.now(), checks: [], dialogs: [], engage: [] };
  (globalThis as { __netraTimings?: Timings }).__netraTimings = t;
  return t;
}

export function mark(list: number[], at: number) {
  list.push(at);
  if (list.length > MAX) list.splice(0, list.length - MAX);
}
