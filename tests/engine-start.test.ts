/**
 * The page's engine start-up (issue 11: ready within milliseconds of the script's start): what is
 * left for later — the warm-up check, the scorer's weights, the probe of installed packs — must
 * never change what a check finds, whenever the check comes.
 */
import { describe, expect, test } from 'vitest';
import { createEngine, type Engine } from '../src/engine/engine';
import { engineSnapshot } from '../src/engine/snapshot-write';
import { loadModel } from '../src/engine/scorer/model';
import { shippedGuidelines, shippedRules } from '../src/build/load-rules';
import { withIndex } from '../src/build/index-snapshot';
import { leanGuidelines, packRules } from '../src/build/content-lean';
import { fillRuleMessages, ruleMessages, withCardMessages } from '../src/build/rule-messages';
import { unpackRules } from '../src/build/packed-rules';
import { buildActiveEngine } from '../src/packs/active-engine';
import { engineHolder, WARM_UP } from '../src/page/engine-holder';
import type { Timings } from '../src/page/timings';
import { compiled, engine as reference } from './helpers';

const DRAFTS = [
  'Sebagai Kepala Dinas saya ajak warga coblos nomor 2 ✌️',
  'Besok jangan lupa ya, ayo coblos nomor 2 biar menang satu putaran!',
  'Selamat pagi rekan-rekan, jangan lupa rapat koordinasi jam 9 di aula.',
  // Targets and no rule finding: the learned scorer runs (its weights are decoded here first).
  'Pak Anies memang pemimpin yang kami tunggu, semoga lancar ya',
  '#PrabowoGibran2024 mantap',
];
const DATE = '2024-01-15';
// As the page holds them once the background gave the rules' messages (src/build/rule-messages.ts).
const lean = () => {
  const full = withIndex(shippedRules(compiled));
  const rules = withCardMessages(unpackRules(JSON.parse(JSON.stringify(packRules(full))) as Record<string, unknown>), leanGuidelines(shippedGuidelines()));
  fillRuleMessages(ruleMessages(full), rules);
  return rules;
};
const explain = (e: Engine, s: string) => JSON.stringify(e.explain(s, { date: DATE }));

/** An idle scheduler the test runs by hand. */
function manualIdle() {
  const queue: Array<() => void> = [];
  return { idle: (run: () => void) => void queue.push(run), flush: () => queue.splice(0).forEach((run) => run()), pending: () => queue.length };
}

describe('the page engine checks in full before its idle work has run', () => {
  test('a draft checked before the first idle moment builds the engine and gets every finding; the warm-up follows in a later one', () => {
    const { idle, flush, pending } = manualIdle();
    const timings: Pick<Timings, 'engine' | 'warmed'> = {};
    const holder = engineHolder(() => createEngine(lean()), () => 'id', timings, idle);
    holder.scheduleIdle();
    expect(holder.built()).toBe(false);
    for (const d of DRAFTS) expect(holder.engine.check(d, { date: DATE })).toEqual(reference.check(d, { date: DATE }));
    expect(timings.engine?.trigger).toBe('use');
    expect(timings.warmed).toBeUndefined();
    flush();
    expect(timings.warmed).toBeDefined();
    expect(pending()).toBe(0);
  });

  test('built at idle, the engine is ready before it is warmed, and warming changes no finding', () => {
    const { idle, flush } = manualIdle();
    const timings: Pick<Timings, 'engine' | 'warmed'> = {};
    const holder = engineHolder(() => createEngine(lean()), () => 'id', timings, idle);
    holder.scheduleIdle();
    flush(); // the build
    expect(timings.engine?.trigger).toBe('idle');
    expect(timings.warmed).toBeUndefined();
    const cold = DRAFTS.map((d) => holder.engine.check(d, { date: DATE }));
    flush(); // the warm-up
    expect(timings.warmed!.at).toBeGreaterThanOrEqual(timings.engine!.at);
    expect(DRAFTS.map((d) => holder.engine.check(d, { date: DATE }))).toEqual(cold);
    expect(holder.engine.check(WARM_UP)).toEqual(reference.check(WARM_UP));
  });

  test('built at once from a stored snapshot: ready without an idle moment, warmed in one, then offered for keeping', () => {
    const { idle, flush, pending } = manualIdle();
    const timings: Pick<Timings, 'engine' | 'warmed'> = {};
    const kept: Engine[] = [];
    const shipped = withIndex(shippedRules(compiled));
    const stored = JSON.parse(JSON.stringify(engineSnapshot(createEngine(shipped)))) as unknown;
    const holder = engineHolder(() => createEngine(lean(), stored), () => 'id', timings, idle, (e) => kept.push(e));
    holder.scheduleIdle(true);
    expect(holder.built()).toBe(true);
    expect(timings.engine?.trigger).toBe('at-once');
    for (const d of DRAFTS) expect(holder.engine.check(d, { date: DATE })).toEqual(reference.check(d, { date: DATE }));
    expect(kept).toEqual([]);
    flush(); // the warm-up
    expect(timings.warmed).toBeDefined();
    flush(); // the engine offered for keeping (engine-store.ts stores it only if it had no fitting snapshot)
    expect(kept.length).toBe(1);
    expect(pending()).toBe(0);
  });

  test('an engine replaced before its warm-up (packs changed) is not warmed; the new one is', () => {
    const { idle, flush } = manualIdle();
    const timings: Pick<Timings, 'engine' | 'warmed'> = {};
    const checked: string[] = [];
    let n = 0;
    const make = (): Engine => {
      const name = `engine ${++n}`;
      const e = createEngine(compiled);
      return { rules: e.rules, explain: e.explain, check: (t, o) => (checked.push(name), e.check(t, o)) };
    };
    const holder = engineHolder(make, () => 'id', timings, idle);
    holder.engine.check('halo');
    holder.reset();
    flush(); // engine 1's warm-up (skipped), then the rebuild: engine 2
    flush(); // engine 2's warm-up
    expect(checked).toEqual(['engine 1', 'engine 2']);
    expect(timings.warmed).toBeDefined();
  });
});

describe('what start-up leaves for later answers as if done at once', () => {
  test('the lean rules and an engine made from them find what the full rules find, the scorer included', () => {
    const e = createEngine(lean());
    for (const d of DRAFTS) expect(explain(e, d)).toBe(explain(reference, d));
  });

  test("the scorer's weights, decoded on first use, are the weights the model carries", () => {
    const model = compiled.model!;
    const lazy = loadModel(model);
    const bytes = Uint8Array.from(atob(model.weights), (c) => c.charCodeAt(0));
    const eager = Float32Array.from(new Int8Array(bytes.buffer), (x) => x * model.scale);
    expect(lazy.w).toEqual(eager);
    expect(lazy.w).toBe(lazy.w);
  });

  test('decoded patterns share one object per distinct atom, and still read as the compiler wrote them', () => {
    const rules = lean();
    const atoms = new Map<string, unknown>();
    let shared = 0;
    for (const pats of Object.values(rules.macros))
      for (const p of pats)
        for (const el of p) {
          if (el.k !== 'e') continue;
          for (const a of el.alts) {
            const key = JSON.stringify(a);
            if (atoms.has(key)) shared += atoms.get(key) === a ? 1 : 0;
            else atoms.set(key, a);
          }
        }
    expect(shared).toBeGreaterThan(1000);
    expect(JSON.parse(JSON.stringify(rules.macros))).toEqual(shippedRules(compiled).macros);
  });

  test('the bundled packs alone (built without the probe check) find what they always did; a build function passed in is still used', () => {
    const builds: number[] = [];
    const probe = (r: typeof compiled) => (builds.push(r.rules.length), createEngine(r));
    const alone = buildActiveEngine(compiled, [], DATE);
    for (const d of DRAFTS) expect(alone.engine.check(d, { date: DATE })).toEqual(reference.check(d, { date: DATE }));
    // A build function passed in is always used (packs are tried one by one through it).
    buildActiveEngine(compiled, [], DATE, undefined, undefined, probe);
    expect(builds).toEqual([compiled.rules.length]);
  });
});
