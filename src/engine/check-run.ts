/**
 * The state of one check once the draft is read: the rules' first matches by pattern list, and
 * the lazily searched lists (exceptions, conditions, contexts, second parts) with their results
 * cached, so every question a candidate finding asks is answered once per sentence.
 */
import type { Analysis } from './analysis';
import { headlineShareIn, newsForm } from './headline';
import { isRootWord } from './stem';
import { NONE_MATCHES, type Match, type Role } from './matcher';
import type { PatternIndex } from './pattern-index';
import type { Reading } from './reading';
import { sortedSmall } from './sort-small';

/** "!!", "?!", "..!!": a headline ends with one mark at most (and one "!" only when quoting: see `writerVoice`). */
const DOUBLED_MARKS = /[!?][!?]|\.[!?]/;
const QUOTE_MARKS = /["'“”‘’«»]/;

const voiceWordsOf = new WeakMap<Reading, ReadonlySet<string>>();

/** The words that put a sentence in the writer's voice (first person, spoken particles), as one set: asked of every word of a sentence. */
function voiceWords(reading: Reading): ReadonlySet<string> {
  let s = voiceWordsOf.get(reading);
  if (s === undefined) voiceWordsOf.set(reading, (s = new Set([...reading.firstPerson, ...reading.spokenVoice])));
  return s;
}

export class CheckRun {
  /**
   * The first matches by pattern list, and the lists that have some in the order they first
   * matched. By list number in an array, not a map: every rule and cue asks per check.
   */
  private readonly byList: Array<Match[] | undefined>;
  private readonly matched: number[] = [];
  // Per list, per sentence k: all matches (at 2k), and (when only those were asked for) the
  // first one (at 2k + 1): a caller asking for the first only reads `length` and the first
  // match's start. Rows are made for the lists asked about, the draft-wide answers only when
  // asked (a check makes these anew; a map's hashing cost more than the arrays).
  private rows: Array<Array<Match[] | undefined> | undefined> | null = null;
  /**
   * Per list: undefined not asked yet, else whether it matches anywhere in the draft. Plain
   * arrays here and in `titles`: a typed array of more than 64 bytes is allocated outside the
   * heap, which cost more per check than the few reads it serves.
   */
  private anyCache: Array<boolean | undefined> | null = null;
  /** Per sentence start, the sentence's text (see `sentenceText`), when asked. */
  private texts: Array<string | undefined> | null = null;
  /** Headline shares per sentence start, computed when a finding there first asks (undefined: not yet). */
  private titles: Array<number | undefined> | null = null;
  /** Per sentence start: 0 not asked yet, else 1 + whether it is news by its form / the writer speaks of themself. */
  private news: number[] | null = null;
  private voices: number[] | null = null;

  constructor(
    readonly index: PatternIndex,
    readonly analysis: Analysis,
    private readonly reading: Reading,
  ) {
    const byList = (this.byList = new Array<Match[] | undefined>(index.listRefs.length));
    for (const m of analysis.firsts) {
      const l = byList[m.ref.list];
      if (l) l.push(m);
      else {
        byList[m.ref.list] = [m];
        this.matched.push(m.ref.list);
      }
    }
  }

  /** Indexes of the rules with a first match, ascending. */
  rulesWithFirsts(): number[] {
    const out: number[] = [];
    for (const list of this.matched) {
      const ref = this.byList[list]![0]!.ref;
      if (ref.role === 'first') out.push(ref.owner);
    }
    return sortedSmall(out, (a, b) => a - b);
  }

  /** Matches of the eagerly matched list of (role, owner): a rule's first patterns. */
  get(role: Role, owner: number): Match[] {
    const list = this.index.listOf[role][owner]!;
    if (list < 0) return NONE_MATCHES;
    return this.byList[list] ?? NONE_MATCHES;
  }

  /** Matches of a lazily searched list in the sentence of token `tok`, cached per check. */
  inSentence(list: number, tok: number, firstOnly: boolean): Match[] {
    const a = this.analysis;
    this.rows ??= new Array<Array<Match[] | undefined> | undefined>(this.index.listRefs.length);
    let row = this.rows[list];
    if (row === undefined) this.rows[list] = row = new Array<Match[] | undefined>(2 * a.sentences);
    const k = 2 * a.sentNo[tok]!;
    let m = row[k];
    if (m !== undefined) return m;
    if (firstOnly) {
      m = row[k + 1];
      if (m === undefined) row[k + 1] = m = a.searchSentence(list, tok, true);
    } else row[k] = m = a.searchSentence(list, tok, false);
    return m;
  }

  /** Whether a lazily searched list matches anywhere in the draft. */
  inDraft(list: number): boolean {
    this.anyCache ??= new Array<boolean | undefined>(this.index.listRefs.length);
    return (this.anyCache[list] ??= this.analysis.searchAny(list));
  }

  /** Whether the sentence of token `tok` is news shared as-is, by its form (see `headline.ts`). */
  newsForm(tok: number): boolean {
    const { tokens, sentStart, sentEnd, src } = this.analysis;
    // Exceptions ask once per candidate finding: answered once per sentence.
    this.news ??= new Array<number>(tokens.length).fill(0);
    const from = sentStart[tok]!;
    if (this.news[from] === 0) this.news[from] = 1 + (!this.writerVoice(tok) && newsForm(src, tokens, from, sentEnd[tok]!, this.reading.minorWords, this.reading.secondPerson, this.reading.headlineOpeners) ? 1 : 0);
    return this.news[from] === 2;
  }

  /**
   * The sentence of token `tok` is in the writer's own voice, so it is no headline: the writer
   * speaks of themself, uses a spoken particle, prayer or laughter ("Insyallah", "sih", "wkwk",
   * 😂), or ends it with doubled marks ("..!!", "?!") or with a cheer's "!" and no colon.
   */
  writerVoice(tok: number): boolean {
    const { tokens, sentStart, sentEnd, src } = this.analysis;
    this.voices ??= new Array<number>(tokens.length).fill(0);
    const from = sentStart[tok]!;
    if (this.voices[from] === 0) {
      const to = sentEnd[tok]!;
      const voice = voiceWords(this.reading);
      let yes = false;
      const speaker = this.speakerColon(from, to);
      for (let i = from; i < to && !yes; i++) {
        const t = tokens[i]!;
        if (!t.tag && voice.has(t.canon) && !(i >= speaker && this.reading.firstPerson.has(t.canon))) yes = true;
      }
      if (!yes && to > from) {
        const marks = src.slice(tokens[to - 1]!.end, to < tokens.length ? tokens[to]!.start : src.length);
        // One "!" is a cheer too ("Tirta Maju, Bisri Pasti Menang!"), unless it closes a quote
        // or a colon names whose words they are, as headlines quoting a figure do ("Prabowo
        // Sindir Anies: … Gagal!").
        yes = DOUBLED_MARKS.test(marks) || (marks.includes('!') && !QUOTE_MARKS.test(marks) && !src.slice(tokens[from]!.start, tokens[to - 1]!.end).includes(':'));
      }
      this.voices[from] = yes ? 2 : 1;
    }
    return this.voices[from] === 2;
  }

  /**
   * The token after a colon that names who speaks, as headlines quote a figure ("Prabowo soal
   * Gibran: Saya yang Minta …", "AMIN: Kami Sudah Duga"): a short capitalised opening of the
   * sentence, one to five words, where the writer does not speak. Its "saya" and "kami" are the
   * speaker's. `to` (none) otherwise.
   */
  private speakerColon(from: number, to: number): number {
    const { tokens, src } = this.analysis;
    const t0 = tokens[from];
    if (t0 === undefined || !(t0.cap || t0.caps) || t0.tag || t0.mention) return to;
    const voice = voiceWords(this.reading);
    // A name among them ("Ingat: Kami Pilih …" is the writer's reminder): a capitalised word no
    // root list knows, a listed name's first word ("Ganjar" is also a verb), or an acronym.
    let named = false;
    for (let k = from + 1; k < to && k <= from + 5; k++) {
      const w = tokens[k - 1]!;
      if (voice.has(w.canon)) return to;
      if (w.caps || (w.cap && (!isRootWord(w.canon) || this.analysis.names.table.classesAt(k - 1) !== 0))) named = true;
      if (src.slice(w.end, tokens[k]!.start).includes(':')) return named ? k : to;
    }
    return to;
  }

  /** The writer speaks of themself in the sentence of token `tok` ("feeling saya …"). */
  speaksOfSelf(tok: number): boolean {
    const { tokens, sentStart, sentEnd } = this.analysis;
    for (let i = sentStart[tok]!; i < sentEnd[tok]!; i++) if (!tokens[i]!.tag && this.reading.firstPerson.has(tokens[i]!.canon)) return true;
    return false;
  }

  /**
   * Tokens [a, b) make a sentence of their own, but for words that may trail a one-word call
   * ("Ramaikan ya!", "Sebarkan guys!": `call_tails` in rules/language.yml).
   */
  standsAlone(a: number, b: number): boolean {
    const { tokens, sentStart, sentEnd } = this.analysis;
    if (sentStart[a] !== a) return false;
    for (let i = b; i < sentEnd[a]!; i++) if (!this.reading.callTails.has(tokens[i]!.canon)) return false;
    return true;
  }

  /** The text of the sentence of token `tok`, with what follows it up to the next sentence. */
  sentenceText(tok: number): string {
    const { tokens, sentStart, sentEnd, src } = this.analysis;
    // Exceptions ask once per candidate and context: the text is cut once per sentence.
    this.texts ??= new Array<string | undefined>(tokens.length);
    let text = this.texts[sentStart[tok]!];
    if (text === undefined) {
      const end = sentEnd[tok]! < tokens.length ? tokens[sentEnd[tok]!]!.start : src.length;
      this.texts[sentStart[tok]!] = text = src.slice(tokens[sentStart[tok]!]!.start, end);
    }
    return text;
  }

  /** How much the sentence of token `tok` reads like a headline (see `headline.ts`). */
  titleShare(tok: number): number {
    const { tokens, sentStart } = this.analysis;
    this.titles ??= new Array<number | undefined>(tokens.length);
    const from = sentStart[tok]!;
    let v = this.titles[from];
    if (v === undefined) {
      let to = from;
      while (to < tokens.length && tokens[to]!.sentence === tokens[from]!.sentence) to++;
      this.titles[from] = v = this.writerVoice(tok) ? 0 : headlineShareIn(tokens, from, to, this.reading.minorWords, this.reading.secondPerson, this.reading.headlineOpeners);
    }
    return v;
  }
}
