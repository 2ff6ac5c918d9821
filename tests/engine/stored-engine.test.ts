/**
 * A fresh page loads what an engine built in full worked out (`engineSnapshot`, kept in
 * storage.local by src/page/engine-store.ts) and reads a rule's patterns only when a draft
 * reaches them. Whatever is loaded, and however late the patterns are read, a check must find
 * exactly what an engine built in full finds; and a snapshot made for other rules or another
 * engine must never be used.
 */
import { afterEach, describe, expect, test, vi } from 'vitest';
import { withIndex } from '../../src/build/index-snapshot';
import { shippedGuidelines, shippedRules } from '../../src/build/load-rules';
import { cutRules, leanGuidelines } from '../../src/build/content-lean';
import { bodyOf, bodyWithWeights, forgetRulesBody, receiveRulesBody } from '../../src/page/rules-body';
import { fillRuleMessages, ruleMessages, withCardMessages } from '../../src/build/rule-messages';
import { unpackRules } from '../../src/build/packed-rules';
import { createEngine, type Engine } from '../../src/engine/engine';
import { engineSnapshot } from '../../src/engine/snapshot-write';
import { ENGINE_SNAPSHOT_FORMAT, joinWords, packInts, snapshotFits, splitWords, unpackInts, type EngineSnapshot } from '../../src/engine/index-snapshot';
import { parseMarked } from '../../src/engine/marked';
import { PatternIndex } from '../../src/engine/pattern-index';
import { StoredVocab } from '../../src/engine/stored-vocab';
import { mergeRules } from '../../src/engine/merge';
import type { CompiledRules } from '../../src/engine/rules';
import { compiled } from '../helpers';
import { mockLocalStorage } from '../mock-local-storage';

const shipped = withIndex(shippedRules(compiled));
// `pageRules` counts parses of the stored body through a spy on JSON.parse.
afterEach(() => vi.restoreAllMocks());
const full = createEngine(shipped);
/** As storage hands it back: through JSON. */
const stored = (): EngineSnapshot => JSON.parse(JSON.stringify(engineSnapshot(full))) as EngineSnapshot;

/**
 * The rules as the content script's module holds them: head parsed at once; the body, read from
 * storage as the page reads it (src/page/rules-body.ts), parsed when first read.
 */
async function pageRules(): Promise<{ rules: CompiledRules; bodyParsed: () => number }> {
  const { head, weights, stored, id } = cutRules(shipped);
  forgetRulesBody();
  await receiveRulesBody(stored, id, () => Promise.reject(new Error('a fitting body in storage is not asked for again')));
  const json = bodyOf(stored, id)!;
  let parsed = 0;
  const parse = JSON.parse;
  vi.spyOn(JSON, 'parse').mockImplementation((t: string, r?: Parameters<typeof JSON.parse>[1]) => (t === json && parsed++, parse(t, r)) as unknown);
  const rules = unpackRules(JSON.parse(JSON.stringify(head)) as Record<string, unknown>, () => bodyWithWeights(JSON.stringify(weights)));
  // With the messages the background gives the page (src/build/rule-messages.ts).
  fillRuleMessages(ruleMessages(shipped), withCardMessages(rules, leanGuidelines(shippedGuidelines())));
  return { rules, bodyParsed: () => parsed };
}

// Every rule's and cue's own examples (each rule fires on its flags, stays quiet on its allows),
// at the date of its pack and today.
const examples = [
  ...compiled.rules.flatMap((r) => [...r.examples.flag.map((m) => parseMarked(m).text), ...r.examples.allow]),
  ...(compiled.cues ?? []).flatMap((q) => [...q.examples.flag.map((m) => parseMarked(m).text), ...q.examples.allow]),
];
const DATES = ['2024-01-15', '2026-12-05'];

function sameAsFull(e: Engine, texts: readonly string[] = examples) {
  for (const date of DATES) {
    for (const text of texts) {
      const a = e.explain(text, { date });
      const b = full.explain(text, { date });
      expect(a.findings, `${date}: ${text}`).toEqual(b.findings);
      expect(a.targets, `${date}: ${text}`).toEqual(b.targets);
      expect(e.check(text, { date }), `${date}: ${text}`).toEqual(full.check(text, { date }));
    }
  }
}

describe('an engine loaded from a stored snapshot', () => {
  test('the shipped rules carry an id, and the snapshot names it', () => {
    expect(shipped.index?.id).toMatch(/^[\w-]{16,}$/);
    const s = stored();
    expect(s.format).toBe(ENGINE_SNAPSHOT_FORMAT);
    expect(s.id).toBe(shipped.index!.id);
    expect(snapshotFits(shipped, s)).toBe(true);
  });

  test(`finds what the engine built in full finds (${examples.length} examples, two dates)`, () => {
    expect(examples.length).toBeGreaterThan(500);
    sameAsFull(createEngine(shipped, stored()));
  });

  test('with its number tables as base64 (where the browser decodes it natively), the same findings', () => {
    const B = Uint8Array as unknown as { fromBase64?: (s: string) => Uint8Array };
    const had = B.fromBase64;
    B.fromBase64 = (s) => new Uint8Array(Buffer.from(s, 'base64'));
    try {
      const s = JSON.parse(JSON.stringify(engineSnapshot(createEngine(shipped)))) as EngineSnapshot;
      expect(typeof s.pattern.refsTable[1]).toBe('string');
      sameAsFull(createEngine(shipped, s));
    } finally {
      if (had) B.fromBase64 = had;
      else delete B.fromBase64;
    }
  });

  test('from the page’s packed rules: no pattern or entity list is parsed to build it, and every finding is the same', async () => {
    const { rules, bodyParsed } = await pageRules();
    const e = createEngine(rules, stored());
    expect(bodyParsed()).toBe(0);
    sameAsFull(e);
    expect(bodyParsed()).toBe(1);
  });

  test('from the page’s packed rules: an institution’s handle is no target, a person’s is, as in full', async () => {
    const e = createEngine((await pageRules()).rules, stored());
    const institution = 'Soal pilkada kemarin, saya sudah lapor ke @KPU_RI dan @pemkabbogor';
    const person = 'Soal pilkada kemarin, saya sudah lapor ke @steven_tvl';
    sameAsFull(e, [institution, person]);
    expect(e.explain(institution, { date: DATES[1] }).targets).toEqual([]);
    expect(e.explain(person, { date: DATES[1] }).targets.map((t) => t.kind)).toEqual(['named']);
  });

  test('a snapshot of an engine built from the page’s own rules is the same snapshot', async () => {
    const { rules } = await pageRules();
    expect(JSON.stringify(engineSnapshot(createEngine(rules)))).toBe(JSON.stringify(engineSnapshot(full)));
  });

  test('an engine loaded from one writes back the same snapshot, after checks too', () => {
    const e = createEngine(shipped, stored());
    e.check('Ayo coblos nomor 2, pilih Prabowo-Gibran! #AMIN2024 @aniesbaswedan');
    expect(JSON.stringify(engineSnapshot(e))).toBe(JSON.stringify(engineSnapshot(full)));
  });

  test('is really used when it fits: a damaged one with the right id changes findings (so the tests above test it)', () => {
    const s = stored();
    s.pattern.refsTable = [packInts(new Array<number>(unpackInts(s.pattern.wordIds).length + unpackInts(s.pattern.stemIds).length + 1).fill(0)), packInts([])];
    const damaged = createEngine(shipped, s);
    const text = 'Ayo coblos nomor 2, pilih Prabowo-Gibran!';
    expect(full.check(text, { date: DATES[0] }).length).toBeGreaterThan(0);
    expect(damaged.check(text, { date: DATES[0] })).not.toEqual(full.check(text, { date: DATES[0] }));
  });
});

test('integers packed for storage come back the same, small and large, as base64 or as arrays, with or without a native decoder', () => {
  const lists = [[], [0, 1, 65535], [0, -1, 7], [70000, 3, 2 ** 31 - 1], Array.from({ length: 5000 }, (_, i) => (i * 7919) % 60000)];
  const through = (p: unknown) => JSON.parse(JSON.stringify(p)) as string | number[];
  for (const l of lists) {
    expect(Array.from(unpackInts(through(packInts(l, true))))).toEqual(l);
    expect(Array.from(unpackInts(through(packInts(l, false))))).toEqual(l);
  }
  expect(typeof packInts([1, 2], true)).toBe('string');
  // Decoded natively where the browser can (Node 20 cannot: the test gives it one).
  const B = Uint8Array as unknown as { fromBase64?: (s: string) => Uint8Array };
  const had = B.fromBase64;
  B.fromBase64 = (s) => new Uint8Array(Buffer.from(s, 'base64'));
  try {
    for (const l of lists) expect(Array.from(unpackInts(through(packInts(l))))).toEqual(l);
    expect(typeof packInts([1, 2])).toBe('string');
  } finally {
    if (had) B.fromBase64 = had;
    else delete B.fromBase64;
  }
});

test('the stored vocabulary lists exactly the rules\' vocabulary, in order, and knows each of its words and no other', () => {
  const s = stored();
  const index = new PatternIndex(shipped, s.pattern);
  const vocab = new StoredVocab(s, (w) => index.wordId(w));
  expect(vocab.list()).toEqual(shipped.vocab);
  for (const w of shipped.vocab) expect(vocab.has(w), w).toBe(true);
  // Words the patterns name that are not in the vocabulary (stems, hashtag-only words …) and made-up ones.
  const inVocab = new Set(shipped.vocab);
  const others = [...splitWords(s.pattern.words), ...splitWords(s.pattern.stems), 'zzzqqq', '', 'prabowozz'].filter((w) => !inVocab.has(w));
  expect(others.length).toBeGreaterThan(3);
  for (const w of others) expect(vocab.has(w), w).toBe(false);
});

test('word lists stored as one string come back the same; an empty word or one with the separator is refused when written', () => {
  for (const l of [[], ['a'], ['pilih', 'prabowo', 'ñ', '#tag', '2024']]) expect(splitWords(JSON.parse(JSON.stringify(joinWords(l))) as string)).toEqual(l);
  expect(() => joinWords(['satu', 'dua\ntiga'])).toThrow(/line break/);
  expect(() => joinWords(['satu', ''])).toThrow(/empty word/);
});

describe('a snapshot that does not fit is ignored, and the engine is built in full', () => {
  // Damaged so that using it would change findings (see the test above).
  const damaged = (change: (s: EngineSnapshot) => void): EngineSnapshot => {
    const s = stored();
    s.pattern.refsTable = [packInts(new Array<number>(unpackInts(s.pattern.wordIds).length + unpackInts(s.pattern.stemIds).length + 1).fill(0)), packInts([])];
    s.targets.trie = { words: '', sizes: packInts([]), hits: [packInts([0]), packInts([])] };
    change(s);
    return s;
  };
  const texts = examples.slice(0, 200);

  test('made for other rules or another engine (another id): stale after an update', () => {
    const s = damaged((x) => (x.id = 'an-older-build'));
    expect(snapshotFits(shipped, s)).toBe(false);
    sameAsFull(createEngine(shipped, s), texts);
  });

  test('of another format', () => {
    const s = damaged((x) => (x.format = ENGINE_SNAPSHOT_FORMAT + 1));
    expect(snapshotFits(shipped, s)).toBe(false);
    sameAsFull(createEngine(shipped, s), texts);
  });

  test('for rules merged with an installed pack (they have no id), or rules without one', () => {
    const merged = mergeRules(shipped, { ...compiled, rules: [], macros: {}, contexts: [], cues: [], vocab: [], canon: {}, packs: [], entities: undefined });
    expect(merged.index).toBeUndefined();
    expect(snapshotFits(merged, damaged(() => {}))).toBe(false);
    expect(snapshotFits(compiled, damaged(() => {}))).toBe(false);
    expect(engineSnapshot(createEngine(merged))).toBeNull();
  });

  test('anything else stored under the key', () => {
    for (const junk of [null, 'x', 42, [], {}, { format: ENGINE_SNAPSHOT_FORMAT, id: shipped.index!.id }]) {
      expect(snapshotFits(shipped, junk)).toBe(false);
      expect(createEngine(shipped, junk).check(texts[0]!)).toEqual(full.check(texts[0]!));
    }
  });
});

describe('the background keeps a snapshot once per browser and version', () => {
  test('the read started while the script is evaluated asks for the same keys', async () => {
    const { EARLY_KEYS } = await import('../../src/page/engine-early');
    const { INSTALLED_KEYS } = await import('../../src/packs/installed');
    const { ENGINE_SNAPSHOT_KEY, ENGINE_INPUT_KEYS } = await import('../../src/page/engine-store');
    const { RULES_BODY_KEY } = await import('../../src/page/rules-body');
    expect(EARLY_KEYS).toEqual([...INSTALLED_KEYS, ENGINE_SNAPSHOT_KEY, RULES_BODY_KEY]);
    expect(ENGINE_INPUT_KEYS).toEqual(EARLY_KEYS);
  });

  test('stores one when it had none or a stale one, never over one that fits, and reads back what it stored', async () => {
    const { store, writes, resetWrites, restore } = mockLocalStorage();
    const { keepEngineSnapshot, loadEngineSnapshot, ENGINE_SNAPSHOT_KEY } = await import('../../src/page/engine-store');
    expect(await loadEngineSnapshot()).toBeNull();
    const stale = { ...stored(), id: 'an-older-build' };
    expect(await keepEngineSnapshot(() => engineSnapshot(full), shipped, stale)).toBe(true);
    expect(typeof store[ENGINE_SNAPSHOT_KEY]).toBe('string');
    const back = await loadEngineSnapshot();
    expect(snapshotFits(shipped, back)).toBe(true);
    expect(await keepEngineSnapshot(() => engineSnapshot(full), shipped, back)).toBe(false);
    // Rules merged at run time have no id: nothing is stored for them.
    delete store[ENGINE_SNAPSHOT_KEY];
    const merged = mergeRules(shipped, { ...compiled, rules: [], macros: {}, contexts: [], cues: [], vocab: [], canon: {}, packs: [], entities: undefined });
    expect(await keepEngineSnapshot(() => engineSnapshot(createEngine(merged)), merged, null)).toBe(false);
    expect(store[ENGINE_SNAPSHOT_KEY]).toBeUndefined();
    store[ENGINE_SNAPSHOT_KEY] = '{not json';
    expect(await loadEngineSnapshot()).toBeNull();
    // The background prepares one when Netra is installed or updated, once.
    const { prepareEngineSnapshot } = await import('../../src/background/engine-snapshot');
    expect(await prepareEngineSnapshot(shipped)).toBe(true);
    expect(snapshotFits(shipped, await loadEngineSnapshot())).toBe(true);
    expect(await prepareEngineSnapshot(shipped)).toBe(false);
    // The page's request is a message the background takes (its type is known to the receivers).
    const { isNetraMessage } = await import('../../src/messages');
    expect(isNetraMessage({ type: 'netra:engine-snapshot' })).toBe(true);
    // Pages that found none that fits ask the background together (pages write none): one
    // preparation answers them all, and stores once.
    delete store[ENGINE_SNAPSHOT_KEY];
    resetWrites();
    expect(await Promise.all([prepareEngineSnapshot(shipped), prepareEngineSnapshot(shipped), prepareEngineSnapshot(shipped)])).toEqual([true, true, true]);
    expect(writes()).toBe(1);
    expect(snapshotFits(shipped, await loadEngineSnapshot())).toBe(true);
    restore();
  });
});
