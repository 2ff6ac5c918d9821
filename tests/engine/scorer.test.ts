/**
 * The learned scorer: when it may add a finding (no rule finding, a political target, a score
 * at or above the threshold, a draft not shaped as reporting), what that finding says, that the
 * fast path and the explained path agree, and that training is deterministic and learns.
 */
import { describe, expect, test } from 'vitest';
import { createEngine } from '../../src/engine/engine';
import type { Finding } from '../../src/engine/finding';
import { CheckRun } from '../../src/engine/check-run';
import { clauseIds } from '../../src/engine/clauses';
import { judge, type EngineParts } from '../../src/engine/judge';
import { PatternIndex } from '../../src/engine/pattern-index';
import { readingOf } from '../../src/engine/reading';
import { decide, noticeOnly, reporting } from '../../src/engine/scorer/apply';
import { featureHashes, featuresOf, type FeatureInput } from '../../src/engine/scorer/features';
import { isRootWord } from '../../src/engine/stem';
import { TargetIndex } from '../../src/engine/targets';
import { HASH_BITS, hashFeature, loadModel, probability, score, type ScorerModel } from '../../src/engine/scorer/model';
import type { Target } from '../../src/engine/targets';
import { flaggedWith, observe, type Observation } from '../../src/eval/observe';
import { chooseThresholds, FPR_ALLOWANCE } from '../../src/eval/thresholds';
import { DEFAULT_TRAIN, examplesOf, train, type Example } from '../../src/eval/train-model';
import { compiled } from '../helpers';

const person: Target = { start: 0, end: 1, kind: 'person', weak: false, candidate: true, via: 'name' };
const finding = (severity: Finding['severity']): Finding => ({ ruleId: 'dukungan.x', category: 'partisan-support', severity, confidence: 0.9, start: 0, end: 1, text: 'x', message: 'x', guidelineId: 'g', source: 'text' });
const t = { add: 0.9, keep: 0 };

/** A model that gives every draft the same score: the weight of every slot is `w`. */
function flat(w: number, thresholds = t, confidence?: number): ScorerModel {
  const bytes = Buffer.alloc(1 << 4, 1);
  return { version: 1, bits: 4, bias: 0, scale: w, weights: bytes.toString('base64'), thresholds, ...(confidence !== undefined ? { confidence } : {}) };
}

describe('when the scorer adds a finding', () => {
  test('only where the rules found nothing, a target is named and the score reaches the threshold', () => {
    expect(decide([], [person], 0.95, t, false).add).toBe(true);
    expect(decide([], [person], 0.85, t, false).add).toBe(false);
    expect(decide([], [], 0.99, t, false).add).toBe(false);
    expect(decide([finding('warning')], [person], 0.99, t, false).add).toBe(false);
    // An info finding (a job title alone) does not count as a rule finding.
    expect(decide([finding('info')], [person], 0.99, t, false).add).toBe(true);
  });
  test('never on a draft shaped as reporting', () => {
    for (const f of ['f:trailing', 'f:headline3', 'x:reported', 'x:someone-else', 'x:third-party', 'f:community']) {
      expect(reporting([f])).toBe(true);
      expect(decide([], [person], 0.99, t, reporting(['u:x', f])).add).toBe(false);
    }
    expect(reporting(['f:headline1', 'x:question'])).toBe(false);
  });
  test('a slogan alone is no target to name', () => {
    expect(decide([], [{ ...person, kind: 'slogan' }], 0.99, t, false).add).toBe(false);
  });
  test('an everyday notice with no word of politics: a person named only by honorific is no target', () => {
    const named = { ...person, kind: 'named' as const, weak: true };
    expect(noticeOnly(['u:lowong', 'f:notice'])).toBe(true);
    expect(noticeOnly(['f:notice', 's:politik'])).toBe(false);
    expect(noticeOnly(['f:notice', 's:candidacy'])).toBe(false);
    expect(decide([], [named], 0.99, t, false, true).add).toBe(false);
    expect(decide([], [named], 0.99, t, false, false).add).toBe(true);
    // A known figure or party still counts in a notice.
    expect(decide([], [named, person], 0.99, t, false, true).add).toBe(true);
  });
  test('a draft whose every target is weak must reach addWeak when the model sets it', () => {
    const named = { ...person, kind: 'named' as const, weak: true };
    const both = { ...t, addWeak: 0.97 };
    expect(decide([], [named], 0.95, both, false).add).toBe(false);
    expect(decide([], [named], 0.97, both, false).add).toBe(true);
    // A strong target beside it: `add` holds.
    expect(decide([], [named, person], 0.95, both, false).add).toBe(true);
    // Without addWeak, weak targets take `add`.
    expect(decide([], [named], 0.95, t, false).add).toBe(true);
  });
});

describe('the finding it adds', () => {
  const withModel = (m: ScorerModel) => createEngine({ ...compiled, model: m });
  test('is a warning of the learned rule naming the target, with the model’s confidence', () => {
    const e = withModel(flat(1, t, 0.8));
    const draft = 'Anies makan siang di warung dekat kantor';
    expect(createEngine({ ...compiled, model: undefined }).check(draft)).toEqual([]);
    const [f, ...rest] = e.check(draft);
    expect(rest).toEqual([]);
    expect(f).toMatchObject({ ruleId: 'sikap.model', severity: 'warning', confidence: 0.8, guidelineId: expect.any(String) });
    expect(draft.slice(f!.start, f!.end)).toBe(f!.text);
    expect(f!.text).toContain('Anies');
  });
  test('nothing without a target, nothing below the threshold, nothing on a cut-off headline', () => {
    expect(withModel(flat(1)).check('Rapat koordinasi pagi ini membahas jadwal posyandu bulan depan.')).toEqual([]);
    expect(withModel(flat(-1)).check('Anies makan siang di warung dekat kantor')).toEqual([]);
    expect(withModel(flat(1)).check('Anies makan siang di warung dekat kantor ...')).toEqual([]);
  });
  test('without a stored confidence, the score rounded', () => {
    const [f] = withModel(flat(1)).check('Anies makan siang di warung dekat kantor');
    expect(f!.confidence).toBeGreaterThan(0.9);
    expect(f!.confidence).toBeLessThanOrEqual(1);
  });
});

describe('model', () => {
  test('the fast path and the explained score agree, on the shipped model', () => {
    const m = loadModel(compiled.model!);
    const e = createEngine({ ...compiled, model: undefined });
    for (const draft of ['Kampret pada bangun pagi cuma buat nyinyir', 'Prabowo dan Gibran menghadiri rapat kabinet pagi ini.']) {
      const f = e.features!(draft);
      expect(f.length).toBeGreaterThan(3);
      expect(probability(m, f)).toBeCloseTo(score(m, f).p, 12);
    }
  });
  test('the hashes of the fast path are the hashes of the features’ names', () => {
    const parts: EngineParts = { compiled, index: new PatternIndex(compiled), reading: readingOf(compiled), targets: new TargetIndex(compiled, isRootWord, compiled.index?.targets), model: null, learnedRule: undefined };
    const drafts = ['Kampret pada bangun pagi cuma buat nyinyir', 'RT @x: "Pak Anies hebat?" 😀 #Pilpres2024 nomor 02 ...', 'Saya dukung Ganjar - Mahfud', 'Rapat koordinasi pagi ini'];
    for (const draft of drafts) {
      const j = judge(parts, draft);
      const run = new CheckRun(parts.index, j.analysis, parts.reading);
      const input: FeatureInput = { src: j.analysis.src, tokens: j.analysis.tokens, stems: j.analysis.stems, targets: j.targets, signals: j.signals, clauses: clauseIds(j.analysis.src, j.analysis.tokens, parts.reading), findings: j.findings, silencedBy: j.silenced.map((x) => x.by), headline: run.titleShare(0), firstPerson: parts.reading.firstPerson, questionWords: parts.reading.questionWords };
      const names = featuresOf(input);
      expect([...featureHashes(input)].sort()).toEqual(names.map((f) => hashFeature(f) & HASH_BITS).sort());
      expect(names.some((f) => f.startsWith('b:'))).toBe(true);
    }
  });
  test('names are masked: the features hold roles, not names', () => {
    const f = createEngine({ ...compiled, model: undefined }).features!('Pak Anies Baswedan hebat sekali');
    expect(f.some((x) => x.includes('anies') || x.includes('baswedan'))).toBe(false);
    expect(f.some((x) => x.startsWith('u:<person'))).toBe(true);
  });
  test('a draft about a community election alone is marked so: every word of an election stands beside it', () => {
    const f = (t: string) => createEngine({ ...compiled, model: undefined }).features!(t);
    expect(f('Pemilihan ketua komite sekolah sudah selesai, Pak Sutejo menang')).toContain('f:community');
    // An office named in a sentence of its own is another election.
    expect(f('Pak Sutejo dulu ketua RT. Susah cari calon bupati sejujur dia.')).not.toContain('f:community');
    expect(f('Pak Sutejo menang lomba mancing')).not.toContain('f:community');
  });
  test('a draft that asks is shaped as asking: a question word first, or one question a rule was read as', () => {
    const f = (t: string) => createEngine({ ...compiled, model: undefined }).features!(t);
    expect(f('Apakah Anies akan jadi presiden lagi')).toContain('f:asks');
    expect(f('Kamu setuju gak kalau Ganjar jadi presiden?')).toContain('f:asks');
    // The writer's own words in it, or a second sentence, make it no mere question.
    expect(f('Saya setuju gak kalau Ganjar jadi presiden?')).not.toContain('f:asks');
    expect(f('Ganjar hebat. Kamu setuju gak kalau Ganjar jadi presiden?')).not.toContain('f:asks');
  });
  test('the shipped model stays within its size and carries its thresholds', () => {
    const m = compiled.model!;
    expect(Buffer.from(m.weights, 'base64').length).toBe(1 << m.bits);
    expect(m.thresholds.add).toBeGreaterThan(0.5);
    expect(m.confidence).toBeGreaterThan(0);
    expect(m.confidence).toBeLessThanOrEqual(1);
  });
});

describe('training', () => {
  // A toy problem: "puji" means a side, "rapat" does not; "tambah" appears too rarely to learn.
  const ex = (features: string[], y: 0 | 1, fold: string): Example => ({ features, y, source: fold, fold });
  const examples: Example[] = [];
  for (let i = 0; i < 30; i++) {
    examples.push(ex(['u:puji', 'u:<person>', `u:w${i % 7}`], 1, i % 2 ? 'a' : 'b'));
    examples.push(ex(['u:rapat', 'u:<person>', `u:w${i % 5}`], 0, i % 2 ? 'a' : 'b'));
  }
  examples.push(ex(['u:tambah'], 1, 'a'));
  const opts = { ...DEFAULT_TRAIN, bits: 10, steps: 150, minCount: 2 };

  test('is deterministic: the same data gives the same model, byte for byte', () => {
    expect(JSON.stringify(train(examples, t, opts))).toBe(JSON.stringify(train(examples, t, opts)));
  });
  test('learns the toy problem and leaves rare slots at 0', () => {
    const m = loadModel(train(examples, t, opts, 0.7));
    expect(probability(m, ['u:puji', 'u:<person>'])).toBeGreaterThan(0.75);
    expect(probability(m, ['u:rapat', 'u:<person>'])).toBeLessThan(0.25);
    expect(m.w[hashFeature('u:tambah') & m.mask]).toBe(0);
    expect(m.confidence).toBe(0.7);
  });
  test('stores weights in `levels` steps of one scale, the largest at ±levels', () => {
    for (const levels of [127, 12, 3]) {
      const m = train(examples, t, { ...opts, levels });
      const q = [...new Int8Array(Buffer.from(m.weights, 'base64'))];
      expect(Math.max(...q.map(Math.abs))).toBe(levels);
      expect(new Set(q.map(Math.abs)).size).toBeLessThanOrEqual(levels + 1);
    }
    // Fewer levels, the same decisions on the toy problem.
    const m = loadModel(train(examples, t, { ...opts, levels: 3 }));
    expect(probability(m, ['u:puji', 'u:<person>'])).toBeGreaterThan(0.75);
    expect(probability(m, ['u:rapat', 'u:<person>'])).toBeLessThan(0.25);
  });
  test('a weight within deadZone steps of 0 is 0; the others keep their step', () => {
    // 127 levels: the toy model's weights spread over many steps.
    const q = (deadZone: number) => [...new Int8Array(Buffer.from(train(examples, t, { ...opts, levels: 127, deadZone }).weights, 'base64'))];
    const plain = q(0.5);
    const sparse = q(48);
    expect(sparse.filter((x) => x !== 0).length).toBeLessThan(plain.filter((x) => x !== 0).length);
    expect(sparse.filter((x) => x !== 0).length).toBeGreaterThan(0);
    sparse.forEach((x, i) => expect(x === 0 ? Math.abs(plain[i]!) <= 48 : x === plain[i] && Math.abs(x) >= 48).toBe(true));
  });
  test('posts the rules already flag weigh ruledWeight', () => {
    const obs = (flagged: boolean): Observation => ({ post: { id: 'x', text: 'x', expect: 'flag', source: 's' }, features: [], findings: flagged ? [finding('warning')] : [], targets: [] });
    const [a, b] = examplesOf([obs(true), obs(false)], { ...DEFAULT_TRAIN, ruledWeight: 0.25 });
    expect(a!.weight).toBe(0.25);
    expect(b!.weight).toBe(1);
  });
});

describe('thresholds', () => {
  // 200 harmless posts the rules leave alone and 40 partisan ones they miss, each with a target.
  const o = (pos: boolean, i: number): Observation => ({ post: { id: `t${i}`, text: '', expect: pos ? 'flag' : 'ok', source: pos ? 'p' : 'n' }, features: [], findings: [], targets: [person] });
  const obs = [...Array.from({ length: 200 }, (_, i) => o(false, i)), ...Array.from({ length: 40 }, (_, i) => o(true, 200 + i))];
  test('take the most recall that adds at most the allowance of harmless posts flagged', () => {
    // Harmless posts score 0.5 … 0.699; partisan posts 0.6 … 0.99.
    const scores = obs.map((x, i) => (x.post.expect === 'flag' ? 0.6 + (i - 200) * 0.01 : 0.5 + i * 0.001));
    const chosen = chooseThresholds(obs, scores);
    const fp = scores.filter((s, i) => obs[i]!.post.expect === 'ok' && s >= chosen.add).length;
    expect(fp / 200).toBeLessThanOrEqual(FPR_ALLOWANCE);
    expect(chosen.add).toBeLessThanOrEqual(0.7);
    expect(chosen.keep).toBe(0);
  });
  test('a separate, higher threshold for drafts whose every target is weak, when that buys recall', () => {
    const named = { ...person, kind: 'named' as const, weak: true };
    // Half the posts name only a weak target. Among those, the harmless ones score high (0.9 …
    // 0.999); among the strong ones, they score low. One threshold for all would have to stay
    // above 0.9 for the weak harmless ones and lose the strong partisan ones below it.
    const weakOf = (i: number) => i % 2 === 0;
    const obs2 = obs.map((x, i) => ({ ...x, targets: weakOf(i) ? [named] : [person] }));
    const scores = obs2.map((x, i) => {
      const pos = x.post.expect === 'flag';
      if (weakOf(i)) return pos ? 0.9995 : 0.9 + (i % 100) * 0.001;
      return pos ? 0.6 + ((i - 200) % 20) * 0.01 : 0.5 + (i % 100) * 0.001;
    });
    const chosen = chooseThresholds(obs2, scores);
    expect(chosen.addWeak).toBeGreaterThan(chosen.add);
    const fp = scores.filter((s, i) => obs2[i]!.post.expect === 'ok' && s >= (weakOf(i) ? chosen.addWeak! : chosen.add)).length;
    expect(fp / 200).toBeLessThanOrEqual(FPR_ALLOWANCE);
    const tp = scores.filter((s, i) => obs2[i]!.post.expect === 'flag' && s >= (weakOf(i) ? chosen.addWeak! : chosen.add)).length;
    expect(tp).toBe(40);
  });
});

describe('the leave-one-source-out figures decide as the engine does', () => {
  // The eval scores drafts with a bare engine and the model apart (folds swap the model); what it
  // counts as flagged must be what a user's engine flags. Drafts where an exception says a target
  // names no side, found or not, and ones where it does not.
  const full = createEngine(compiled);
  const bare = createEngine({ ...compiled, model: undefined });
  const model = loadModel(compiled.model!);
  test.each([
    'Tolong bantu Pak Jarwo angkat meja ke aula',
    'Kamar 04 kosan Bu Narti bocor lagi',
    'Pak Anies tetangga saya, orangnya ramah sekali',
    'Come 2029, vote for whoever Gerindra puts on the ticket.',
    'Pak Jarwo pemimpin yang kami tunggu, semoga lancar ya',
    'Caleg yang baik itu yang mau turun ke warga',
  ])('%s', (text) => {
    const o = observe(bare, { text, expect: 'ok', source: 'test' } as Parameters<typeof observe>[1]);
    const engineFlags = full.check(text).some((f) => f.severity !== 'info');
    expect(flaggedWith(o, score(model, o.features).p, compiled.model!.thresholds)).toBe(engineFlags);
  });
});
