/**
 * The per-check shortcuts (see issue 11, speed) must not change what a check finds: a rule with
 * no first match is not run, scratch arrays are reused between checks, a bare space between two
 * words skips the clause-break regex.
 */
import { afterEach, describe, expect, test, vi } from 'vitest';
import { CheckRun } from '../../src/engine/check-run';
import { clauseIds } from '../../src/engine/clauses';
import { normalize } from '../../src/engine/normalize';
import { readingOf } from '../../src/engine/reading';
import { tokenize } from '../../src/engine/tokenize';
import { compiled, engine } from '../helpers';

const unmarked = (s: string) => s.replace(/[[\]]/g, '');
const drafts = compiled.rules.flatMap((r) => [...r.examples.flag, ...r.examples.allow].map(unmarked));

describe('only rules that can have a candidate run', () => {
  afterEach(() => vi.restoreAllMocks());
  test('findings and silenced matches are those of running every rule, on every rule example', () => {
    expect(drafts.length).toBeGreaterThan(200);
    const fast = drafts.map((d) => engine.explain(d, { date: '2024-01-15' }));
    // Every rule "has a first match": each one runs, as before the shortcut.
    const all = compiled.rules.map((_, i) => i);
    vi.spyOn(CheckRun.prototype, 'rulesWithFirsts').mockImplementation(() => all);
    const every = drafts.map((d) => engine.explain(d, { date: '2024-01-15' }));
    const view = (x: (typeof fast)[number]) => ({ findings: x.findings, silenced: x.silenced });
    expect(fast.map(view)).toEqual(every.map(view));
    // The examples do have findings and silencings to compare.
    expect(fast.filter((x) => x.findings.length > 0).length).toBeGreaterThan(100);
    expect(fast.filter((x) => x.silenced.length > 0).length).toBeGreaterThan(20);
  });
});

describe('scratch reused between checks', () => {
  test('a short draft after a long styled one reads the same as on its own', () => {
    const short = 'Ρilih 𝐧𝐨𝐦𝐨𝐫 2️⃣ ya';
    const alone = normalize(short);
    // Longer than the scratch array, non-ASCII throughout (no fast path).
    const long = '𝐏𝐢𝐥𝐢𝐡 Gаnjar ½ '.repeat(400);
    const big = normalize(long);
    expect(big.text.startsWith('pilih ganjar 1/2 pilih')).toBe(true);
    expect(big.map[big.text.length]).toBe(long.length);
    const again = normalize(short);
    expect(again.text).toBe(alone.text);
    expect([...again.map]).toEqual([...alone.map]);
    expect([...again.upper]).toEqual([...alone.upper]);
    expect(again.text).toBe('pilih nomor 02 ya');
  });
  test('a check after a longer one finds the same', () => {
    const draft = 'Ayo coblos nomor 2, Prabowo-Gibran menang!';
    const before = engine.check(draft, { date: '2024-01-15' });
    engine.check(`${'Rapat koordinasi dinas, '.repeat(300)}coblos 01`, { date: '2024-01-15' });
    expect(engine.check(draft, { date: '2024-01-15' })).toEqual(before);
    expect(before.length).toBeGreaterThan(0);
  });
});

describe('clause breaks', () => {
  const reading = readingOf(compiled);
  const ids = (src: string) => [...clauseIds(src, tokenize(normalize(src), reading), reading)];
  test('a bare space or nothing between words is no break; marks and spaced dashes are', () => {
    expect(ids('budi makan nasi')).toEqual([0, 0, 0]);
    expect(ids('budi  makan')).toEqual([0, 0]);
    expect(ids('budi, makan')).toEqual([0, 1]);
    expect(ids('budi - makan')).toEqual([0, 1]);
    expect(ids('budi: makan (nasi)')).toEqual([0, 1, 2]);
  });
});
