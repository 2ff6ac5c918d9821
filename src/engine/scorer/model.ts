/**
 * The learned scorer's model: logistic regression over hashed features (see `features.ts`),
 * weights stored as 8-bit integers with one scale. Small (a few tens of KB), fast (a hash and an
 * add per feature) and explainable: every feature's contribution is its weight.
 * Trained by `npm run train` (scripts/train.ts); see rules/model/MODEL-CARD.md.
 */

export interface ScorerModel {
  version: 1;
  /** log2 of the number of weight slots. */
  bits: number;
  bias: number;
  /** weight = int8 × scale */
  scale: number;
  /** Base64 of the int8 weights, 2^bits of them. */
  weights: string;
  /**
   * A draft with no finding gets one at or above `add`; a warning-level stance finding is dropped
   * below `keep`. `addWeak`, when set, replaces `add` for a draft whose every target is weak (a
   * person named only with an honorific, a pronoun for a candidate): such a name is as often a
   * neighbour or a shopkeeper, so training may ask more of the words around it.
   */
  thresholds: { add: number; keep: number; addWeak?: number };
  /**
   * The confidence a learned finding reports: the share of the findings the scorer added out of
   * fold (each source scored by a model trained without it) that were on partisan posts. The
   * score itself is near 1 for every finding it adds and says little.
   */
  confidence?: number;
}

export interface LoadedModel {
  bits: number;
  mask: number;
  bias: number;
  w: Float32Array;
  thresholds: ScorerModel['thresholds'];
  confidence: number | undefined;
}

export const FNV_SEED = 0x811c9dc5;
/** The bits of a feature's hash the fast path keeps (see `featureHashes`); a model has at most 2^30 slots. */
export const HASH_BITS = 0x3fffffff;

/** FNV-1a over `s`, continuing from `h`: hashing "ab" is hashing "b" after "a". */
export function fnv(h: number, s: string): number {
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h;
}

/** FNV-1a, 32 bits: the same slot for a feature in training and in the browser. */
export function hashFeature(s: string): number {
  return fnv(FNV_SEED, s) >>> 0;
}

function fromBase64(b64: string): Uint8Array {
  const bin = atob(b64);
  const out = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
  return out;
}

/**
 * The weights are decoded when a draft is first scored, not with the engine: most checks never
 * run the scorer (see `outcomeCanChange`), and the page's engine should be ready at once.
 */
export function loadModel(m: ScorerModel): LoadedModel {
  let w: Float32Array | undefined;
  return {
    bits: m.bits,
    mask: (1 << m.bits) - 1,
    bias: m.bias,
    get w() {
      return (w ??= weightsOf(m));
    },
    thresholds: m.thresholds,
    confidence: m.confidence,
  };
}

function weightsOf(m: ScorerModel): Float32Array {
  const raw = new Int8Array(fromBase64(m.weights).buffer);
  const w = new Float32Array(raw.length);
  for (let i = 0; i < raw.length; i++) w[i] = raw[i]! * m.scale;
  return w;
}

/** Probability that the draft takes a side, from its features' names. */
export function probability(model: LoadedModel, features: readonly string[]): number {
  let z = model.bias;
  // Read once: the weights are decoded on first read (see `loadModel`).
  const w = model.w;
  for (const f of features) z += w[hashFeature(f) & model.mask]!;
  return 1 / (1 + Math.exp(-z));
}

/** The same from the features' hashes (`featureHashes`): the check's fast path. */
export function probabilityOfHashes(model: LoadedModel, hashes: Iterable<number>): number {
  let z = model.bias;
  const w = model.w;
  for (const h of hashes) z += w[h & model.mask]!;
  return 1 / (1 + Math.exp(-z));
}

/** Probability that the draft takes a side, and each feature's contribution (to name the words). */
export function score(model: LoadedModel, features: readonly string[]): { p: number; contributions: Map<string, number> } {
  let z = model.bias;
  const contributions = new Map<string, number>();
  const w = model.w;
  for (const f of features) {
    const c = w[hashFeature(f) & model.mask]!;
    if (c !== 0) contributions.set(f, c);
    z += c;
  }
  return { p: 1 / (1 + Math.exp(-z)), contributions };
}
