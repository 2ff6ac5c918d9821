/**
 * The engagement guard's idle warm-up (src/page/engage-warm.ts): the content script's engine is
 * loaded from a stored snapshot, so it decodes neither the entity lists nor the scorer's weights
 * until something needs them. Without the warm-up the first like of a post naming a candidate
 * decodes both inside the click; with it, they are decoded in the page's idle moments after
 * start, and the first like decodes nothing. The idle moments are run by hand: states, not times.
 */
import { describe, expect, test } from 'vitest';
import { withIndex } from '../src/build/index-snapshot';
import { packRules } from '../src/build/content-lean';
import { shippedRules } from '../src/build/load-rules';
import { unpackRules } from '../src/build/packed-rules';
import { AccountIndex } from '../src/engage/accounts';
import { classifyTarget } from '../src/engage/decide';
import type { EngageTarget } from '../src/engage/types';
import { createEngine } from '../src/engine/engine';
import { localDate } from '../src/engine/merge';
import type { CompiledRules } from '../src/engine/rules';
import { engineSnapshot } from '../src/engine/snapshot-write';
import { warmEngagement, WARM_TARGET } from '../src/page/engage-warm';
import { compiled, engine as reference } from './helpers';

const shipped = withIndex(shippedRules(compiled));
const stored = JSON.parse(JSON.stringify(engineSnapshot(createEngine(shipped)))) as unknown;

/** Neutral news naming two candidates, as on a timeline: the scorer reads it (a target, no finding). */
const NEWS: EngageTarget = { kind: 'post', name: 'Kabar Harian', handle: 'kabarharian_id', text: 'Debat kedua: Prabowo dan Anies membahas harga pangan dan subsidi pupuk. Simak rangkumannya.' };

/** The content script's parts: lean rules, an engine from the stored snapshot, the account table on first use. */
function page() {
  const rules = unpackRules(JSON.parse(JSON.stringify(packRules(shipped))) as Record<string, unknown>);
  const engine = createEngine(rules, stored);
  // The scorer decodes its weights from `model.weights`, read once when a draft is first scored.
  const model = rules.model as unknown as Record<string, unknown>;
  const weights = Object.getOwnPropertyDescriptor(model, 'weights')!;
  let weightReads = 0;
  Object.defineProperty(model, 'weights', { enumerable: true, configurable: true, get: () => (weightReads++, weights.get ? weights.get.call(model) : weights.value) });
  let index: AccountIndex | null = null;
  let built = 0;
  const accounts = () => (index ??= (built++, new AccountIndex(rules)));
  return {
    rules,
    engine,
    accounts,
    /** What has been decoded or built so far. */
    decoded: () => ({ entities: listsDecoded(rules), weights: weightReads, accountTable: built }),
    like: (t: EngageTarget) => classifyTarget(t, { engine, accounts: accounts(), date: localDate(), lang: 'id', disabledRules: [] }),
  };
}

/** The entity lists are a getter until first read, then the decoded lists (`unpackRules`). */
const listsDecoded = (rules: CompiledRules) => 'value' in Object.getOwnPropertyDescriptor(rules, 'entities')!;

/** Idle moments run by hand; each lasts `left` ms by its deadline (none: no deadline, one step per moment). */
function manualIdle(left?: number) {
  const queue: Array<(deadline?: { timeRemaining(): number }) => void> = [];
  return {
    idle: (run: (deadline?: { timeRemaining(): number }) => void) => void queue.push(run),
    /** The page idles until nothing is left to do (each moment asks for the next while work is left). */
    settle: () => {
      let moments = 0;
      while (queue.length) (queue.shift()!(left === undefined ? undefined : { timeRemaining: () => left }), moments++);
      return moments;
    },
    pending: () => queue.length,
  };
}

const settings = () => ({ lang: 'id' as const, disabledRules: [] });

describe('the engagement guard is warmed in idle moments, not in the first like', () => {
  test('without the warm-up, the first like of a neutral post naming candidates decodes the entity lists and the weights', () => {
    const p = page();
    expect(p.decoded()).toEqual({ entities: false, weights: 0, accountTable: 0 });
    expect(p.like(NEWS).campaign).toBe(false);
    expect(p.decoded()).toEqual({ entities: true, weights: 1, accountTable: 1 });
  });

  test('nothing is done before the page is idle; after its idle moments, the first like decodes nothing', () => {
    const p = page();
    const { idle, settle, pending } = manualIdle();
    let warmed: { ms: number; at: number } | undefined;
    warmEngagement({ engine: p.engine, accounts: p.accounts, settings, idle, active: () => true, warmed: (w) => (warmed = w) });
    // Scheduled, not run: the script's start (and the engine's readiness) does not wait for it.
    expect(pending()).toBe(1);
    expect(p.decoded()).toEqual({ entities: false, weights: 0, accountTable: 0 });
    expect(settle()).toBe(3);
    expect(warmed).toBeDefined();
    expect(p.decoded()).toEqual({ entities: true, weights: 1, accountTable: 1 });
    expect(p.like(NEWS).campaign).toBe(false);
    expect(p.like(WARM_TARGET).campaign).toBe(false);
    expect(p.decoded()).toEqual({ entities: true, weights: 1, accountTable: 1 });
  });

  test('an idle moment with time left runs the next step in it; one that is over leaves it for the next', () => {
    for (const [left, moments] of [[50, 1], [0, 3]] as const) {
      const p = page();
      const { idle, settle } = manualIdle(left);
      let warmed = false;
      warmEngagement({ engine: p.engine, accounts: p.accounts, settings, idle, active: () => true, warmed: () => (warmed = true) });
      expect(settle()).toBe(moments);
      expect(warmed).toBe(true);
      expect(p.decoded()).toEqual({ entities: true, weights: 1, accountTable: 1 });
    }
  });

  test('a guard that is off here (paused, site or guard switched off) is not warmed', () => {
    const p = page();
    const { idle, settle } = manualIdle();
    let warmed = false;
    warmEngagement({ engine: p.engine, accounts: p.accounts, settings, idle, active: () => false, warmed: () => (warmed = true) });
    settle();
    expect(warmed).toBe(false);
    expect(p.decoded()).toEqual({ entities: false, weights: 0, accountTable: 0 });
  });

  test('a warm-up that fails stops quietly and leaves the guard working', () => {
    const p = page();
    const { idle, settle } = manualIdle();
    let warmed = false;
    const warn = console.warn;
    console.warn = () => undefined;
    try {
      warmEngagement({ engine: p.engine, accounts: () => { throw new Error('unreadable list'); }, settings, idle, active: () => true, warmed: () => (warmed = true) });
      expect(settle()).toBe(1);
    } finally {
      console.warn = warn;
    }
    expect(warmed).toBe(false);
    expect(p.like(NEWS).campaign).toBe(false);
  });

  test('warming changes no verdict', () => {
    const cold = page();
    const warm = page();
    const { idle, settle } = manualIdle();
    warmEngagement({ engine: warm.engine, accounts: warm.accounts, settings, idle, active: () => true });
    settle();
    const targets: EngageTarget[] = [
      NEWS,
      WARM_TARGET,
      { kind: 'post', name: 'Dimas Arya', handle: 'dimas_arya88', text: 'Tanggal 14 Februari jangan lupa, ayo coblos nomor 2! #PrabowoGibran2024' },
      { kind: 'account', name: 'Tim Pemenangan Hendra', handle: 'timhendra', text: 'Akun resmi tim.' },
    ];
    for (const t of targets) expect(warm.like(t)).toEqual(cold.like(t));
    // The lean rules and the snapshot read the post as the full rules do.
    expect(warm.engine.check(NEWS.text)).toEqual(reference.check(NEWS.text));
  });
});
