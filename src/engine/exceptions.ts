/**
 * Why a candidate finding does not count: the rule's own `unless` exceptions, its `needs`
 * conditions, and the shared contexts it lists (`rules/contexts.yml`).
 *
 * An exception silences only the span it explains (its `scope`): the words it shares with the
 * finding, its clause, from a negation to the end of its clause, or the whole draft except the
 * writer's own calls. A civic call, a disclaimer or a survey elsewhere in the same sentence never
 * silences a vote call, a cheer, praise or an attack: "Besok datang ke TPS dan coblos nomor 2 ya"
 * keeps its finding. Each silencing says which tokens the exception covered, for the reasoning
 * panel.
 */
import type { CheckRun } from './check-run';
import type { Match } from './matcher';
import type { Reading } from './reading';
import type { Candidate } from './rule-kinds';
import type { CompiledContext, CompiledRule } from './rules';
import { clauseStarts } from './clauses';
import { contextPlans, type ContextPlan } from './context-plan';
import { stem } from './stem';

/** A share as surveys and counts give it ("39,3 %", "52 persen"); "100%" is emphasis, not a figure. */
const FIGURES = /(?<![\d.,])(?!100\b)\d{1,2}(?:[.,]\d+)?\s?(?:%|persen\b)/gi;
// A share set as a goal is an order, not a survey: "target suara minimal 60%", "at least 70%".
const GOAL_BEFORE = /(?:minimal|minimum|min\.?|target(?:nya)?|sedikitnya|paling sedikit|at least|harus|wajib|kudu)\s*$/i;

/** The text reports a share (a survey's, a count's), not one set as a goal. */
function reportsFigures(text: string): boolean {
  for (const m of text.matchAll(FIGURES)) if (!GOAL_BEFORE.test(text.slice(Math.max(0, m.index - 20), m.index))) return true;
  return false;
}

export interface Silencing {
  /** `unless`, `needs` or the context's name. */
  by: string;
  /** Tokens the exception covered [start, end), when it covers a span. */
  cover?: [number, number];
}

export class Exceptions {
  private readonly tokens;
  private readonly quoted: Uint8Array;
  // Made when first asked (most drafts have no candidate): clause spans, per clause whether it is
  // the writer's own call (0 not asked, 1 no, 2 yes), per token the next clause break, and per
  // list the ends of its matches in the whole draft. Candidates ask them again and again: in a
  // long draft, scanning for them each time made a check's time grow with the square of its length.
  private starts: Int32Array | null = null;
  private ownCalls: Uint8Array | null = null;
  private nextBreak: Int32Array | null = null;
  private readonly draftEnds = new Map<number, Int32Array>();
  private plans: ContextPlan[] | null = null;

  constructor(
    private readonly run: CheckRun,
    private readonly contexts: readonly CompiledContext[],
    private readonly clauses: Int32Array,
    private readonly reading: Reading,
    /** Spans of words that name an election or an office (politik signals): see `electionBeside`. */
    private readonly election: ReadonlyArray<{ start: number; end: number }>,
    /** Token spans of the parties the draft names: see `namesBallot`. */
    private readonly parties: ReadonlyArray<{ start: number; end: number }> = [],
  ) {
    this.tokens = run.analysis.tokens;
    this.quoted = quotedTokens(run.analysis.src, this.tokens);
  }

  /**
   * Whether the draft is about context `name` (a community election, say) alone: it is named in
   * the draft, and every word of an election or an office stands in a sentence that names it
   * ("Pemilihan majelis jemaat so selesai", not "… jadi ketua RT. Susah cari calon wali kota begitu").
   */
  aboutDraftContextOnly(name: string): boolean {
    const ci = this.run.index.contextIndex.get(name);
    const list = ci === undefined ? -1 : this.run.index.listOf.context[ci]!;
    if (list < 0 || !this.run.inDraft(list)) return false;
    return this.election.every((s) => this.run.inSentence(list, s.start, true).length > 0);
  }

  /** Whether the exception named `by` is a context that says its words name no target (`no_target`). */
  namesNoTarget(by: string): boolean {
    const ci = this.run.index.contextIndex.get(by);
    return ci !== undefined && (this.plans ??= contextPlans(this.contexts))[ci]!.noTarget;
  }

  /**
   * The tokens a context that says its words name no target even where no rule found one
   * (`covers_unfound`: a namesake, a room's number) covers around tokens [a, b), or null. For the
   * scorer, which takes up targets no rule found: "tolong bantu Pak Jarwo angkat meja" names a
   * colleague.
   */
  noTargetCover(a: number, b: number): [number, number] | null {
    const plans = (this.plans ??= contextPlans(this.contexts));
    const c: Candidate = { a, b, anchor: a, parts: [[a, b]] };
    for (let ci = 0; ci < plans.length; ci++) {
      if (!plans[ci]!.coversUnfound) continue;
      const cover = this.covers(ci, c);
      if (cover) return cover;
    }
    return null;
  }

  /** Why candidate `c` of rule `r` (index `owner`, or -1 for a rule with no patterns) is silenced, or null. */
  silence(r: CompiledRule, owner: number, c: Candidate): Silencing | null {
    const { listOf, ctxIds } = this.run.index;
    const tok = c.a;
    if (owner >= 0) {
      const un = listOf.unless[owner]!;
      // A rule's own exceptions read the whole sentence: they are narrow ("pilih kasih", "ketua
      // arisan") and written for that rule. Not across a turn, though: what follows "tapi" is the
      // writer's point ("Kita netral ya, tapi semua staf wajib like postingan cawalkot …").
      if (un >= 0 && this.run.inSentence(un, tok, true).length > 0 && !this.turnedPast(un, tok)) return { by: 'unless', cover: this.sentenceSpan(tok) };
      if (r.needs?.length) {
        const nd = listOf.needs[owner]!;
        if (nd < 0 || !(r.needsIn === 'draft' ? this.run.inDraft(nd) : this.run.inSentence(nd, tok, true).length > 0)) return { by: 'needs' };
      }
    }
    const ids = owner >= 0 ? ctxIds[owner]! : r.contexts.map((name) => this.run.index.contextIndex.get(name)!);
    for (let q = 0; q < ids.length; q++) {
      const cover = this.covers(ids[q]!, c);
      if (cover) return { by: r.contexts[q]!, cover };
    }
    return null;
  }

  /** The tokens context `ci` covers around candidate `c`, or null when it does not reach it. */
  private covers(ci: number, c: Candidate): [number, number] | null {
    const ctx = (this.plans ??= contextPlans(this.contexts))[ci]!;
    if (ctx.notForCandidates && c.candidate) return null;
    if (ctx.notForBallot && this.namesBallot(c)) return null;
    const list = this.run.index.listOf.context[ci]!;
    if (!ctx.matchesOnly) {
      const cover = this.sentenceCover(ctx, list, c);
      if (cover !== undefined) return cover;
    }
    if (list < 0) return null;
    if (ctx.scope === 'draft') {
      if (!this.run.inDraft(list)) return null;
      // A contest or a community election named elsewhere is not what a call is about when the
      // call's own sentence names an election: "… coblos lagi Pak Harjuno di pemilihan
      // berikutnya. … SD kami juara dua lomba kebersihan".
      if (ctx.ownCalls) return this.electionBeside(c) && this.run.inSentence(list, c.a, false).length === 0 ? null : [0, this.tokens.length];
      return (this.ownCall(c) || this.turnedAfter(list, c.a, 0)) && !this.allQuoted(c) ? null : [0, this.tokens.length];
    }
    const ms = this.run.inSentence(list, c.a, false);
    if (ms.length === 0) return null;
    if (ctx.introduces) return this.introduced(ms, c);
    // The writer who says it ("Saya minta warga "pilih nomor 1"") quotes their own call.
    if (ctx.quoted) return (this.allQuoted(c) ? ms.some((m) => !this.quoted[m.start]) : this.saidThenQuoted(c, ms)) && !this.selfOutsideQuotes(c.a) ? [c.a, c.b] : null;
    if (ctx.scope === 'match') {
      const m = ms.find((x) => c.parts.some(([a, b]) => x.start < b && a < x.end) && (!ctx.subject || this.subjectOf(x)));
      return m ? [m.start, m.end] : null;
    }
    // A call in quotes is somebody's words being discussed, not the writer's own call.
    if (ctx.scope === 'sentence') return (this.ownCall(c) || this.turnedAfter(list, c.a, this.run.analysis.sentStart[c.a]!)) && !this.allQuoted(c) && !ctx.ownCalls ? null : this.sentenceSpan(c.a);
    if (ctx.scope === 'before') {
      // A negation covers its clause from where it stands: "saya tidak mendukung siapa pun" —
      // any part of the finding after it, in that clause.
      for (const m of ms) {
        if (this.saysWhom(m.start)) continue;
        const clause = this.clauses[m.start]!;
        if (c.parts.some(([a]) => a >= m.start && this.clauses[a] === clause)) return [m.start, this.clauseSpan(clause)[1]];
      }
      return null;
    }
    const parts = this.partClauses(c);
    for (const m of ms) {
      if (ctx.subject && !this.subjectOf(m)) continue;
      if (ctx.notOwnCall && this.spansOwnCall(m)) continue;
      if (ctx.wholeClause) {
        const [cs, ce] = this.clauseSpan(this.clauses[m.start]!);
        if (m.start !== cs || m.end !== ce) continue;
      }
      const covered = this.clausesCoveredBy(m, ctx.wholeClause === true);
      // A part of the finding inside what the exception explains explains the finding: "like,
      // share, atau follow akun tim pemenangan juga dihitung dukungan, bukan …".
      if ([...parts].some((p) => covered.has(p))) return this.spanOf(covered);
    }
    // A quote the reporting attributes: "'Coblos 02,' kata Budi" is Budi's words, not the writer's.
    if (ctx.id === 'reported' && this.allQuoted(c)) return [c.a, c.b];
    return null;
  }

  /**
   * What a context's sentence tests (title case, headline, question, figures) say of candidate
   * `c`: the tokens covered, null for "not covered" (a question context answers here), or
   * undefined when they do not decide and the context's matches do.
   */
  private sentenceCover(ctx: ContextPlan, list: number, c: Candidate): [number, number] | null | undefined {
    // A headline shared as-is is news whatever it says: in title case, cut off, signed or datelined.
    // Not when the sentence invites ("Ayo warga Kecamatan Cibeber,
    // pilih Kang Dadan Hermawan jadi bupati!"): a headline reports a call, it does not make one.
    if (((ctx.hasTitlecase && this.run.titleShare(c.a) >= ctx.titlecase) || (ctx.headline && this.run.newsForm(c.a))) && !this.invites(c)) return this.sentenceSpan(c.a);
    // The sentence that judges: a pair across sentences ("Anies mau jadi presiden? … ngaca dulu")
    // is the answer to a question the writer put, not a question.
    if (ctx.question) return (/\?/.test(this.run.sentenceText(c.anchor)) || this.asksUnmarked(c.anchor)) && (!this.ownCall(c) || this.selfAsked(c.anchor)) && !this.rhetorical(list, c.anchor) ? this.sentenceSpan(c.anchor) : null;
    // A survey's figures are reported; the writer's own figures ("feeling saya … tembus 60%") are a forecast.
    if (ctx.figures && reportsFigures(this.run.sentenceText(c.a)) && !this.ownCall(c) && !this.run.speaksOfSelf(c.a) && !this.certain(c.a)) return this.sentenceSpan(c.a);
    return undefined;
  }

  /**
   * The clauses a match covers: its own; an attribution ("Bawaslu:", "Menurut KPU,") also the
   * clause it introduces or ends; a clause ending in a colon the rest of its sentence.
   */
  private clausesCoveredBy(m: Match, attribution: boolean): Set<number> {
    const first = this.clauses[m.start]!;
    const last = this.clauses[m.end - 1]!;
    const out = new Set<number>();
    for (let k = first; k <= last; k++) out.add(k);
    const cs = this.clauseSpan(first)[0];
    const le = this.clauseSpan(last)[1];
    const sentence = this.tokens[m.start]!.sentence;
    // "Menurut KPU, …": the attribution is its whole clause, so it reaches the next one.
    if (attribution) {
      // Not a clause where the writer speaks of themself: "Menurut survei, saya dukung …" is theirs.
      // "Menurut KPU, pasangan 01 unggul di Jateng, sedangkan pasangan 02 unggul di Aceh": the
      // report goes on through clauses that set facts side by side.
      for (let at = le, first = true; at < this.tokens.length && this.tokens[at]!.sentence === sentence && (first || this.reading.reportContinuers.has(this.tokens[at]!.canon)); first = false) {
        const k = this.clauses[at]!;
        if (this.speaksOfSelfIn(k)) break;
        out.add(k);
        at = this.clauseSpan(k)[1];
      }
      if (cs > 0 && this.tokens[cs - 1]!.sentence === sentence) out.add(this.clauses[cs - 1]!);
    }
    // "Contoh yang dilarang untuk ASN: …", "Jadwal kampanye: …": a clause ending in a colon
    // introduces the rest of its sentence.
    if (le < this.tokens.length && this.tokens[le]!.sentence === sentence && /:\s*$/.test(this.run.analysis.src.slice(this.tokens[le - 1]!.end, this.tokens[le]!.start))) {
      for (let i = le; i < this.tokens.length && this.tokens[i]!.sentence === sentence; i++) if (!this.ownCallClause(this.clauses[i]!)) out.add(this.clauses[i]!);
    }
    return out;
  }

  /** Election words outside the candidate's parts in its sentence. */
  private electionBeside(c: Candidate): boolean {
    const sentence = this.tokens[c.a]!.sentence;
    return this.election.some((s) => this.tokens[s.start]!.sentence === sentence && !c.parts.some(([a, b]) => s.start < b && a < s.end));
  }

  /**
   * The rest of the sentence after a clause that holds one of `ms` and ends in a colon, when the
   * candidate lies wholly in it: "Contoh yang tidak boleh: PNS menulis … pilih dia" is the example
   * the clause introduces, the call inside it included.
   */
  private introduced(ms: readonly Match[], c: Candidate): [number, number] | null {
    const src = this.run.analysis.src;
    for (const m of ms) {
      const k = this.clauses[m.start]!;
      if (this.clauses[m.end - 1] !== k) continue;
      const le = this.clauseSpan(k)[1];
      if (le >= this.tokens.length || this.tokens[le]!.sentence !== this.tokens[m.start]!.sentence || c.a < le) continue;
      if (/:\s*$/.test(src.slice(this.tokens[le - 1]!.end, this.tokens[le]!.start))) return [le, this.run.analysis.sentEnd[c.a]!];
    }
    return null;
  }

  /**
   * A question that asserts: a question context's pattern closing the sentence ("kalau bukan 01,
   * siapa lagi?", "…, setuju gak?"). Asked in the middle ("setuju gak kalau …?") it is a question.
   * The patterns never silence anything themselves.
   */
  private rhetorical(list: number, tok: number): boolean {
    if (list < 0) return false;
    const end = this.run.analysis.sentEnd[tok]!;
    if (this.run.inSentence(list, tok, false).some((m) => m.end === end)) return true;
    // Or answered at once by the writer: "Puan for 2029? Honestly, why not." The answer opens the
    // next sentence (a word of candour may come first), ends a clause there and asks nothing:
    // "Kenapa tidak ada yang tanya …", "Gimana menurut kalian?" ask again.
    if (end >= this.tokens.length || /\?/.test(this.run.sentenceText(end))) return false;
    const { src, sentEnd } = this.run.analysis;
    const closes = (e: number) => e === sentEnd[end] || /[,;:!]/.test(src.slice(this.tokens[e - 1]!.end, this.tokens[e]!.start));
    return this.run.inSentence(list, end, false).some((m) => m.start <= end + 1 && closes(m.end));
  }

  /**
   * A negation at token `tok` right after a relative word says whom the sentence is about ("yang
   * belum join grup relawan Pak X, wajib ya"), denying nothing; unless the writer is who ("Kami
   * yang tidak ikut kampanye …"), the deed is the vote itself ("yang tidak memilih 02 bukan
   * musuh" is about tolerance as often as a threat, and threats have their own words), or what is
   * denied is leave ("yang tidak boleh: foto dengan paslon" states a rule).
   */
  private saysWhom(tok: number): boolean {
    if (tok === 0 || !this.reading.relativeMarkers.has(this.tokens[tok - 1]!.canon)) return false;
    for (let j = tok + 1; j <= tok + 2 && j < this.tokens.length; j++) if (this.reading.callVerbs.has(stem(this.tokens[j]!.canon)) || this.reading.permissionWords.has(this.tokens[j]!.canon)) return false;
    const clause = this.clauses[tok - 1]!;
    for (let j = tok - 2; j >= 0 && this.clauses[j] === clause; j--) if (this.reading.firstPerson.has(this.tokens[j]!.canon)) return false;
    return this.clauses[tok] === clause;
  }

  /** Every match of `list` in the sentence of `tok` ends before it, and a turn ("tapi", "but") stands between. */
  private turnedPast(list: number, tok: number): boolean {
    let lastEnd = -1;
    for (const m of this.run.inSentence(list, tok, false)) {
      if (m.end > tok) return false;
      if (m.end > lastEnd) lastEnd = m.end;
    }
    return lastEnd >= 0 && this.breakFrom(lastEnd) < tok;
  }

  /**
   * The writer turned away from what the context says before the candidate: "Ingat ASN harus
   * netral, tapi … Layak banget jadi wapres". A turn ("tapi", "but") after the context's last
   * match and before the candidate makes what follows the writer's own words; a training that
   * lists its examples after the rule has no such turn. Matches are looked for from token `from`
   * (the candidate's sentence for a sentence context, the draft's start for a draft context).
   */
  private turnedAfter(list: number, tok: number, from: number): boolean {
    const a = this.run.analysis;
    let lastEnd = -1;
    if (from === 0) lastEnd = lastAtMost(this.endsInDraft(list), tok);
    else for (let s = from; s <= tok; s = a.sentEnd[s]!) {
      for (const m of this.run.inSentence(list, s, false)) if (m.end <= tok && m.end > lastEnd) lastEnd = m.end;
    }
    if (lastEnd < 0) return false;
    return this.breakFrom(lastEnd) < tok || this.colonBetween(lastEnd, tok);
  }

  /**
   * The writer's own words, introduced by a colon after the context's words and before token
   * `tok`: "ASN wajib netral, aku cuma nebak aja: Gerindra menang lagi", "… makanya saya cuma
   * bilang: saya pilih Kang Emil" (issue 11, item 3). The clause that ends in the colon names the
   * writer; a list of what is forbidden ("ASN dilarang: …", "Contoh yg dilarang: …") does not.
   */
  private colonBetween(from: number, tok: number): boolean {
    const { src } = this.run.analysis;
    const t = this.tokens;
    if (from <= 0 || from > tok || this.quoted[tok]) return false;
    for (let k = from; k <= tok; k++) {
      if (!src.slice(t[k - 1]!.end, t[k]!.start).includes(':')) continue;
      // The colon stands before token k: the writer must speak in the clause it closes.
      const clause = this.clauses[k - 1]!;
      for (let j = k - 1; j >= 0 && this.clauses[j] === clause; j--) if (this.reading.firstPerson.has(t[j]!.canon)) return true;
      return false;
    }
    return false;
  }

  /** The ends of list `list`'s matches in every sentence of the draft, ascending. */
  private endsInDraft(list: number): Int32Array {
    let ends = this.draftEnds.get(list);
    if (ends === undefined) {
      const a = this.run.analysis;
      const out: number[] = [];
      for (let s = 0; s < this.tokens.length; s = a.sentEnd[s]!) for (const m of this.run.inSentence(list, s, false)) out.push(m.end);
      this.draftEnds.set(list, (ends = Int32Array.from(out).sort()));
    }
    return ends;
  }

  /** The first token at or after `i` that is a clause break ("tapi", "but"), or the token count. */
  private breakFrom(i: number): number {
    if (this.nextBreak === null) {
      const n = this.tokens.length;
      const next = (this.nextBreak = new Int32Array(n + 1));
      next[n] = n;
      for (let k = n - 1; k >= 0; k--) next[k] = this.reading.clauseBreaks.has(this.tokens[k]!.canon) ? k : next[k + 1]!;
    }
    return this.nextBreak[i]!;
  }

  /**
   * A subject and its verb inside one clause that is not the writer's own call. A turn that opens
   * the clause ("Tapi Demokrat dukung Prabowo-Gibran?") still tells of someone else: only a call
   * word or a bare vote verb makes the clause the writer's.
   */
  private subjectOf(m: Match): boolean {
    const k = this.clauses[m.start]!;
    return this.clauses[m.end - 1] === k && !this.clauseCalls(k, false);
  }

  /**
   * A clause the match spans is the writer's own call ("Warga Cibiru, dukung cabup nomor 3 ya"),
   * or the match describes the writer ("aku orang pertama yang dukung", "kami warga yang pilih …").
   */
  private spansOwnCall(m: Match): boolean {
    const before = m.start - 1;
    // The word before is the writer, or a verb of the writer's backing: "Kami para bidan desa
    // mendukung Pak X jadi caleg" reports no one else's candidacy.
    if (before >= 0 && this.clauses[before] === this.clauses[m.start]) {
      if (this.reading.firstPerson.has(this.tokens[before]!.canon)) return true;
      if (this.reading.callVerbs.has(this.run.analysis.stems[before]!) && this.speaksOfSelfIn(this.clauses[before]!)) return true;
    }
    for (let k = this.clauses[m.start]!; k <= this.clauses[m.end - 1]!; k++) if (this.ownCallClause(k)) return true;
    return false;
  }

  private partClauses(c: Candidate): Set<number> {
    const out = new Set<number>();
    for (const [a, b] of c.parts) for (let i = a; i < b; i++) out.add(this.clauses[i]!);
    return out;
  }

  /** The sentence of token `tok` asks without a question mark: a question word first or second. */
  private asksUnmarked(tok: number): boolean {
    const { sentStart, sentEnd } = this.run.analysis;
    for (let i = sentStart[tok]!; i < Math.min(sentEnd[tok]!, sentStart[tok]! + 2); i++) if (!this.quoted[i] && this.reading.questionWords.has(this.tokens[i]!.canon)) return true;
    return false;
  }

  /** The sentence of token `tok` holds a word of the writer's own certainty ("PSI tembus 4% liat aja"), outside quotes. */
  private certain(tok: number): boolean {
    const { sentStart, sentEnd } = this.run.analysis;
    for (let i = sentStart[tok]!; i < sentEnd[tok]!; i++) if (!this.quoted[i] && this.reading.certaintyWords.has(this.tokens[i]!.canon)) return true;
    return false;
  }

  /**
   * The candidate's sentence holds an invitation ("ayo", "yuk"), outside quotes, or opens with a
   * next step and a vote verb ("Then vote …").
   */
  private invites(c: Candidate): boolean {
    const { sentStart, sentEnd } = this.run.analysis;
    const s = sentStart[c.a]!;
    if (s + 1 < sentEnd[c.a]! && !this.quoted[s] && this.reading.sequenceOpeners.has(this.tokens[s]!.canon) && this.reading.callVerbs.has(this.tokens[s + 1]!.canon)) return true;
    for (let i = sentStart[c.a]!; i < sentEnd[c.a]!; i++) {
      if (!this.quoted[i] && this.reading.callOpeners.has(this.tokens[i]!.canon)) return true;
    }
    return false;
  }

  /** A clause of the candidate is the writer's own call ("ayo …") or turns against what came before ("tapi …"). */
  private ownCall(c: Candidate): boolean {
    for (const k of this.partClauses(c)) if (this.ownCallClause(k)) return true;
    return false;
  }

  /**
   * A clause that turns ("tapi …"), calls ("ayo", "yuk") or opens with a bare vote verb ("coblos
   * 02 ya"). A call in quotes is an example being discussed ("Kalimat seperti 'Ayo menangkan
   * Paslon 1' di grup kantor itu contoh …"), not the writer's own.
   */
  private ownCallClause(k: number): boolean {
    this.ownCalls ??= new Uint8Array(this.clauseStart().length);
    if (this.ownCalls[k] === 0) this.ownCalls[k] = this.clauseCalls(k) ? 2 : 1;
    return this.ownCalls[k] === 2;
  }

  private clauseCalls(k: number, turnsCount = true): boolean {
    const [s, e] = this.clauseSpan(k);
    const first = this.tokens[s]!.canon;
    // A concession that opens its sentence turns from nothing said before it.
    const turns = turnsCount && this.reading.clauseBreaks.has(first) && !(this.reading.concessives.has(first) && s === this.run.analysis.sentStart[s]);
    if (!this.quoted[s] && turns) return true;
    // A call said to be written some way is talked about ("c0bl0s n0m0r 2 ditulis pakai angka …");
    // a call word in a clause that names a duty of the rules states the rule ("… wajib cuti di
    // luar tanggungan negara").
    const mentioned = this.spanHas(s, e, this.reading.mentionVerbs);
    if (!this.quoted[s] && this.reading.callVerbs.has(first) && !mentioned) return true;
    if (mentioned || this.spanHas(s, e, this.reading.ruleDuties)) return false;
    // A call word that asks what to do ("guru PNS harus bagaimana?", "apa saya harus kasih?") gives no order.
    for (let i = s; i < e; i++) if (!this.quoted[i] && this.reading.callMarkers.has(this.tokens[i]!.canon) && !(i + 1 < e && this.reading.adviceAsks.has(this.tokens[i + 1]!.canon)) && !this.asksSelf(i, s)) return true;
    return false;
  }

  /**
   * The sentence of token `tok` asks whether the writer must do something ("Kalau ada calon minta
   * data, apa saya harus kasih?"): the whole sentence is the question, whatever it reports.
   */
  private selfAsked(tok: number): boolean {
    const { sentStart, sentEnd } = this.run.analysis;
    const s = sentStart[tok]!;
    for (let i = s; i < sentEnd[tok]!; i++) if (!this.quoted[i] && this.reading.callMarkers.has(this.tokens[i]!.canon) && this.asksSelf(i, s)) return true;
    return false;
  }

  /**
   * The writer asks whether they must (call word at `i`, clause from `s`): "apa saya harus …?",
   * "apakah kami wajib …?", or the duty put with its alternative, "wajib dikasih atau tidak?".
   */
  private asksSelf(i: number, s: number): boolean {
    const t = this.tokens;
    if (!/\?/.test(this.run.sentenceText(i))) return false;
    if (i >= s + 2 && this.reading.firstPerson.has(t[i - 1]!.canon) && this.reading.selfAsks.has(t[i - 2]!.canon)) return true;
    const end = Math.min(this.run.analysis.sentEnd[i]!, i + 5);
    for (let j = i + 1; j + 1 < end; j++) if ((t[j]!.canon === 'atau' || t[j]!.canon === 'apa') && this.reading.whetherNots.has(t[j + 1]!.canon)) return true;
    return false;
  }

  /** The candidate's own words name the ballot, the race ("paslon nomor 2 bakal menang") or a party. */
  private namesBallot(c: Candidate): boolean {
    // A party plays in no match and enters no contest: "Partai X isinya cuma mafia proyek stadion".
    return c.parts.some(([a, b]) => this.spanHas(a, b, this.reading.ballotWords) || this.parties.some((p) => p.start < b && a < p.end));
  }

  /** A word of `words` in tokens [s, e), outside quotes. */
  private spanHas(s: number, e: number, words: ReadonlySet<string>): boolean {
    for (let i = s; i < e; i++) if (!this.quoted[i] && words.has(this.tokens[i]!.canon)) return true;
    return false;
  }

  /** The writer speaks of themself in clause `k` ("saya", "kami", "I"), outside quotes and hashtags. */
  private speaksOfSelfIn(k: number): boolean {
    const [s, e] = this.clauseSpan(k);
    for (let i = s; i < e; i++) if (!this.quoted[i] && !this.tokens[i]!.tag && this.reading.firstPerson.has(this.tokens[i]!.canon)) return true;
    return false;
  }

  /** The writer speaks of themself in the sentence of token `tok`, outside quotes and hashtags. */
  private selfOutsideQuotes(tok: number): boolean {
    const { sentStart, sentEnd } = this.run.analysis;
    for (let i = sentStart[tok]!; i < sentEnd[tok]!; i++) if (!this.quoted[i] && !this.tokens[i]!.tag && this.reading.firstPerson.has(this.tokens[i]!.canon)) return true;
    return false;
  }

  /**
   * A finding that runs from its speaker into the words quoted: "Bang Tumpal teriak "pilih …"":
   * the word of saying stands inside it, outside the quotes, and every word after it is quoted.
   */
  private saidThenQuoted(c: Candidate, ms: readonly Match[]): boolean {
    return ms.some((m) => {
      if (m.start < c.a || m.end >= c.b || this.quoted[m.start]) return false;
      for (let i = m.end; i < c.b; i++) if (!this.quoted[i]) return false;
      return true;
    });
  }

  private allQuoted(c: Candidate): boolean {
    return c.parts.every(([a, b]) => {
      for (let i = a; i < b; i++) if (!this.quoted[i]) return false;
      return true;
    });
  }

  private clauseStart(): Int32Array {
    return (this.starts ??= clauseStarts(this.clauses));
  }

  private clauseSpan(k: number): [number, number] {
    const starts = this.clauseStart();
    return [starts[k]!, starts[k + 1]!];
  }

  private spanOf(clauses: Set<number>): [number, number] {
    const ks = [...clauses];
    return [this.clauseSpan(Math.min(...ks))[0], this.clauseSpan(Math.max(...ks))[1]];
  }

  private sentenceSpan(tok: number): [number, number] {
    const a = this.run.analysis;
    return [a.sentStart[tok]!, a.sentEnd[tok]!];
  }
}

/** The largest of ascending `xs` that is at most `x`, or -1. */
function lastAtMost(xs: Int32Array, x: number): number {
  let lo = 0;
  let hi = xs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (xs[mid]! <= x) lo = mid + 1;
    else hi = mid;
  }
  return lo > 0 ? xs[lo - 1]! : -1;
}

const NOTHING_QUOTED = new Uint8Array(0);
const QUOTE_MARKS = /["“”«»'‘’]/;

/**
 * Tokens between a pair of quotes (" ", “ ”, « », and ' ' or ‘ ’ around words, not the
 * apostrophe inside Jum'at or Ma'ruf).
 */
function quotedTokens(src: string, tokens: ReadonlyArray<{ start: number; end: number }>): Uint8Array {
  // Most drafts hold no quote mark at all: one native scan answers for them.
  if (!QUOTE_MARKS.test(src)) return NOTHING_QUOTED;
  const spans: Array<[number, number]> = [];
  let open = -1;
  let single = -1;
  const edge = (c: string | undefined) => c === undefined || /[\s\p{P}]/u.test(c);
  for (let i = 0; i < src.length; i++) {
    const ch = src[i]!;
    if (ch === '“' || ch === '«' || (ch === '"' && open < 0)) open = i;
    else if ((ch === '”' || ch === '»' || ch === '"') && open >= 0) {
      spans.push([open, i]);
      open = -1;
    } else if ((ch === "'" || ch === '‘' || ch === '’') && single < 0 && edge(src[i - 1]) && !edge(src[i + 1])) single = i;
    // A closing quote may follow the quote's own end mark: 'Coblos nomor 3, pasti beres!'
    else if ((ch === "'" || ch === '’') && single >= 0 && (!edge(src[i - 1]) || /[!?.…]/.test(src[i - 1]!)) && edge(src[i + 1])) {
      spans.push([single, i]);
      single = -1;
    }
  }
  // Most drafts quote nothing: reading past the end of an empty array answers "not quoted".
  if (spans.length === 0) return NOTHING_QUOTED;
  const out = new Uint8Array(tokens.length);
  // Tokens come in order of their start (and end): each span marks its run of them, found by
  // binary search, rather than every token asking every span.
  for (const [a, b] of spans) {
    let lo = 0;
    let hi = tokens.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (tokens[mid]!.start <= a) lo = mid + 1;
      else hi = mid;
    }
    for (let i = lo; i < tokens.length && tokens[i]!.start <= b; i++) if (tokens[i]!.end <= b) out[i] = 1;
  }
  return out;
}
