/**
 * What the learned scorer sees of a draft. Names are masked by their role (a known figure, a
 * pair, a party, a ballot number, a candidate known by context, a camp), so what it learns about
 * how people praise or attack carries over to candidates it has never seen; mentions, links and
 * numbers are masked too. Besides the words and word pairs: the evaluation signals and the
 * targets they meet in a clause, which exception silenced a rule, and the shape of the draft (a
 * headline, a question, a reply, a retweet). Not which rule fired: the scorer decides where the
 * rules found nothing, so it learns how a side is taken from the words, not from the rules.
 */
import type { Finding } from '../finding';
import type { Signal } from '../stance';
import type { Target } from '../targets';
import { isPartSeparator, type Token } from '../tokenize';
import { FNV_SEED, HASH_BITS, fnv } from './model';

export interface FeatureInput {
  src: string;
  tokens: readonly Token[];
  stems: readonly string[];
  targets: readonly Target[];
  signals: readonly Signal[];
  clauses: Int32Array;
  /** Rule findings before the scorer (warning and serious). */
  findings: readonly Finding[];
  /** Names of the exceptions that silenced a candidate finding. */
  silencedBy: readonly string[];
  /** Character spans covered by the contexts that say their words name no target (`noTarget`) when they silenced a finding. */
  covered?: ReadonlyArray<{ start: number; end: number }>;
  /** Headline share of the first sentence (see `headline.ts`). */
  headline: number;
  firstPerson: ReadonlySet<string>;
  /** Words that open a question with no question mark ("apakah", "bolehkah"). */
  questionWords?: ReadonlySet<string>;
  /** Words that open a sentence that asks, marked or not (`asking_openers` of rules/language.yml). */
  askingOpeners?: ReadonlySet<string>;
  /** Words of everyday notices ("lowongan", "resep"): the draft is marked `f:notice`. */
  noticeWords?: ReadonlySet<string>;
  /** The draft is about an election that is no public office's (OSIS, RT, a church council) alone: `f:community`. */
  communityElection?: boolean;
}

/** The masked unit a token stands for. */
function unit(t: Token, stem: string, target: Target | undefined): string {
  if (target) return '<' + target.kind + '>';
  if (t.mention) return '<@>';
  if (t.num) return t.text.length <= 2 ? '<n>' : '<num>';
  if (t.emoji) return t.canon;
  return (t.tag ? '#' : '') + (stem || t.canon);
}

/**
 * Where features go: their names (training, naming the words of a finding) or their hashes (the
 * check's fast path, which builds no strings). A feature is `prefix + a + b + c`.
 */
interface Sink {
  add(prefix: string, a: string, b?: string, c?: string): void;
}

export function featuresOf(x: FeatureInput): string[] {
  const out = new Set<string>();
  extract(x, { add: (p, a, b = '', c = '') => out.add(p + a + b + c) });
  return [...out];
}

/**
 * The hashes of `featuresOf(x)` (`hashFeature` of each, its low 30 bits: enough for any slot, and
 * small integers are cheap set keys), without making the strings.
 */
export function featureHashes(x: FeatureInput): Set<number> {
  const out = new Set<number>();
  extract(x, {
    add(p, a, b, c) {
      let h = fnv(fnv(FNV_SEED, p), a);
      if (b !== undefined) h = fnv(h, b);
      if (c !== undefined) h = fnv(h, c);
      out.add(h & HASH_BITS);
    },
  });
  return out;
}

function extract(x: FeatureInput, out: Sink) {
  const n = x.tokens.length;
  const at = new Array<Target | undefined>(n);
  for (const t of x.targets) for (let i = t.start; i < t.end; i++) at[i] ??= t;
  const units: string[] = [];
  for (let i = 0; i < n; i++) {
    // The scorer was trained on words; a profile's bars are no word of the draft.
    if (isPartSeparator(x.tokens[i]!)) continue;
    const u = unit(x.tokens[i]!, x.stems[i]!, at[i]);
    // A name of several words is one unit.
    if (at[i] && i > 0 && at[i - 1] === at[i]) continue;
    units.push(u);
  }
  for (let i = 0; i < units.length; i++) {
    out.add('u:', units[i]!);
    if (i + 1 < units.length) out.add('b:', units[i]!, ' ', units[i + 1]!);
  }
  const kinds = new Set(x.targets.map((t) => t.kind + (t.weak ? '~' : '')));
  for (const k of kinds) out.add('t:', k);
  if (kinds.size === 0) out.add('t:', 'none');
  for (const s of x.signals) out.add('s:', s.cls);
  // A signal and a target in one clause: the stance layer's question, as a feature.
  for (const s of x.signals) {
    for (const t of x.targets) {
      if (x.clauses[s.start] === x.clauses[t.start]) out.add('st:', s.cls, '+', t.kind);
    }
  }
  for (const by of x.silencedBy) out.add('x:', by);
  shape(x, out);
}

/** Every sentence of the draft asks: it ends with a question mark, or opens with a question word. */
function questionsOnly(x: FeatureInput): boolean {
  let opener: Token | undefined;
  let last: Token | undefined;
  const asks = (closing: Token, first: Token) => {
    QUESTION_MARK_AFTER.lastIndex = closing.end;
    return QUESTION_MARK_AFTER.test(x.src) || !!x.askingOpeners?.has(first.canon) || !!x.questionWords?.has(first.canon);
  };
  // One pass: at each sentence's first word, the sentence before it must have asked.
  for (const t of x.tokens) {
    if (t.mention) continue;
    if (last && last.sentence !== t.sentence && !asks(last, opener!)) return false;
    if (!last || last.sentence !== t.sentence) opener = t;
    last = t;
  }
  return !!last && asks(last, opener!);
}

/** A question mark right after a word, past closing quotes and brackets. */
const QUESTION_MARK_AFTER = /[\s"'”)]*\?/y;

function shape(x: FeatureInput, out: Sink) {
  const text = x.src;
  if (/\?/.test(text)) out.add('f:', 'question');
  // A draft that opens by asking ("Apakah Anies akan jadi presiden lagi"), marked or not; or a
  // draft of questions only, where a rule's words were read as one ("Kamu setuju gak kalau Ganjar
  // jadi presiden?", "Ganjar maju 2029? Kenapa tidak ada yang tanya partainya dulu."), with no
  // word of the writer's own ("saya", "kita").
  const first = x.tokens.find((t) => !t.mention);
  // Cheapest tests first: this runs at every check.
  const oneAsked = !!first && x.silencedBy.includes('question') && !x.tokens.some((t) => x.firstPerson.has(t.canon)) && questionsOnly(x);
  if (first && (x.questionWords?.has(first.canon) || oneAsked)) out.add('f:', 'asks');
  if (/^\s*RT\b/.test(text)) out.add('f:', 'retweet');
  if (/^\s*@\w+/.test(text)) out.add('f:', 'reply');
  if (/https?:\/\//.test(text)) out.add('f:', 'link');
  if (/["“”]/.test(text)) out.add('f:', 'quote');
  if (/(\.\.\.|…)\s*(\S+\s*)?$/.test(text)) out.add('f:', 'trailing');
  if (/\s[-–|]\s\S[^.!?]*$/.test(text)) out.add('f:', 'source-suffix');
  out.add('f:headline', (x.headline >= 0.75 ? '3' : x.headline >= 0.5 ? '2' : x.headline > 0 ? '1' : '0'));
  const words = x.tokens.filter((t) => !t.mention && !t.emoji).length;
  out.add('f:len', String(words < 8 ? 0 : words < 20 ? 1 : words < 40 ? 2 : 3));
  if (x.tokens.some((t) => x.firstPerson.has(t.canon))) out.add('f:', 'first-person');
  if (x.noticeWords && x.tokens.some((t) => x.noticeWords!.has(t.canon))) out.add('f:', 'notice');
  if (x.communityElection) out.add('f:', 'community');
}
