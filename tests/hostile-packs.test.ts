/**
 * Packs are data from outside: a user's file, an agency policy, or a pack an older version of
 * Netra stored. Written as the attacks an outside review found: names that reach the prototype,
 * a regular expression that freezes the page, a pack that breaks the engine. Each is refused with
 * file and line, or left out while every other pack keeps checking.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { loadGuidelines } from '../src/build/load-rules';
import { checkPackFile, PACK_LIMITS, withChecksum } from '../src/packs/pack-file';
import { parsePolicy, POLICY_LIMITS } from '../src/settings/policy';
import { createEngine } from '../src/engine/engine';
import { checkPolicyPacks } from '../src/packs/policy-packs';
import { buildActiveEngine } from '../src/packs/active-engine';
import type { InstalledPack } from '../src/packs/installed';
import { regexProblem } from '../src/engine/pattern';
import { compiled } from './helpers';

const guidelines = new Set(Object.keys(loadGuidelines().guidelines));
const rule0 = compiled.rules.find((r) => r.kind === 'phrase')!;
const TODAY = '2026-01-01';

/** A small single-file pack: a macro, and one rule using `pattern`. */
function pack(id: string, macro: string, pattern: string): string {
  return `pack:
  id: ${id}
  name: Paket ${id}
  version: 1.0.0
  kind: agency
lexicon:
  macros:
    ${macro}: [coblosin]
rules:
  - id: ${id}.aturan
    category: ${rule0.category}
    severity: warning
    guideline: ${rule0.guideline}
    message: { id: "Ajakan: {match}", en: "A call: {match}" }
    patterns: ["${pattern}"]
    examples: { flag: ["ayo [[coblosin]] dia"], allow: ["halo semua"] }
`;
}

const check = async (text: string, file = 'jahat.pack.yml') => checkPackFile(await withChecksum(text), file, { external: compiled, guidelines, today: TODAY });

describe('names from a pack never reach the prototype', () => {
  test.each([
    ['a rule naming @constructor', pack('jahat', 'daftar', '@constructor'), /jahat\.pack\.yml:16: .*(unknown macro @constructor|bad macro name "@constructor")/],
    ['a macro named constructor', pack('jahat', 'constructor', '@constructor'), /jahat\.pack\.yml:9: bad macro name "constructor"/],
    ['a macro named __proto__', pack('jahat', '__proto__', 'coblosin'), /jahat\.pack\.yml:9: bad macro name "__proto__"/],
    ['a quoted "__proto__" macro', pack('jahat', '"__proto__"', 'coblosin'), /jahat\.pack\.yml:9: bad macro name "__proto__"/],
    ['a macro named hasOwnProperty', pack('jahat', 'hasOwnProperty', 'coblosin'), /jahat\.pack\.yml:9: bad macro name/],
  ])('import: %s is refused with file and line', async (_, text, message) => {
    const r = await check(text);
    expect(r.ok).toBe(false);
    expect(r.errors.join('\n')).toMatch(message);
  });

  test('policy: each hostile pack is reported with its place and line, and the good one installs', async () => {
    const texts = [pack('jahat-a', 'constructor', 'coblosin'), pack('jahat-b', '__proto__', 'coblosin'), pack('jahat-c', 'daftar', '@constructor'), pack('baik', 'daftar', '@daftar')];
    const { packs, problems } = await checkPolicyPacks(texts, compiled, guidelines, TODAY);
    expect(packs.map((p) => p.info.id)).toEqual(['baik']);
    expect(problems.filter((p) => p.code === 'pack-rejected').map((p) => p.field)).toEqual(['extraPacks[0]:8', 'extraPacks[1]:8', 'extraPacks[2]:15']);
    // The good pack really checks, alongside the bundled ones.
    const { engine } = buildActiveEngine(compiled, packs, TODAY);
    expect(engine.check('ayo coblosin dia').map((f) => f.ruleId)).toContain('baik.aturan');
  });
});

describe('a stored pack that breaks the engine is left out, never the user unprotected', () => {
  const bundledBreach = 'Ayo coblos nomor 2 besok di TPS!';
  const stored = (id: string, compiledPack: unknown): InstalledPack => ({
    info: { id, name: id, version: '1.0.0', description: '', kind: 'agency' },
    source: 'user',
    fileName: `${id}.pack.yml`,
    checksum: '',
    installedAt: 0,
    compiled: compiledPack as InstalledPack['compiled'],
  });
  const empty = { packs: [], rules: [], contexts: [], canon: {}, vocab: [] };

  test('a macro list that is a function name, a macro that is not a list, a rule without patterns', async () => {
    const good = await checkPackFile(await withChecksum(pack('baik', 'daftar', '@daftar')), 'baik.pack.yml', { external: compiled, guidelines, today: TODAY });
    const installed = [
      // What a pack naming @constructor stored before names were checked.
      stored('lama-a', { ...empty, macros: JSON.parse('{"constructor":"x"}') }),
      stored('lama-b', { ...empty, macros: { kandidat: 42 } }),
      stored('lama-c', { ...empty, macros: {}, rules: [{ ...rule0, id: 'lama-c.x', patterns: [[{ k: 'e', alts: [{ k: 'm', v: 'constructor' }] }]] }] }),
      stored('baik', good.compiled),
    ];
    const { engine, active } = buildActiveEngine(compiled, installed, TODAY);
    expect(engine.check(bundledBreach).length).toBeGreaterThan(0);
    expect(engine.check('ayo coblosin dia').map((f) => f.ruleId)).toContain('baik.aturan');
    const state = Object.fromEntries(active.status.map((s) => [s.pack.info.id, s.inUse ? 'in use' : s.broken ? 'broken' : 'off']));
    expect(state).toEqual({ 'lama-a': 'in use', 'lama-b': 'in use', 'lama-c': 'broken', baik: 'in use' });
  });

  test('when packs break only together, the bundled packs still check', () => {
    let calls = 0;
    const build = (r: Parameters<typeof buildActiveEngine>[0]) => {
      calls++;
      // Fails with both extra packs merged; works with each alone and with none.
      if (r.packs.some((p) => p.id === 'x') && r.packs.some((p) => p.id === 'y')) throw new Error('together');
      return buildActiveEngine(r, [], TODAY).engine;
    };
    const mk = (id: string) => stored(id, { ...empty, packs: [{ id, name: id, version: '1.0.0', description: '', kind: 'agency' }], macros: {} });
    const { engine, active } = buildActiveEngine(compiled, [mk('x'), mk('y')], TODAY, undefined, undefined, build);
    expect(calls).toBe(5);
    expect(engine.check(bundledBreach).length).toBeGreaterThan(0);
    expect(active.status.map((s) => s.broken)).toEqual(['together', 'together']);
  });
});

describe('regular expressions in packs', () => {
  test('the freezing pattern /([a-z]+)*[0-9]/ is refused at validation and import, with the line', async () => {
    const r = await check(pack('jahat', 'daftar', '/([a-z]+)*[0-9]/'));
    expect(r.ok).toBe(false);
    expect(r.errors.join('\n')).toMatch(/jahat\.pack\.yml:16: .*\/\(\[a-z\]\+\)\*\[0-9\]\/ refused: a repeated group may not itself repeat/);
    const policy = await checkPolicyPacks([pack('jahat', 'daftar', '/([a-z]+)*[0-9]/')], compiled, guidelines, TODAY);
    expect(policy.packs).toEqual([]);
    expect(policy.problems[0]).toMatchObject({ code: 'pack-rejected', field: 'extraPacks[0]:15' });
  });

  test('npm run pack:validate refuses it too, with the line, and exits 1', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'netra-pack-')), 'jahat.pack.yml');
    writeFileSync(file, await withChecksum(pack('jahat', 'daftar', '/([a-z]+)*[0-9]/')));
    const r = spawnSync('npm', ['run', '--silent', 'pack:validate', '--', file], { encoding: 'utf8', cwd: join(__dirname, '..') });
    expect(r.status).toBe(1);
    expect(r.stdout).toContain(`${file}:16: pattern "/([a-z]+)*[0-9]/": regular expression /([a-z]+)*[0-9]/ refused`);
  });

  test.each([
    ['(a|ab)*c', /alternatives/],
    ['(?:x+){2,}', /repeat/],
    ['a*b*', /unbounded/],
    ['\\p{L}+\\p{L}+', /unbounded/],
    ['(a)\\1', /back-references/],
    ['a'.repeat(1001), /longer than 1000/],
  ])('refused: /%s/', (re, why) => expect(regexProblem(re)).toMatch(why));

  test.each(['\\p{L}+', '(19|20)[0-9]{6}', '0?[0-9]+|[a-z]?[0-9]+[a-z]?', '(?:teman|sahabat)(?!nya$)\\p{L}{3,}', '(ab){1,3}', 'x{2}'])('accepted: /%s/', (re) => expect(regexProblem(re)).toBeNull());
});

describe('limits and loose headers', () => {
  const header = (extra: string, id = 'batas') => pack(id, 'daftar', '@daftar').replace('  kind: agency\n', `  kind: agency\n${extra}`);

  test('a 7 MB pack is refused with a message before it is read', async () => {
    const big = pack('besar', 'daftar', '@daftar') + `# ${'x'.repeat(7_000_000)}\n`;
    const t0 = performance.now();
    const r = await checkPackFile(big, 'besar.pack.yml', { external: compiled, guidelines, today: TODAY });
    expect(r.ok).toBe(false);
    expect(r.errors).toEqual(['besar.pack.yml:1: the file is 7.0 MB; a pack may be at most 1.0 MB']);
    expect(performance.now() - t0).toBeLessThan(5000); // refused, not parsed (a bound for a hang, not a speed target)
    const policy = parsePolicy({ extraPacks: [big, pack('baik', 'daftar', '@daftar')] });
    expect(policy.policy.extraPacks).toHaveLength(1);
    expect(policy.problems.map((p) => `${p.code} ${p.field}`)).toEqual(['too-long extraPacks[0]']);
  });

  test('too many rules for one pack is refused with the count', async () => {
    const rules = Array.from({ length: PACK_LIMITS.rules + 1 }, (_, i) => pack('banyak', 'daftar', '@daftar').split('rules:\n')[1]!.replace('banyak.aturan', `banyak.aturan-${i}`)).join('');
    const text = pack('banyak', 'daftar', '@daftar').split('rules:\n')[0] + 'rules:\n' + rules;
    const r = await checkPackFile(text, 'banyak.pack.yml', { external: compiled, guidelines, today: TODAY });
    expect(r.errors).toContain(`banyak.pack.yml:1: ${PACK_LIMITS.rules + 1} rules; a pack may hold at most ${PACK_LIMITS.rules}`);
  });

  test.each([
    ['an impossible month', '  valid_until: 2024-13-45\n', /batas\.pack\.yml:6: valid_until must be a real day written like 2024-11-27, not "2024-13-45"/],
    ['a day that never comes', '  valid_until: 9999-99-99\n', /valid_until must be a real day/],
    ['a reversed range', '  valid_from: 2024-12-01\n  valid_until: 2024-08-01\n', /batas\.pack\.yml:7: valid_until 2024-08-01 comes before valid_from 2024-12-01/],
  ])('%s is an error, not a pack valid forever', async (_, extra, message) => {
    const r = await check(header(extra), 'batas.pack.yml');
    expect(r.ok).toBe(false);
    expect(r.errors.join('\n')).toMatch(message);
  });

  test("a pack may not take a bundled pack's id", async () => {
    const id = compiled.packs[0]!.id;
    const r = await check(pack(id, 'daftar', '@daftar'), `${id}.pack.yml`);
    expect(r.errors.join('\n')).toMatch(new RegExp(`pack id ${id} is already a pack that comes with Netra`));
  });

  test('policy: more than the allowed number of packs is reported', () => {
    const r = parsePolicy({ extraPacks: Array.from({ length: POLICY_LIMITS.packs + 3 }, (_, i) => pack(`p${i}`, 'daftar', '@daftar')) });
    expect(r.policy.extraPacks).toHaveLength(POLICY_LIMITS.packs);
    expect(r.problems.map((p) => p.code)).toEqual(['too-many']);
  });
});

test('a draft with $ sequences keeps them as written in the finding message', () => {
  const engine = createEngine(compiled);
  for (const text of ['Ayo coblos $& $1 $$ nomor 2!', "Dukung terus pasangan $`Budi-Ani$' nomor 2!"]) {
    const msgs = engine.check(text).map((f) => f.message);
    expect(msgs.length).toBeGreaterThan(0);
    // Each quoted span is a piece of the draft exactly as written.
    for (const m of msgs) expect(text).toContain(/“(.*)”/.exec(m)![1]);
  }
  expect(engine.check('Ayo coblos $& $1 $$ nomor 2!')[0]!.message).toContain('“Ayo coblos $& $1 $$ nomor 2”');
});
