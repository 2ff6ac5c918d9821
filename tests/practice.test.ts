/**
 * The practice room's decisions, without a browser: reading a trainer's deck (YAML and CSV)
 * with located errors, choosing and ordering a session's scenarios, the 30-minute plan, and
 * scoring (one answer per team, the verdict hidden until all have answered, CSV export).
 */
import { describe, expect, test } from 'vitest';
import { loadGuidelines, loadScenarios } from '../src/build/load-rules';
import { parseCsv } from '../src/practice/csv';
import { readDeck } from '../src/practice/deck';
import { isRevealed, recordAnswer, resultsCsv, reveal, totals } from '../src/practice/score';
import { DEFAULT_CONFIG, arrange, sessionFor, sessionPlan, shuffled, startSession, step, type SessionConfig } from '../src/practice/session';
import type { Scenario } from '../src/practice/types';

const library = loadGuidelines();
const guidelines = new Set(Object.keys(library.guidelines));
const deck = loadScenarios();
const themeOf = (id: string) => library.guidelines[id]?.theme;

const GOOD_YAML = `- id: d1
  guideline: kampanye-media-sosial
  verdict: tidak-boleh
  platform: facebook
  level: mudah
  draft:
    id: "Ayo dukung Pak Calon nomor 1!"
  why:
    id: "Ajakan memilih."
`;

describe('reading a deck', () => {
  test('a good YAML deck: Indonesian only is enough for a trainer, English falls back to it', () => {
    const r = readDeck(GOOD_YAML, 'daerah.yml', { guidelines });
    expect(r.errors).toEqual([]);
    expect(r.scenarios).toEqual([{ id: 'd1', guideline: 'kampanye-media-sosial', verdict: 'tidak-boleh', platform: 'facebook', level: 'mudah', draft: { id: 'Ayo dukung Pak Calon nomor 1!', en: 'Ayo dukung Pak Calon nomor 1!' }, why: { id: 'Ajakan memilih.', en: 'Ajakan memilih.' } }]);
  });

  test('YAML errors name the file, the line of the field, and the reason; nothing is used', () => {
    const bad = GOOD_YAML.replace('verdict: tidak-boleh', 'verdict: ya') + GOOD_YAML.replace('guideline: kampanye-media-sosial', 'guideline: tidak-ada').replace('platform: facebook', 'platform: friendster');
    const r = readDeck(bad, 'daerah.yml', { guidelines });
    expect(r.scenarios).toEqual([]);
    expect(r.errors).toEqual([
      'daerah.yml:3: scenario d1: verdict is boleh or tidak-boleh, not "ya"',
      'daerah.yml:11: scenario d1: unknown guideline "tidak-ada" (one of the library\'s ids, e.g. kampanye-media-sosial)',
      'daerah.yml:13: scenario d1: platform is one of x, facebook, instagram, linkedin, threads, tiktok, youtube, bluesky, mastodon, whatsapp, not "friendster"',
      'daerah.yml:10: id "d1" is used twice (first on line 1)',
    ]);
  });

  test('a YAML syntax error is reported with its line', () => {
    const r = readDeck('- id: a\n  draft: "not closed\n', 'rusak.yaml', { guidelines });
    expect(r.errors).toEqual(['rusak.yaml:3: YAML: Missing closing "quote']);
  });

  test('CSV: quoted commas, doubled quotes and line breaks; semicolons from Indonesian Excel', () => {
    expect(parseCsv('a,b\n"x, y","say ""hi""\nthere"\n').records).toEqual([
      { line: 1, cells: ['a', 'b'] },
      { line: 2, cells: ['x, y', 'say "hi"\nthere'] },
    ]);
    expect(parseCsv('a;b\r\n1;2\r\n').records).toEqual([
      { line: 1, cells: ['a', 'b'] },
      { line: 2, cells: ['1', '2'] },
    ]);
    expect(parseCsv('a\n"open\n').error).toEqual({ line: 2, reason: 'a quoted field is not closed (a " is missing)' });
  });

  test('a CSV deck: rows become scenarios; a bad row names its line (counting multi-line cells)', () => {
    const head = 'id,guideline,verdict,platform,level,draft_id,why_id\n';
    const ok = readDeck(`${head}d1,kampanye-media-sosial,Tidak boleh,X,Mudah,"Ayo, coblos 2",Ajakan memilih\n`, 'dek.csv', { guidelines });
    expect(ok.errors).toEqual([]);
    expect(ok.scenarios[0]).toMatchObject({ id: 'd1', verdict: 'tidak-boleh', platform: 'x', level: 'mudah', draft: { id: 'Ayo, coblos 2' } });
    const bad = readDeck(`${head}d1,kampanye-media-sosial,boleh,x,mudah,"two\nlines",ok\nd2,kampanye-media-sosial,boleh,x,gampang,draf,ok\nd3,kampanye-media-sosial,boleh,x,mudah,,ok\n`, 'dek.csv', { guidelines });
    expect(bad.errors).toEqual(['dek.csv:4: scenario d2: level is mudah, sedang or sulit, not "gampang"', 'dek.csv:5: scenario d3: draft needs its Indonesian text (draft_id, or "id:" under draft)']);
  });

  test('a CSV header with an unknown or missing column is refused at line 1', () => {
    const r = readDeck('id,guideline,verdikt\n', 'dek.csv', { guidelines });
    expect(r.errors).toContain('dek.csv:1: unknown column "verdikt" (known: id, guideline, verdict, platform, level, draft_id, draft_en, why_id, why_en, notes_id, notes_en)');
    expect(r.errors).toContain('dek.csv:1: column "verdict" is missing');
  });

  test('the bundled deck is strict: both languages and facilitator notes everywhere', () => {
    expect(deck.length).toBeGreaterThanOrEqual(40);
    for (const s of deck) {
      expect(s.notes?.id, s.id).toBeTruthy();
      expect(s.notes?.en, s.id).toBeTruthy();
      expect(s.notes!.en, s.id).not.toBe(s.notes!.id);
    }
    const r = readDeck(GOOD_YAML, 'scenarios.yml', { guidelines, strict: true });
    expect(r.errors).toEqual(['scenarios.yml:6: scenario d1: draft needs its English text too', 'scenarios.yml:8: scenario d1: why needs its English text too', 'scenarios.yml:1: scenario d1: notes needs its Indonesian text (notes_id, or "id:" under notes)']);
  });
});

describe('a session', () => {
  const config = (patch: Partial<SessionConfig> = {}): SessionConfig => ({ ...DEFAULT_CONFIG, ...patch });

  test('filters by level and theme', () => {
    const s = startSession(deck, config({ levels: ['sulit'], themes: ['party-membership'], count: 0 }), themeOf, 0);
    expect(s.order.length).toBeGreaterThan(0);
    for (const id of s.order) {
      const sc = deck.find((x) => x.id === id)!;
      expect(sc.level).toBe('sulit');
      expect(themeOf(sc.guideline)).toBe('party-membership');
    }
  });

  test('ten scenarios, as many guidelines as possible, easy first; the same seed gives the same order', () => {
    const a = arrange(deck, { count: 10, shuffle: true, seed: 42, easyFirst: true });
    expect(a).toHaveLength(10);
    expect(new Set(a.map((id) => deck.find((s) => s.id === id)!.guideline)).size).toBe(10);
    const levels = a.map((id) => deck.find((s) => s.id === id)!.level);
    expect(levels).toEqual([...levels].sort((x, y) => ['mudah', 'sedang', 'sulit'].indexOf(x) - ['mudah', 'sedang', 'sulit'].indexOf(y)));
    expect(arrange(deck, { count: 10, shuffle: true, seed: 42, easyFirst: true })).toEqual(a);
    expect(arrange(deck, { count: 10, shuffle: true, seed: 43, easyFirst: true })).not.toEqual(a);
    expect(arrange(deck, { count: 0, shuffle: false, seed: 1, easyFirst: false })).toEqual(deck.map((s) => s.id));
  });

  test('a session mixes "boleh" and "tidak boleh"', () => {
    for (const shuffle of [true, false]) {
      const verdicts = arrange(deck, { count: 10, shuffle, seed: 5, easyFirst: true }).map((id) => deck.find((s) => s.id === id)!.verdict);
      expect(verdicts.filter((v) => v === 'boleh').length, `shuffle ${shuffle}`).toBeGreaterThanOrEqual(4);
      expect(verdicts.filter((v) => v === 'tidak-boleh').length, `shuffle ${shuffle}`).toBeGreaterThanOrEqual(4);
    }
  });

  test('shuffling keeps every item', () => {
    expect(shuffled([1, 2, 3, 4, 5, 6], 7).sort()).toEqual([1, 2, 3, 4, 5, 6]);
  });

  test('next and previous stop at the ends', () => {
    const s = startSession(deck, config({ count: 3 }), themeOf, 0);
    expect(step(s, -1).index).toBe(0);
    expect(step(step(step(step(s, 1), 1), 1), 1).index).toBe(2);
  });

  test('carrying on keeps the answers when the scenarios asked for are the same; another setup starts afresh', () => {
    const s = { ...startSession(deck, config({ count: 5 }), themeOf, 1), index: 3, answers: [{ scenarioId: 'x', team: '', answer: 'boleh' as const, right: true, time: 1 }] };
    const same = sessionFor(s, config({ count: 5, timer: 90, mode: 'walk' }), false, deck, themeOf, 2);
    expect(same.order).toEqual(s.order);
    expect(same.index).toBe(3);
    expect(same.answers).toHaveLength(1);
    expect(same.config).toMatchObject({ timer: 90, mode: 'walk' });
    const other = sessionFor(s, config({ count: 10 }), false, deck, themeOf, 3);
    expect([other.order.length, other.index, other.answers.length]).toEqual([10, 0, 0]);
    expect(sessionFor(s, config({ count: 5 }), true, deck, themeOf, 4).answers).toEqual([]);
  });

  test('the plan fills 30 minutes without gaps, with free writing when there is time', () => {
    for (const n of [5, 10, 20]) {
      const plan = sessionPlan(n);
      expect(plan[0]!.from).toBe(0);
      expect(plan.at(-1)!.to).toBe(30);
      for (let i = 1; i < plan.length; i++) expect(plan[i]!.from).toBe(plan[i - 1]!.to);
      expect(plan.find((p) => p.kind === 'scenarios')!.count).toBe(n);
    }
    expect(sessionPlan(10).some((p) => p.kind === 'free')).toBe(true);
    expect(sessionPlan(20).some((p) => p.kind === 'free')).toBe(false);
  });
});

describe('scores', () => {
  const sc = (id: string, verdict: Scenario['verdict']): Scenario => ({ id, guideline: 'kampanye-media-sosial', verdict, platform: 'x', level: 'mudah', draft: { id: `draf ${id}`, en: `draft ${id}` }, why: { id: '', en: '' } });
  const a = sc('a', 'tidak-boleh');
  const b = sc('b', 'boleh');
  const base = { ...startSession([a, b], { ...DEFAULT_CONFIG, shuffle: false, easyFirst: false, count: 0 }, () => 'social-media', 0) };

  test('individual play: the verdict is hidden until the answer, which counts once', () => {
    expect(isRevealed(base, 'a')).toBe(false);
    const s1 = recordAnswer(base, a, '', 'tidak-boleh', 1);
    expect(isRevealed(s1, 'a')).toBe(true);
    const s2 = recordAnswer(s1, a, '', 'boleh', 2);
    expect(s2).toBe(s1);
    expect(totals(s2)).toEqual([{ team: '', right: 1, asked: 1 }]);
  });

  test('teams: hidden until every team answers, or the trainer reveals; no answers after the reveal', () => {
    const teams = { ...base, config: { ...base.config, teams: ['Tim A', 'Tim B'] } };
    const s1 = recordAnswer(teams, a, 'Tim A', 'boleh', 1);
    expect(isRevealed(s1, 'a')).toBe(false);
    const s2 = recordAnswer(s1, a, 'Tim B', 'tidak-boleh', 2);
    expect(isRevealed(s2, 'a')).toBe(true);
    expect(totals(s2)).toEqual([
      { team: 'Tim A', right: 0, asked: 1 },
      { team: 'Tim B', right: 1, asked: 1 },
    ]);
    const s3 = reveal(s2, 'b');
    expect(isRevealed(s3, 'b')).toBe(true);
    expect(recordAnswer(s3, b, 'Tim A', 'boleh', 3)).toBe(s3);
  });

  test('walk-through mode shows every verdict at once', () => {
    expect(isRevealed({ ...base, config: { ...base.config, mode: 'walk' } }, 'b')).toBe(true);
  });

  test('CSV export: one row per answer with the correct answer and the scenario number', () => {
    const s = recordAnswer(recordAnswer(base, a, '', 'boleh', Date.UTC(2024, 10, 1)), b, '', 'boleh', Date.UTC(2024, 10, 1, 0, 1));
    expect(resultsCsv(s, [a, b], 'id')).toBe(
      'team,number,scenario,level,draft,answer,correct,right,time\n' +
        'individual,1,a,mudah,draf a,boleh,tidak-boleh,0,2024-11-01T00:00:00.000Z\n' +
        'individual,2,b,mudah,draf b,boleh,boleh,1,2024-11-01T00:01:00.000Z\n',
    );
  });
});
