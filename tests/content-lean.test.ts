/**
 * The content script's copy of the rule data is packed (src/build/content-lean.ts) and expanded
 * in the page (src/build/packed-rules.ts): the engine there must get exactly the compiled rules.
 */
import { describe, expect, test } from 'vitest';
import { loadRules, shippedGuidelines, shippedRules } from '../src/build/load-rules';
import { contentDataModule, cutRules, isContentBuild, leanGuidelines, packRules, patternWriter, splitPacked } from '../src/build/content-lean';
import { bodyWithWeights, forgetRulesBody, receiveRulesBody } from '../src/page/rules-body';
import type { Pattern } from '../src/engine/pattern';
import { nameVocab } from '../src/engine/target-names';
import { STORED_BODY_PARTS, patternVocab, unpackPatterns, unpackRules } from '../src/build/packed-rules';
import { packTable, unpackTable } from '../src/build/packed-table';
import { packEntities, unpackEntities } from '../src/build/packed-entities';
import { packBytes, unpackBytes, type PackedBytes } from '../src/build/huffman-bytes';
import { usedKeys } from '../src/build/content-messages';
import { guidelineDetail } from '../src/engine/guideline';
import { frontCode, frontDecode } from '../src/build/root-words';
import { englishText, fillEnglish, withIndonesianCards } from '../src/build/english-text';
import { fillRuleMessages, ruleMessages, withCardMessages } from '../src/build/rule-messages';
import type { CompiledRules } from '../src/engine/rules';
import type { GuidelineLibrary } from '../src/engine/guideline';
import { readFileSync } from 'node:fs';
import { withoutTokenizeAndStem } from '../src/build/natural-strict';

/** The background's English (`netra:english`) for `full`, as message passing delivers it. */
const english = (full: CompiledRules, lib = { guidelines: {}, channels: {} }) => JSON.parse(JSON.stringify(englishText(full, lib, {}))) as ReturnType<typeof englishText>;
/** The background's rule messages (`netra:rule-messages`) for `full`, as message passing delivers them. */
const messages = (full: CompiledRules) => JSON.parse(JSON.stringify(ruleMessages(full))) as Record<string, string>;
/** Rules with no message, as `unpackRules` gives them (the page then puts the guidelines' cards there). */
const unsaid = (rules: CompiledRules['rules']) => rules.map((r) => ({ ...r, message: { id: '', en: '' } }));
/** The page's guideline library, as the content script reads it. */
const pageLibrary = () => withIndonesianCards(JSON.parse(JSON.stringify(leanGuidelines(shippedGuidelines()))) as GuidelineLibrary);

describe('the content script’s rule data', () => {
  test('unpacks to the compiled rules, key for key, messages once the background gives them', () => {
    const shipped = shippedRules(loadRules());
    const packed = JSON.stringify(packRules(shipped));
    expect(packed.length).toBeLessThan(JSON.stringify(shipped).length * 0.8);
    for (const r of shipped.rules.slice(0, 20)) expect(packed).not.toContain(JSON.stringify(r.message.id).slice(1, -1));
    // Only the packs' descriptions stay behind (the options page shows them; no page code reads them).
    const expected = { ...shipped, packs: shipped.packs.map((x) => ({ ...x, description: '' })) };
    const out = unpackRules(JSON.parse(packed) as Record<string, unknown>);
    expect(JSON.stringify(out)).toBe(JSON.stringify({ ...expected, rules: unsaid(expected.rules) }));
    withCardMessages(out, pageLibrary());
    expect(fillRuleMessages(messages(shipped), out)).toBe(true);
    fillEnglish(english(shipped), out, { guidelines: {}, channels: {} });
    expect(JSON.stringify(out)).toBe(JSON.stringify(expected));
  });

  test('until the messages come, a rule says its guideline’s card, the matched words in quotes; a missing one stays so', () => {
    const shipped = shippedRules(loadRules());
    const lib = pageLibrary();
    const out = withCardMessages(unpackRules(JSON.parse(JSON.stringify(packRules(shipped))) as Record<string, unknown>), lib);
    for (const r of out.rules) {
      expect(r.message.id).toBe(lib.guidelines[r.guideline]!.dialog.found.id.split('{match}').join('“{match}”'));
      expect(r.message.en).toBe(r.message.id);
    }
    const [first, second, third] = shipped.rules;
    // An empty, odd or missing entry (and a key from the prototype) leaves the card's text.
    const card = out.rules[1]!.message.id;
    expect(fillRuleMessages({ [first!.id]: first!.message.id, [second!.id]: '', [third!.id]: 7 as unknown as string, toString: 'x' }, out)).toBe(true);
    expect(out.rules.slice(0, 3).map((r) => r.message.id)).toEqual([first!.message.id, card, out.rules[2]!.message.id]);
    expect(out.rules[2]!.message.id).toContain('“{match}”');
    expect(fillRuleMessages({}, out)).toBe(false);
    expect(fillRuleMessages(null as unknown as Record<string, string>, out)).toBe(false);
  });

  test('an English message missing from the answer stays Indonesian', () => {
    const shipped = shippedRules(loadRules());
    const out = withCardMessages(unpackRules(JSON.parse(JSON.stringify(packRules(shipped))) as Record<string, unknown>), pageLibrary());
    fillRuleMessages(messages(shipped), out);
    const [first, second] = shipped.rules;
    const answer = { ...english(shipped), rules: { [first!.id]: '', toString: 'x' } };
    fillEnglish(answer, out, { guidelines: {}, channels: {} });
    expect(out.rules.slice(0, 2).map((r) => r.message.id)).toEqual([first!.message.id, second!.message.id]);
    expect(out.rules.slice(0, 2).map((r) => r.message.en)).toEqual([first!.message.id, second!.message.id]);
  });

  test("writes rule ids without their pack's, and refuses a rule whose id does not start with it", () => {
    const shipped = shippedRules(loadRules());
    const ids = (packRules(shipped).rules as { c: { id: string[] } }).c.id;
    expect(ids[0]).toBe(shipped.rules[0]!.id.slice(shipped.rules[0]!.pack.length + 1));
    const odd = { ...shipped, rules: [{ ...shipped.rules[0]!, id: 'lain.aturan' }] };
    expect(() => packRules(odd)).toThrow(/lain\.aturan/);
  });

  test('keeps every weight of the model, large ones included', () => {
    const shipped = shippedRules(loadRules());
    const weights = Buffer.from(Array.from({ length: 256 }, (_, i) => i)).toString('base64');
    const model = { ...shipped.model!, weights };
    const out = unpackRules(JSON.parse(JSON.stringify(packRules({ ...shipped, model }))) as Record<string, unknown>);
    expect(out.model!.weights).toBe(weights);
  });

  test('writes plain words bare and every other atom in full, a word that looks long included', () => {
    const shipped = shippedRules(loadRules());
    const odd = { k: 'e' as const, alts: [{ k: 'w' as const, v: '~kata' }, { k: 'w' as const, v: 'ok', tag: true as const }, { k: 'w' as const, v: 'Ok', caps: true as const }] };
    const rules = [{ ...shipped.rules[0]!, patterns: [[odd, { k: 'gap' as const, max: 2 }, odd]] }, ...shipped.rules.slice(1)];
    const input = { ...shipped, rules };
    const out = unpackRules(JSON.parse(JSON.stringify(packRules(input))) as Record<string, unknown>);
    expect(JSON.stringify(out.rules)).toBe(JSON.stringify(unsaid(input.rules)));
    expect(unpackPatterns('kata ~s0pilih')).toEqual([[{ k: 'e', alts: [{ k: 'w', v: 'kata' }] }, { k: 'e', alts: [{ k: 's', v: 'pilih' }] }]]);
  });

  test('patterns written as text come back whole: every shipped pattern, and atoms that hold its marks', () => {
    const shipped = shippedRules(loadRules());
    const lists: Pattern[][] = [
      ...shipped.rules.flatMap((r) => [r.patterns, r.second, r.unless, r.needs].filter((x): x is Pattern[] => !!x)),
      ...(shipped.cues ?? []).map((q) => q.patterns),
      ...Object.values(shipped.macros),
      ...shipped.contexts.map((x) => x.patterns),
      [],
    ];
    const w = (v: string) => ({ k: 'w' as const, v });
    const odd: Pattern = [
      { k: 'e', alts: [w('a;b'), w('a b'), w('a|b'), w('?a'), w('.5'), w('!0'), w(''), { k: 'r', v: '(x|y)?[0-9]{1,2}', tag: true }], opt: true },
      { k: 'gap', max: 12 },
      { k: 'e', alts: [w('a.b?!')] },
    ];
    lists.push([odd, [{ k: 'e', alts: [w('!0')] }]]);
    const { write, odd: kept } = patternWriter();
    const texts = lists.map(write);
    expect(kept.length).toBeLessThan(20);
    const back = JSON.parse(JSON.stringify(texts)) as string[];
    const d = { atoms: new Map(), elems: new Map(), odd: JSON.parse(JSON.stringify(kept)) as string[] };
    expect(back.map((t) => unpackPatterns(t, d))).toEqual(lists);
  });

  test('the vocabulary comes back whole when the patterns give words it lacks or it has words they lack', () => {
    const shipped = shippedRules(loadRules());
    // A word of an entity name only: the vocabulary takes those from the entity lists too.
    const nameOnly = [...nameVocab(shipped.entities!)].find((w) => !patternVocab(shipped).has(w))!;
    expect(shipped.vocab).toContain(nameOnly);
    const vocab = shipped.vocab.filter((w) => w !== 'pilih' && w !== 'coblos' && w !== nameOnly).concat('zzzkata').sort();
    const input = { ...shipped, vocab };
    expect(patternVocab(input).has('pilih') && patternVocab(input).has('coblos')).toBe(true);
    const out = unpackRules(JSON.parse(JSON.stringify(packRules(input))) as Record<string, unknown>);
    expect(out.vocab).toEqual(vocab);
  });

  test('bytes come back from their Huffman code, whatever their spread', () => {
    let seed = 7;
    const rand = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    const skewed = Uint8Array.from({ length: 5000 }, () => (rand() < 0.4 ? 0 : Math.floor(256 * rand() ** 3)));
    for (const bytes of [skewed, Uint8Array.from({ length: 256 }, (_, i) => i), new Uint8Array(9).fill(200), new Uint8Array(0)]) {
      expect([...unpackBytes(JSON.parse(JSON.stringify(packBytes(bytes))) as PackedBytes)]).toEqual([...bytes]);
    }
    expect(packBytes(skewed).b.length).toBeLessThan((skewed.length * 4) / 3);
  });

  test('entity ids and references come back, duplicates, odd ids and unknown references included', () => {
    const e = {
      people: [
        { id: 'ani-rahma', names: ['Ani Rahma'], pair: 'pair-x', party: 'p1' },
        { id: 'budi', names: ['Budi Santoso'], weak: ['Budi'], party: 'nobody-known' },
        { id: 'dup', names: ['Dup'] },
        { id: 'weak-only', names: [], weak: ['Weak'] },
        { id: 'cici', names: ['Cici'], pair: 'pair-y', office: 'bupati' },
        { id: 'dodi', names: ['Dodi'], pair: 'pair-y', office: 'wakil bupati' },
        { id: 'eko', names: ['Eko'], pair: 'pair-z', office: 'gubernur' },
      ],
      pairs: [
        { id: 'pair-x', members: ['ani-rahma', 'budi'], names: ['Ani Rahma-Budi', 'Ani Rahma & Budi Santoso', 'AniBudi', 'Paslon Ani'] },
        { id: 'dup', members: ['dup', 'weak-only'], names: ['Dup-Weak'] },
        { id: 'pair-kota-ani-rahma-budi', members: ['ani-rahma', 'budi'], names: ['Ani Rahma-Budi', 'Ani Budi'] },
        { id: 'pair-ani-budi', members: ['ani-rahma', 'budi'], names: ['Ani-Budi'] },
        { id: 'pair-kota-ani-budi', members: ['ani-rahma', 'p1'], names: ['Ani-Budi'] },
        { id: 'pair-ani', members: ['ani-rahma', 'budi'], names: ['Ani-Budi'] },
        { id: 'pair-y', members: ['cici', 'dodi'], names: ['Cici-Dodi'], office: 'bupati' },
        { id: 'pair-z', members: ['eko', 'budi'], names: ['Eko-Budi'], office: 'bupati' },
      ],
      parties: [{ id: 'p1', names: ['P1'], leader: 'budi' }],
      hashtags: [{ text: 'AniMenang', for: 'pair-x', against: 'p1' }],
    };
    const packed = packEntities(structuredClone(e));
    expect(packed.people![0]!.id).toBe(0);
    // The slug of a later name (here the weak "Budi"), by its number; no name's slug stays text.
    expect(packed.people!.slice(1, 4).map((p) => p.id)).toEqual([1, 0, 'weak-only']);
    expect(packed.pairs![0]!.members).toEqual([0, 1]);
    expect(packed.pairs![1]!.members).toEqual(['dup', 3]);
    expect(packed.pairs![0]!.names).toEqual([[0, 1, 0], [0, 0, 4], 'AniBudi', 'Paslon Ani']);
    expect(packed.pairs![1]!.names).toEqual([[0, 0, 0]]);
    // A pair's id from a place and its first name, when its members are people.
    expect(packed.pairs!.slice(2, 6).map((p) => p.id)).toEqual(['=kota', '=', 'pair-kota-ani-budi', 'pair-ani']);
    // Members that are the people whose pair it is, and offices their pair implies, as 0.
    expect(packed.pairs!.slice(6).map((p) => p.members)).toEqual([0, [6, 1]]);
    expect(packed.people!.slice(4).map((p) => p.office)).toEqual([0, 0, 'gubernur']);
    expect(unpackEntities(JSON.parse(JSON.stringify(packed)) as typeof packed)).toEqual(e);
  });

  test('tables of objects come back key for key, shapes, order and missing keys kept', () => {
    const rows = [{ id: 'a', n: 1, region: undefined }, { n: 2, id: 'b', x: [1, { y: 'z' }] }, { id: 'c' }, {}];
    const back = unpackTable(JSON.parse(JSON.stringify(packTable(rows))) as never);
    expect(JSON.stringify(back)).toBe(JSON.stringify(rows));
    expect(back.map((r) => Object.keys(r))).toEqual([['id', 'n'], ['n', 'id', 'x'], ['id'], []]);
    expect(unpackTable([{ id: 'plain' }])).toEqual([{ id: 'plain' }]);
  });

  test('columns of strings and of string lists written as text come back, separators and empty values included', () => {
    const rows = [
      { id: 'a', names: ['A B', 'Ab'], odd: ['x;y'], blank: '', tags: [] },
      { id: 'b', names: [], odd: ['x|y'], blank: 'b', tags: [''] },
      { id: '', names: ['C'], odd: ['z'], tags: ['t'] },
    ];
    const packed = packTable(rows, true);
    expect(packed.c.id).toEqual({ s: 'a;b;' });
    expect(packed.c.names).toEqual({ l: 'A B|Ab;;C' });
    expect(packed.c.blank).toEqual({ s: ';b' });
    expect(Array.isArray(packed.c.odd) && Array.isArray(packed.c.tags)).toBe(true);
    expect(JSON.stringify(unpackTable(JSON.parse(JSON.stringify(packed)) as never))).toBe(JSON.stringify(rows));
    expect(unpackTable(packTable([{ one: [''] }, { one: [] }], true))).toEqual([{ one: [''] }, { one: [] }]);
    expect(packTable(rows).c.id).toEqual(['a', 'b', '']);
  });

  test('guidelines keep what a card shows, in Indonesian; the background gives back the rest, channels and English included', () => {
    const full = shippedGuidelines();
    const lean = leanGuidelines(full);
    expect(lean.channels).toEqual({});
    const page = withIndonesianCards(JSON.parse(JSON.stringify(lean)) as typeof lean);
    const shown = (g: (typeof full.guidelines)[string]) => ({ id: g.id, title: g.title, short: g.short, dialog: g.dialog, sanction: g.sanction, theme: g.theme, detectable: g.detectable });
    const indonesian = (l: { id: string }) => ({ id: l.id, en: l.id });
    for (const [id, g] of Object.entries(full.guidelines)) {
      const l = lean.guidelines[id]!;
      expect([l.title.en, l.dialog.found.en, l.dialog.do.en, l.sanction.text.en]).toEqual([undefined, undefined, undefined, undefined]);
      expect(shown(page.guidelines[id]!)).toEqual({
        ...shown(g), title: indonesian(g.title), short: { id: '', en: '' }, dialog: { found: indonesian(g.dialog.found), do: indonesian(g.dialog.do) }, sanction: { ...g.sanction, text: indonesian(g.sanction.text) },
      });
      expect([l.explanation, l.instead, l.legal, l.report]).toEqual([{ id: '', en: '' }, { id: [], en: [] }, [], []]);
      const d = guidelineDetail(full, id)!;
      expect(d.guideline).toEqual(g);
      expect(Object.keys(d.channels).sort()).toEqual([...new Set(g.report)].sort());
      for (const c of g.report) expect(d.channels[c]).toEqual(full.channels[c]);
    }
    expect(guidelineDetail(full, 'no-such-guideline')).toBeNull();
    expect(guidelineDetail(full, 'toString')).toBeNull();
    fillEnglish(JSON.parse(JSON.stringify(englishText({ rules: [] } as unknown as CompiledRules, full, {}))) as ReturnType<typeof englishText>, { rules: [] } as unknown as CompiledRules, page);
    // The short line stays out: only the library's pages show it.
    for (const [id, g] of Object.entries(full.guidelines)) expect(shown(page.guidelines[id]!)).toEqual({ ...shown(g), short: { id: '', en: '' } });
  });

  test('the data module holds guidelines, rule head, root words, the stored body\'s id and the weights, side by side in that order', () => {
    const shipped = shippedRules(loadRules());
    const lib = shippedGuidelines();
    const code = contentDataModule(shipped, lib, '0kata2mu');
    const data = new Function(code.replace(/^export const \{[^}]*\} = data;$/m, 'return data;'))() as Record<string, string>;
    // The order is the size win (gzip finds each part's words in the one before): keep it.
    expect(Object.keys(data)).toEqual(['guidelines', 'head', 'rootWords', 'bodyId', 'weights']);
    expect(code).toMatch(/^export const \{ guidelines, head, rootWords, bodyId, weights \} = data;$/m);
    const { head, body } = splitPacked(packRules(shipped));
    expect(JSON.parse(data.guidelines!)).toEqual(leanGuidelines(lib));
    expect(data.head).toBe(JSON.stringify(head));
    expect(data.rootWords).toBe('0kata2mu');
    // The patterns and entity lists are not in the script: storage holds them under this id.
    const { weights, ...rest } = body;
    expect(data.weights).toBe(JSON.stringify(weights));
    const { stored, id } = cutRules(shipped);
    expect(data.bodyId).toBe(id);
    expect(stored).toBe(`${id}\n${JSON.stringify(rest)}`);
    expect(code).not.toContain(JSON.stringify(JSON.stringify(rest)).slice(1, 2000));
    expect(Object.keys(rest).sort()).toEqual([...STORED_BODY_PARTS].sort());
  });

  test('the stored body has the id of its JSON: other rules give another id', () => {
    const shipped = shippedRules(loadRules());
    const a = cutRules(shipped);
    expect(a.id).toMatch(/^[0-9a-f]{16}$/);
    expect(cutRules(shipped)).toEqual(a);
    const fewer = { ...shipped, rules: shipped.rules.slice(1) };
    expect(cutRules(fewer).id).not.toBe(a.id);
  });

  test('the page takes a stored body only under its own id, else the background\'s, and reads no rule before', async () => {
    const shipped = shippedRules(loadRules());
    const { head, weights, stored, id } = cutRules(shipped);
    const pageRules = () => unpackRules(JSON.parse(JSON.stringify(head)) as Record<string, unknown>, () => bodyWithWeights(JSON.stringify(weights)));
    forgetRulesBody();
    // Read before the body came: a clear error, not rules without patterns.
    expect(() => pageRules().rules[0]!.patterns).toThrow(/before the page had the rule patterns/);
    const asked: string[] = [];
    // Another version's body in storage: the background's is taken.
    await receiveRulesBody(`0000000000000000\n{}`, id, () => (asked.push('asked'), Promise.resolve(stored)));
    expect(asked).toEqual(['asked']);
    const rules = pageRules();
    expect(rules.rules.map((r) => r.patterns)).toEqual(shipped.rules.map((r) => r.patterns));
    expect(rules.entities).toEqual(shipped.entities);
    expect(rules.model!.weights).toBe(shipped.model!.weights);
    // Neither fits: the page does not start.
    forgetRulesBody();
    await expect(receiveRulesBody(undefined, id, () => Promise.resolve(`${id}x\n{}`))).rejects.toThrow(/neither in storage nor given by the background/);
    // A fitting stored body: the background is not asked.
    await receiveRulesBody(stored, id, () => Promise.reject(new Error('asked')));
    expect(pageRules().rules[0]!.patterns).toEqual(shipped.rules[0]!.patterns);
  });

  test('only the content script build is lean', () => {
    const lib = (entry: string) => ({ build: { lib: { entry, formats: ['iife' as const] } } }) as never;
    expect(isContentBuild(lib('/repo/entrypoints/content.ts'))).toBe(true);
    expect(isContentBuild(lib('/repo/entrypoints/content/index.ts'))).toBe(true);
    expect(isContentBuild(lib('/repo/entrypoints/background.ts'))).toBe(false);
    expect(isContentBuild({ build: { lib: false } } as never)).toBe(false);
  });
});

describe('the content script’s UI text', () => {
  const all = ['dialogTitle', 'severity_serious', 'severity_info', 'policyProblem_bad_type', 'popupTitle', 'engageAsk_like'];
  test('keeps keys its code names, and keys built from a quoted prefix', () => {
    const code = [
      "// the user can't lose a draft\nconst a = t(\"dialogTitle\");",
      'const b = t(`severity_${f.severity}`);',
      "const c = 'policyProblem_' + code;",
    ];
    expect([...usedKeys(code, all)].sort()).toEqual(['dialogTitle', 'policyProblem_bad_type', 'severity_info', 'severity_serious']);
  });
  test('drops keys only pages use', () => {
    expect(usedKeys(["t('engageAsk_like')"], all)).toEqual(new Set(['engageAsk_like']));
  });
});

describe('the stemmer’s root words', () => {
  test('front-coded without separators, decoded to the same sorted list', () => {
    const words = JSON.parse(readFileSync('node_modules/natural/lib/natural/stemmers/indonesian/data/kata-dasar.json', 'utf8')) as string[];
    expect(frontDecode(frontCode(words))).toEqual([...new Set(words.filter(Boolean))].sort());
    expect(() => frontCode(['kata', 'pemilu2024'])).toThrow(/pemilu2024/);
  });
});

describe('natural in the browser builds', () => {
  test('the stemmer base loses its stopword list and tokenizer, nothing else', () => {
    const code = readFileSync('node_modules/natural/lib/natural/stemmers/indonesian/base_stemmer_id.js', 'utf8');
    const out = withoutTokenizeAndStem(code);
    expect(out).not.toMatch(/stopwords_id|aggressive_tokenizer_id/);
    expect(out.split('\n').length).toBe(code.split('\n').length);
  });
});
