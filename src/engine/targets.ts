/**
 * The target layer: who or what a draft takes a side toward. From the entity lists
 * (`entities.yml` of each pack): people, pairs and parties by name, by handle (@First_Last,
 * @camelCase) and inside hashtags (#PrabowoGibran2024), names misspelt by one letter (string
 * distance from `natural`), known campaign hashtags and slogans. From target cues (`kind: target`
 * files): ballot numbers, camps, candidate roles, and candidates known only by context ("Pak
 * Yusuf Hadi cawalkot kita", "calon bupati nomor urut 3").
 */
// @ts-expect-error: the deep module has no type declarations.
import jaroWinkler from 'natural/lib/natural/distance/jaro-winkler_distance.js';
import type { CheckRun } from './check-run';
import { validityOn } from './merge';
import type { CompiledRules, TargetKind } from './rules';
import type { Token } from './tokenize';

export interface Target {
  /** Token span [start, end). */
  start: number;
  end: number;
  kind: TargetKind;
  /** Entity id (person, pair, party; for hashtags and slogans the side they are for or against). */
  id?: string;
  /** A shared first name, an everyday word, a fuzzy match or a bare number: counts only in a draft about politics. */
  weak: boolean;
  /** A candidate in an election whose pack is in its window on the check's date. */
  candidate: boolean;
  /** Against the entity (a hashtag or slogan against someone). */
  against?: boolean;
  /** How it was found. */
  via: 'name' | 'handle' | 'hashtag' | 'fuzzy' | 'cue';
  /** The target cue that found it (`pack.file`), for `via: 'cue'`. */
  cue?: string;
}

interface Entry {
  kind: TargetKind;
  id: string;
  weak: boolean;
  /** How the name must be written to count (see `nameForm`). */
  form: NameForm;
  /** The packs in which the entity stands as a candidate (their windows decide when it is one). */
  candidatePacks: string[];
  against?: boolean;
}

interface TrieNode {
  next: Map<string, TrieNode>;
  hits: Entry[];
}

const distance = jaroWinkler as (a: string, b: string) => number;
/** Shortest name word a misspelling is looked for (shorter words collide with ordinary ones). */
const FUZZY_MIN = 5;
const FUZZY_SIMILARITY = 0.9;

/** Whether `s` is a run of words from `vocab` and digits ("prabowogibran2024"). */
function splitsInto(s: string, vocab: ReadonlySet<string>): boolean {
  const ok = new Uint8Array(s.length + 1);
  ok[0] = 1;
  for (let i = 0; i < s.length; i++) {
    if (!ok[i]) continue;
    for (let j = i + 1; j <= s.length; j++) if (vocab.has(s.slice(i, j)) || /^\d+$/.test(s.slice(i, j))) ok[j] = 1;
  }
  return ok[s.length] === 1;
}

function deletions(w: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < w.length; i++) out.push(w.slice(0, i) + w.slice(i + 1));
  return out;
}

export class TargetIndex {
  private readonly root: TrieNode = { next: new Map(), hits: [] };
  private readonly handles = new Map<string, Entry>();
  private readonly hashtags = new Map<string, Entry>();
  /** Single-word names (≥ FUZZY_MIN letters) by themselves and by each one-letter deletion. */
  private readonly fuzzy = new Map<string, string[]>();
  private readonly singles = new Map<string, Entry[]>();
  private readonly honorifics: ReadonlySet<string>;
  private readonly packs: CompiledRules['packs'];

  constructor(compiled: CompiledRules, isOrdinary: (w: string) => boolean) {
    this.packs = compiled.packs;
    this.honorifics = new Set((compiled.macros.sebutan ?? []).flatMap((p) => (p.length === 1 && p[0]!.k === 'e' ? p[0]!.alts.filter((a) => a.k === 'w').map((a) => a.v) : [])));
    const e = compiled.entities;
    if (!e) return;
    type Base = Omit<Entry, 'form' | 'weak'>;
    // A person stands where they are listed as a candidate, and in every pair they belong to
    // (a national figure listed once in tokoh-politik runs for governor in a Pilkada pack's pair).
    const standsIn = new Map<string, string[]>();
    for (const p of e.people) if (p.role === 'candidate') standsIn.set(p.id, [p.pack]);
    for (const pair of e.pairs) for (const m of pair.members) standsIn.set(m, [...(standsIn.get(m) ?? []), pair.pack]);
    const add = (name: string, kind: 'person' | 'party' | 'slogan' | 'pair', weak: boolean, base: Base) => this.add({ ...base, weak, form: nameForm(name, kind, weak, isOrdinary) });
    const handle = (h: string, base: Base) => this.handles.set(handleKey(h), { ...base, weak: false, form: { words: [handleKey(h)], caps: false, honorific: false, tagOnly: false } });
    for (const p of e.people) {
      const base: Base = { kind: 'person', id: p.id, candidatePacks: standsIn.get(p.id) ?? [] };
      for (const n of p.names) add(n, 'person', false, base);
      for (const n of p.weak) add(n, 'person', true, base);
      for (const h of p.handles) handle(h, base);
      // @AniesBaswedan, @ganjar_pranowo: a full name written as one word.
      for (const n of p.names) if (nameWords(n).length > 1) handle(nameWords(n).join(''), base);
    }
    for (const p of e.pairs) for (const n of p.names) add(n, 'pair', false, { kind: 'pair', id: p.id, candidatePacks: [p.pack] });
    for (const p of e.parties) {
      const base: Base = { kind: 'party', id: p.id, candidatePacks: [] };
      for (const n of p.names) add(n, 'party', false, base);
      for (const n of p.weak) add(n, 'party', true, base);
      for (const h of p.handles) handle(h, base);
    }
    for (const s of e.slogans) add(s.text, 'slogan', s.weak, { kind: 'slogan', id: s.for ?? s.against ?? '', candidatePacks: [], ...(s.against ? { against: true } : {}) });
    for (const s of e.teams ?? []) add(s.text, 'party', s.weak, { kind: 'team', id: s.for ?? s.against ?? '', candidatePacks: [] });
    // A hashtag that is only names (#PrabowoGibran, #AniesSandi) also tags news about the pair:
    // weak. One with campaign words (#2019GantiPresiden, #MenangSatuPutaran) is a side taken.
    const nameOnly = new Set([...e.people.flatMap((p) => [...p.names, ...p.weak]), ...e.pairs.flatMap((p) => p.names)].flatMap(nameWords));
    for (const h of e.hashtags) {
      const words = nameWords(h.text);
      const onlyNames = splitsInto(words.join(''), nameOnly);
      this.hashtags.set(words.join(''), { kind: 'hashtag', id: h.for ?? h.against ?? '', weak: h.weak || onlyNames, candidatePacks: [], form: { words: [], caps: false, honorific: false, tagOnly: true }, ...(h.against ? { against: true } : {}) });
    }
  }

  private add(entry: Entry) {
    const words = entry.form.words;
    if (words.length === 0) return;
    let node = this.root;
    for (const w of words) {
      let next = node.next.get(w);
      if (!next) node.next.set(w, (next = { next: new Map(), hits: [] }));
      node = next;
    }
    node.hits.push(entry);
    const f = entry.form;
    if (words.length === 1 && !entry.weak && !f.caps && !f.honorific && entry.kind === 'person' && words[0]!.length >= FUZZY_MIN && /^[a-z]+$/.test(words[0]!)) {
      const w = words[0]!;
      const list = this.singles.get(w) ?? [];
      list.push(entry);
      this.singles.set(w, list);
      for (const d of [w, ...deletions(w)]) this.fuzzy.set(d, [...(this.fuzzy.get(d) ?? []), w]);
    }
  }

  /** Whether any of `packs` is in its window on `date`. */
  current(packs: readonly string[], date: string): boolean {
    return packs.some((pack) => {
      const info = this.packs.find((p) => p.id === pack);
      return !!info && validityOn(info, date) === 'valid';
    });
  }

  /** Every target in the draft, longest first where they overlap, in token order. */
  find(run: CheckRun, date: string, isKnownWord: (t: Token) => boolean): Target[] {
    const tokens = run.analysis.tokens;
    const out: Target[] = [];
    const emit = (start: number, end: number, e: Entry, via: Target['via'], weak = e.weak) => {
      // "Pak Prabowo", "Mas Gibran": the honorific is part of how the person is named.
      if (e.kind === 'person' && start > 0 && !tokens[start]!.tag && this.honorifics.has(tokens[start - 1]!.canon) && tokens[start - 1]!.sentence === tokens[start]!.sentence) start--;
      out.push({ start, end, kind: e.kind, id: e.id, weak, candidate: this.current(e.candidatePacks, date), via, ...(e.against ? { against: true } : {}) });
    };
    let hashtagDone = 0;
    const { leadFrom, leadTo } = run.analysis;
    for (let i = 0; i < tokens.length; i++) {
      if (i === leadFrom && leadTo > leadFrom) i = leadTo;
      if (i >= tokens.length) break;
      const t = tokens[i]!;
      if (t.tag && t.tagFirst && t.tag !== hashtagDone) {
        hashtagDone = t.tag;
        let j = i;
        let body = '';
        while (j < tokens.length && tokens[j]!.tag === t.tag) body += tokens[j++]!.text;
        const hit = this.hashtags.get(body);
        if (hit) emit(i, j, hit, 'hashtag');
      }
      if (t.mention) {
        const exact = this.handles.get(t.text);
        const hit = exact ? { entry: exact, weak: exact.weak } : this.handleContaining(t.text);
        if (hit) emit(i, i + 1, hit.entry, 'handle', hit.weak);
        continue;
      }
      const m = this.longestName(tokens, i);
      if (m) {
        for (const e of m.hits) emit(i, m.end, e, t.tag ? 'hashtag' : 'name');
        i = m.end - 1;
        continue;
      }
      const f = this.misspelt(t, isKnownWord);
      if (f) for (const e of f) emit(i, i + 1, e, 'fuzzy', true);
    }
    this.fromCues(run, out);
    return out.sort((a, b) => a.start - b.start || b.end - a.end);
  }

  private longestName(tokens: readonly Token[], i: number): { end: number; hits: Entry[] } | null {
    let node = this.root;
    let best: { end: number; hits: Entry[] } | null = null;
    const tag = tokens[i]!.tag;
    let caps = true;
    for (let j = i; j < tokens.length; j++) {
      const t = tokens[j]!;
      // A name does not run from a hashtag into the words after it, nor across sentences.
      if (t.tag !== tag || t.sentence !== tokens[i]!.sentence) break;
      const next = node.next.get(t.canon) ?? node.next.get(t.text);
      if (!next) break;
      node = next;
      caps &&= t.caps;
      const hits = node.hits.filter((e) => this.written(e.form, tokens, i, caps));
      if (hits.length) best = { end: j + 1, hits };
    }
    return best;
  }

  /** Whether a name found at token `i` is written the way its form asks (capitals, honorific, hashtag). */
  private written(f: NameForm, tokens: readonly Token[], i: number, caps: boolean): boolean {
    if (f.caps && !caps) return false;
    if (f.tagOnly && !tokens[i]!.tag) return false;
    if (f.honorific) {
      const prev = tokens[i - 1];
      if (!prev || prev.sentence !== tokens[i]!.sentence || !this.honorifics.has(prev.canon)) return false;
    }
    return true;
  }

  /** A handle that carries a name of six letters or more ("@sobat_ganjar", "@prabowo08"): weak. */
  private handleContaining(handle: string): { entry: Entry; weak: boolean } | null {
    for (const [name, entries] of this.singles) {
      if (name.length >= 6 && handle.includes(name)) return { entry: entries[0]!, weak: true };
    }
    return null;
  }

  /** A capitalised or hashtag word one letter away from a known single-word name ("Prabowoo", "Ganjr"). */
  private misspelt(t: Token, isKnownWord: (t: Token) => boolean): Entry[] | null {
    const w = t.canon;
    if (w.length < FUZZY_MIN - 1 || !/^[a-z]+$/.test(w) || this.singles.has(w) || isKnownWord(t)) return null;
    const seen = new Set<string>();
    for (const d of [w, ...deletions(w)]) {
      for (const name of this.fuzzy.get(d) ?? []) {
        if (seen.has(name)) continue;
        seen.add(name);
        if (Math.abs(name.length - w.length) <= 1 && distance(w, name) >= FUZZY_SIMILARITY) return this.singles.get(name)!;
      }
    }
    return null;
  }

  /** Targets the pattern cues find (numbers, camps, candidate roles, candidates by context). */
  private fromCues(run: CheckRun, out: Target[]) {
    const cues = run.index.compiledCues;
    for (let q = 0; q < cues.length; q++) {
      const cue = cues[q]!;
      if (cue.kind !== 'target') continue;
      // Overlapping matches of one cue are one target: "Bu Rina itu calon bupati" and "calon bupati
      // nomor urut 3" name the same candidate.
      const spans: Array<[number, number]> = [];
      for (const m of [...run.get('cue', q)].sort((a, b) => a.start - b.start || b.end - a.end)) {
        const last = spans[spans.length - 1];
        if (last && m.start < last[1]) last[1] = Math.max(last[1], m.end);
        else spans.push([m.start, m.end]);
      }
      for (const [start, end] of spans) out.push({ start, end, kind: cue.cls as TargetKind, weak: cue.weak === true, candidate: cue.cls === 'candidate' || cue.cls === 'role' || cue.cls === 'number', via: 'cue', cue: cue.id });
    }
  }
}

/**
 * How a name must appear to name its entity. Names that are also ordinary words or very short
 * are the risk: "PAS" the party is "pas" (just right), "Intan" the candidate is a gem, "AMAN"
 * the slogan is "safe". Such a name counts only written in capitals (an acronym), after an
 * honorific (a person: "Bu Intan"), or inside a hashtag (a one-word slogan).
 */
export interface NameForm {
  words: string[];
  caps: boolean;
  honorific: boolean;
  tagOnly: boolean;
}

export function nameForm(name: string, kind: 'person' | 'party' | 'slogan' | 'pair', weak: boolean, isOrdinary: (w: string) => boolean): NameForm {
  const words = nameWords(name);
  const letters = name.replace(/[^\p{L}]/gu, '');
  const acronym = letters.length >= 2 && letters === letters.toUpperCase() && words.length === 1;
  const one = words.length === 1 ? words[0]! : null;
  const caps = acronym && (weak || one!.length <= 2 || isOrdinary(one!));
  const honorific = !caps && kind === 'person' && weak && one !== null && (one.length <= 3 || isOrdinary(one));
  const tagOnly = !caps && kind === 'slogan' && weak && words.every(isOrdinary);
  return { words, caps, honorific, tagOnly };
}

/** The words of a name as the tokenizer reads them: "Ma'ruf Amin" → ma'ruf amin, "Prabowo-Gibran" → prabowo gibran. */
export function nameWords(name: string): string[] {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[’`]/g, "'")
    .split(/[^\p{L}\p{N}']+/u)
    .map((w) => w.replace(/^'+|'+$/g, ''))
    .filter(Boolean);
}

/** A handle as the tokenizer reads a mention: lower case, underscores dropped. */
export const handleKey = (h: string) => h.replace(/^@/, '').replace(/_/g, '').toLowerCase();
