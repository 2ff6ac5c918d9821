/**
 * The target layer: who or what a draft takes a side toward. From the entity lists
 * (`entities.yml` of each pack): people, pairs and parties by name, by handle (@First_Last,
 * @camelCase) and inside hashtags (#PrabowoGibran2024), names misspelt by one letter (string
 * distance from `natural`), known campaign hashtags and slogans. From target cues (`kind: target`
 * files): ballot numbers, camps, candidate roles, and candidates known only by context ("Pak
 * Yusuf Hadi cawalkot kita", "calon bupati nomor urut 3").
 *
 * The names are read once per draft, before any rule runs: the rules' name macros (`@kandidat`,
 * `@pasangan` …) hold one target atom each and ask this index where names of their class are.
 */
// @ts-expect-error: the deep module has no type declarations.
import jaroWinkler from 'natural/lib/natural/distance/jaro-winkler_distance.js';
import type { CheckRun } from './check-run';
import type { NameTable } from './matcher';
import { validityOn } from './merge';
import { caseless } from './names';
import type { CompiledRules, EntityPerson, TargetKind } from './rules';
import { institutionTest } from './institution-handles';
import { sortedSmall } from './sort-small';
import { handleKey, nameForm, nameWords, splitsInto, targetClassId, type NameForm } from './target-names';
import type { Token } from './tokenize';
import { rulesSignature, type TargetIndexSnapshot, type TargetIndexState } from './index-snapshot';
import { StoredTargets } from './target-store';

export { handleKey, nameForm, nameWords, targetClassId, type NameForm } from './target-names';

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
  /** Found by a cue whose words describe the person (`CompiledCue.described`): they evaluate nothing. */
  described?: boolean;
}

export interface Entry {
  kind: TargetKind;
  id: string;
  weak: boolean;
  /** How the name must be written to count (see `nameForm`). */
  form: NameForm;
  /** The packs in which the entity stands as a candidate (their windows decide when it is one). */
  candidatePacks: string[];
  /** The rules' name class (`@kandidat` …), or -1 for names rules do not ask for (hashtags). */
  cls: number;
  against?: boolean;
}

export interface TrieNode {
  /** Read-only once built (a loaded index's leaves share one empty table). */
  next: Map<string, TrieNode>;
  hits: Entry[];
}

/** The names of one draft: targets, and where each rule class's names start and end. */
export interface DraftNames {
  targets: Target[];
  table: NameTable;
}

/** What a word no list holds names: a person by misspelling, or a camp (see `unlistedName`). */
interface UnlistedName {
  fuzzy: Entry[] | null;
  camp: Entry | null;
}
const NOT_A_NAME: UnlistedName = { fuzzy: null, camp: null };

/**
 * An account no list knows, mentioned in the draft's body ("2029 pilih @Baskoro_Adiwinata",
 * "follow @KangUjangSopandi"): a weak target named like anyone with an honorific (`named`), so it
 * counts only in a draft about politics. Not an institution's, a newsroom's or a government
 * office's account, whose mention is a report or a complaint (`institution-handles.ts`).
 */
const UNKNOWN_HANDLE: Entry = { kind: 'named', id: '', weak: true, form: { words: [], caps: false, honorific: false, tagOnly: false }, candidatePacks: [], cls: -1 };

/**
 * What the name scan learns about one word, kept with the word's index keys (`WordKeys.names`,
 * one record per distinct word): a Map lookup hashes each token's fresh string on every check.
 */
export interface WordNames {
  /** The index these answers are from. */
  owner: TargetIndex;
  /** The name trie's first step for the word (null: no name starts with it). */
  root: TrieNode | null;
  /** See `unlistedName`; null until asked. */
  unlisted: UnlistedName | null;
}

/** Where a caller keeps a word's `WordNames`, one per token of the draft. */
export interface WordSlot {
  names: WordNames | null;
}

const distance = jaroWinkler as (a: string, b: string) => number;
/** Shortest name word a misspelling is looked for (shorter words collide with ordinary ones). */
const FUZZY_MIN = 5;
const VOWELS = /[aiueo]/g;
const VOWEL = /[aiueo]/;
const FUZZY_SIMILARITY = 0.9;
const NO_ENDS: number[] = [];

function deletions(w: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < w.length; i++) out.push(w.slice(0, i) + w.slice(i + 1));
  return out;
}

/**
 * Whether `a` and `b` differ by one edit: a letter changed, added or dropped, or two neighbours
 * swapped. Sharing a one-letter deletion also pairs words two edits apart ("ngajar", everyday
 * "teaching", and "ganjar" each lose their first "n"), which no misspelling of a name needs.
 */
export function oneEditApart(a: string, b: string): boolean {
  if (a === b) return true;
  if (a.length < b.length) [a, b] = [b, a];
  if (a.length - b.length > 1) return false;
  let i = 0;
  while (i < b.length && a[i] === b[i]) i++;
  if (a.length !== b.length) return a.slice(i + 1) === b.slice(i);
  if (a.slice(i + 1) === b.slice(i + 1)) return true;
  return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
}

const NO_GRAMMAR: ReadonlySet<string> = new Set();
const NO_ENTRIES: Entry[] = [];
const NO_LOWER: ReadonlySet<Entry> = new Set();

export class TargetIndex {
  // Its tables are read by `snapshot-write.ts` too (which the content script does not carry).
  root: TrieNode = { next: new Map(), hits: [] };
  handles = new Map<string, Entry>();
  hashtags = new Map<string, Entry>();
  /**
   * Single-word names (≥ FUZZY_MIN letters) by themselves and by each one-letter deletion: made
   * from `singles` when a draft first has a word that may be one misspelt (see `fuzzyNames`).
   */
  private fuzzy: Map<string, string[]> | null = null;
  /** See `skeletonNames`. */
  private skeletons: Map<string, string | null> | null = null;
  singles = new Map<string, Entry[]>();
  /** The honorifics that open a person's name ("pak", "bu", "kang": the `sebutan` macro). */
  readonly honorifics: ReadonlySet<string>;
  private readonly packs: CompiledRules['packs'];
  /** One-word names of people (four letters or more) a camp can be named after. */
  campNames = new Map<string, Entry>();
  readonly campSuffixes: readonly string[];
  private readonly namingWords: ReadonlySet<string>;
  private readonly kinWords: ReadonlySet<string>;
  private readonly firstPerson: ReadonlySet<string>;
  /** Whether a handle is an institution's (`institution-handles.ts`), made in either constructor path. */
  private readonly isInstitution: (handle: string) => boolean;

  /** See `unlistedName`. */
  private readonly unlisted = new Map<string, UnlistedName>();

  private readonly isOrdinary: (w: string) => boolean;
  /** The state this index was loaded from (`snapshot-write.ts` writes it back), and its tables until made. */
  readonly stored: TargetIndexState | undefined;
  private storedUnread: StoredTargets | null = null;

  /**
   * `isOrdinary`: whether a word is an everyday word (the stemmer's root words); `snapshot`: its
   * answers for these same entity lists, from the build (asking the stemmer costs start-up time).
   */
  constructor(compiled: CompiledRules, isOrdinary: (w: string) => boolean, snapshot?: TargetIndexSnapshot, stored?: TargetIndexState) {
    this.packs = compiled.packs;
    // From the rules, not the stored state: the state is used only with the rules it was made for.
    this.isInstitution = institutionTest(compiled.language?.institutionHandles ?? []);
    this.namingWords = new Set(compiled.language?.namingWords ?? []);
    this.kinWords = new Set(compiled.language?.kinWords ?? []);
    this.firstPerson = new Set(compiled.language?.firstPerson ?? []);
    if (stored) {
      // Loaded as `snapshot-write.ts` wrote it for these same rules (the caller checks): no name is read.
      this.isOrdinary = () => false;
      this.campSuffixes = stored.campSuffixes;
      this.honorifics = new Set(stored.honorifics);
      // Its tables are made on the first check (`loadTables`): the engine is ready sooner.
      this.stored = stored;
      this.storedUnread = new StoredTargets(stored);
      return;
    }
    if (snapshot && snapshot.sig === rulesSignature(compiled)) {
      const known = new Set(snapshot.ordinary);
      this.isOrdinary = (w) => known.has(w);
    } else {
      // (The build records its answers: `src/build/index-snapshot.ts`.)
      this.isOrdinary = isOrdinary;
    }
    this.campSuffixes = [...(compiled.language?.campSuffixes ?? [])].sort((a, b) => b.length - a.length);
    this.honorifics = new Set((compiled.macros.sebutan ?? []).flatMap((p) => (p.length === 1 && p[0]!.k === 'e' ? p[0]!.alts.filter((a) => a.k === 'w').map((a) => a.v) : [])));
    const e = compiled.entities;
    if (!e) return;
    // A person stands where they are listed as a candidate, and in every pair they belong to
    // (a national figure listed once in tokoh-politik runs for governor in a Pilkada pack's pair).
    const standsIn = new Map<string, string[]>();
    for (const p of e.people) if (p.role === 'candidate') standsIn.set(p.id, [p.pack]);
    for (const p of e.people) this.addCampNames(p);
    for (const pair of e.pairs) for (const m of pair.members) standsIn.set(m, [...(standsIn.get(m) ?? []), pair.pack]);
    for (const p of e.people) this.addPerson(p, standsIn.get(p.id) ?? []);
    this.addPairs(e);
    for (const p of e.parties) {
      const base = { kind: 'party' as const, id: p.id, candidatePacks: [] };
      for (const n of p.names) this.add(n, 'party', false, { ...base, cls: targetClassId('partai') });
      for (const n of p.weak) this.add(n, 'party', true, { ...base, cls: targetClassId('partai-singkat') });
      for (const h of p.handles) this.handle(h, { ...base, cls: targetClassId('partai') });
    }
    for (const s of e.slogans) this.add(s.text, 'slogan', s.weak, { kind: 'slogan', id: s.for ?? s.against ?? '', candidatePacks: [], cls: targetClassId(s.weak ? 'slogan-lemah' : 'slogan'), ...(s.against ? { against: true } : {}) });
    for (const s of e.teams ?? []) this.add(s.text, 'party', s.weak, { kind: 'team', id: s.for ?? s.against ?? '', candidatePacks: [], cls: targetClassId('tim-kampanye-nama') });
    this.addHashtags(e);
  }

  private addPerson(p: EntityPerson, candidatePacks: string[]) {
    const strong = targetClassId(p.role === 'candidate' ? 'kandidat' : 'tokoh');
    const weak = targetClassId(p.role === 'candidate' ? 'kandidat-lemah' : 'tokoh-lemah');
    const base = { kind: 'person' as const, id: p.id, candidatePacks };
    for (const n of p.names) this.add(n, 'person', false, { ...base, cls: strong });
    for (const n of p.weak) this.add(n, 'person', true, { ...base, cls: weak });
    for (const h of p.handles) this.handle(h, { ...base, cls: strong });
    // @AniesBaswedan, @ganjar_pranowo: a full name written as one word.
    for (const n of p.names) if (nameWords(n).length > 1) this.handle(nameWords(n).join(''), { ...base, cls: strong });
  }

  /** "Prabowo" → the camp "prabowers": one-word names that are not everyday words. */
  private addCampNames(p: EntityPerson) {
    for (const words of p.names.map(nameWords)) {
      const w = words[0]!;
      // An everyday word of five letters or more still names a camp with a supporters' ending:
      // "ganjar" is also a verb, "Ganjarist" only his supporters.
      if (words.length !== 1 || w.length < 4 || !/^[a-z]+$/.test(w) || (this.isOrdinary(w) && w.length < 5) || this.campNames.has(w)) continue;
      this.campNames.set(w, { kind: 'camp', id: p.id, weak: false, candidatePacks: [], cls: -1, form: { words: [w], caps: false, honorific: false, tagOnly: false } });
    }
  }

  /** Pairs by their names, and as their members' one-word names joined: "Prabowo dan Gibran". */
  private addPairs(e: NonNullable<CompiledRules['entities']>) {
    const byId = new Map(e.people.map((p) => [p.id, p]));
    const short = (id: string) => {
      const p = byId.get(id);
      return p ? p.names.map(nameWords).filter((w) => w.length === 1 && !this.isOrdinary(w[0]!)).map((w) => w[0]!) : [];
    };
    for (const p of e.pairs) {
      const base = { kind: 'pair' as const, id: p.id, candidatePacks: [p.pack], cls: targetClassId('pasangan') };
      for (const n of p.names) this.add(n, 'pair', false, base);
      const [a, b] = p.members;
      for (const x of short(a!)) for (const y of short(b!)) for (const join of ['', 'dan ', 'dengan ', 'sama ', 'bersama ']) this.add(`${x} ${join}${y}`, 'pair', false, base);
    }
  }

  private addHashtags(e: NonNullable<CompiledRules['entities']>) {
    // A hashtag that is only names (#PrabowoGibran, #AniesSandi) also tags news about the pair:
    // weak. One with campaign words (#2019GantiPresiden, #MenangSatuPutaran) is a side taken.
    const nameOnly = new Set([...e.people.flatMap((p) => [...p.names, ...p.weak]), ...e.pairs.flatMap((p) => p.names)].flatMap(nameWords));
    for (const h of e.hashtags) {
      const words = nameWords(h.text);
      // An election year makes it the campaign's tag (#PrabowoGibran2024), not a name.
      const onlyNames = !/\d/.test(h.text) && splitsInto(words.join(''), nameOnly);
      this.hashtags.set(words.join(''), { kind: 'hashtag', id: h.for ?? h.against ?? '', weak: h.weak || onlyNames, candidatePacks: [], cls: -1, form: { words: [], caps: false, honorific: false, tagOnly: true }, ...(h.against ? { against: true } : {}) });
    }
  }

  private handle(h: string, base: Omit<Entry, 'form' | 'weak'>) {
    this.handles.set(handleKey(h), { ...base, weak: false, form: { words: [handleKey(h)], caps: false, honorific: false, tagOnly: false } });
  }

  private add(name: string, kind: 'person' | 'party' | 'slogan' | 'pair', weak: boolean, base: Omit<Entry, 'form' | 'weak'>) {
    const entry: Entry = { ...base, weak, form: nameForm(name, kind, weak, this.isOrdinary) };
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
    if (words.length === 1 && !weak && !f.caps && !f.honorific && entry.kind === 'person' && words[0]!.length >= FUZZY_MIN && /^[a-z]+$/.test(words[0]!)) {
      const w = words[0]!;
      const list = this.singles.get(w) ?? [];
      list.push(entry);
      this.singles.set(w, list);
    }
  }

  /**
   * `fuzzy`, made on first use: each single-word name under itself and its one-letter deletions,
   * in the order the names were first added (a misspelling is read as the first that fits).
   */
  private fuzzyNames(): Map<string, string[]> {
    if (this.fuzzy) return this.fuzzy;
    const fuzzy = new Map<string, string[]>();
    for (const w of this.singles.keys()) {
      for (const d of [w, ...deletions(w)]) {
        const l = fuzzy.get(d);
        if (l) l.push(w);
        else fuzzy.set(d, [w]);
      }
    }
    return (this.fuzzy = fuzzy);
  }

  /**
   * `skeletons`, made on first use: each single-word name typed without its vowels ("prbw",
   * "gbrn", "gnjr"), as chat shortens words ("tlg", "kntr"). Only skeletons of four letters or
   * more, and only one name's: a skeleton two names share names neither.
   */
  private skeletonNames(): Map<string, string | null> {
    if (this.skeletons) return this.skeletons;
    const out = new Map<string, string | null>();
    for (const w of this.singles.keys()) {
      const k = w.replace(VOWELS, '');
      if (k.length < 4 || k === w) continue;
      out.set(k, out.has(k) && out.get(k) !== w ? null : w);
    }
    return (this.skeletons = out);
  }

  /** A loaded index's tables, made when first used (see `target-store.ts`). */
  private loadTables() {
    const s = this.storedUnread;
    if (!s) return;
    this.storedUnread = null;
    this.root = s.root;
    ({ handles: this.handles, hashtags: this.hashtags, singles: this.singles, campNames: this.campNames } = s.tables());
  }

  /** See `inPersonName`: made on first use. */
  private personWords: Set<string> | null = null;

  /**
   * Whether `word` is a word of a listed person's name ("fauzi" of Ilham Ari Fauzi, "grace" of
   * Grace Natalie): in a hashtag such a word is a name, though the rules know it as a word.
   */
  inPersonName(word: string): boolean {
    if (!this.personWords) {
      this.loadTables();
      const out = (this.personWords = new Set<string>());
      const walk = (n: TrieNode, path: string[]) => {
        if (n.hits.some((h) => h.kind === 'person')) for (const w of path) out.add(w);
        for (const [w, c] of n.next) walk(c, [...path, w]);
      };
      walk(this.root, []);
    }
    return this.personWords.has(word);
  }

  /**
   * Whether any of `packs` is in its window on `date`. A pack with no window at all (the national
   * figures, with the pairs of past elections) makes nobody a current candidate.
   */
  current(packs: readonly string[], date: string): boolean {
    return packs.some((pack) => {
      const info = this.packs.find((p) => p.id === pack);
      return !!info && (info.validFrom !== undefined || info.validUntil !== undefined) && validityOn(info, date) === 'valid';
    });
  }

  /**
   * Every entity name in the draft, before any rule runs: targets, and the name table the rules'
   * name macros read. Tokens in [leadFrom, leadTo) (a reply's inherited @mentions) are skipped.
   * `src`: the text the tokens' spans are in, whose capitals cut a handle into its parts.
   */
  names(tokens: readonly Token[], src: string, date: string, isKnownWord: (t: Token) => boolean, leadFrom: number, leadTo: number, words?: readonly WordSlot[], grammarWords: ReadonlySet<string> = NO_GRAMMAR): DraftNames {
    this.loadTables();
    const targets: Target[] = [];
    const table = new Map<number, number[]>();
    const n = 16;
    const starts = new Uint16Array(tokens.length);
    const mark = (start: number, end: number, cls: number) => {
      if (cls < 0) return;
      starts[start] = starts[start]! | (1 << cls);
      const key = start * n + cls;
      const l = table.get(key);
      if (!l) table.set(key, [end]);
      else if (!l.includes(end)) l.push(end);
    };
    const emit = (start: number, end: number, e: Entry, via: Target['via'], weak = e.weak) => {
      // "Keponakan saya namanya Ganjar": a name given as a name is a namesake, whatever is said
      // of "dia" after it.
      if (e.kind === 'person' && this.namedAfter(tokens, start)) return;
      if (e.kind === 'slogan' && this.ownKin(tokens, end)) return;
      mark(start, end, e.cls);
      // "Pak Prabowo", "Mas Gibran": the honorific is part of how the person is named.
      if (e.kind === 'person' && start > 0 && !tokens[start]!.tag && this.honorifics.has(tokens[start - 1]!.canon) && tokens[start - 1]!.sentence === tokens[start]!.sentence) {
        start--;
        mark(start, end, e.cls);
      }
      targets.push({ start, end, kind: e.kind, id: e.id, weak, candidate: this.current(e.candidatePacks, date), via, ...(e.against ? { against: true } : {}) });
    };
    this.scan(tokens, src, isKnownWord, leadFrom, leadTo, emit, words, grammarWords);
    return {
      targets: targets.sort((a, b) => a.start - b.start || b.end - a.end),
      table: {
        // The matcher asks at every token a target atom is tried at; most start no name of the class.
        ends: (i, cls) => ((starts[i]! & (1 << cls)) === 0 ? NO_ENDS : (table.get(i * n + cls) ?? NO_ENDS)),
        classesAt: (i) => starts[i]!,
      },
    };
  }

  /** "anak abah saya": a name ending in a kin word, with the writer's "saya" after it, is family. */
  private ownKin(tokens: readonly Token[], end: number): boolean {
    return end < tokens.length && this.kinWords.has(tokens[end - 1]!.canon) && tokens[end]!.sentence === tokens[end - 1]!.sentence && this.firstPerson.has(tokens[end]!.canon);
  }

  /** The words right before token `start` (an honorific aside) give a name as a name. */
  private namedAfter(tokens: readonly Token[], start: number): boolean {
    let i = start - 1;
    if (i >= 0 && this.honorifics.has(tokens[i]!.canon)) i--;
    return i >= 0 && !tokens[start]!.tag && tokens[i]!.sentence === tokens[start]!.sentence && this.namingWords.has(tokens[i]!.canon);
  }

  private scan(tokens: readonly Token[], src: string, isKnownWord: (t: Token) => boolean, leadFrom: number, leadTo: number, emit: (start: number, end: number, e: Entry, via: Target['via'], weak?: boolean) => void, words: readonly WordSlot[] | undefined, grammarWords: ReadonlySet<string>) {
    let hashtagDone = 0;
    // A draft in one case (no capitals, or nothing but) says nothing by case: "pks mah partai nu
    // bener", "rk nyapres 2029", "AMIN, SEMOGA CEPAT SEMBUH". A name that must be written in
    // capitals then counts as a weak name (beside a political word), neither as no name nor as
    // a sure one.
    const oneCase = caseless(tokens);
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
        // The accounts a reply opens with are who it answers, not what it is about.
        else if (i >= leadTo && !this.isInstitution(src.slice(t.start, t.end))) emit(i, i + 1, UNKNOWN_HANDLE, 'handle', true);
        continue;
      }
      const wn = words ? this.wordNames(words[i]!, t) : null;
      const m = this.longestName(tokens, i, wn, oneCase);
      // In one case, a weak acronym that is also a word of grammar is that word ("foto keluarga
      // pas lebaran": "pas" is "when", not PAS Aceh); "psi tembus 4%" is still the party. So is a
      // weak name written in lower case ("sampah tina pintu cai": Sundanese "from", not Tina).
      if (m && !(m.end === i + 1 && !t.tag && grammarWords.has(t.canon) && m.hits.every((e) => e.weak && (m.lower.has(e) || !t.cap)))) {
        for (const e of m.hits) emit(i, m.end, e, t.tag ? 'hashtag' : 'name', m.lower.has(e) ? true : undefined);
        i = m.end - 1;
        continue;
      }
      const u = wn ? (wn.unlisted ??= this.unlistedAnswer(t, isKnownWord)) : this.unlistedName(t, isKnownWord);
      // A name misspelt by one letter ("airinn", "Dumyati") is read as the person's weak name.
      if (u.fuzzy) for (const e of u.fuzzy) emit(i, i + 1, { ...e, cls: e.cls === targetClassId('kandidat') ? targetClassId('kandidat-lemah') : targetClassId('tokoh-lemah') }, 'fuzzy', true);
      else if (u.camp) emit(i, i + 1, u.camp, 'name');
    }
  }

  /** The word's `WordNames` from this index, made on its first use. */
  private wordNames(slot: WordSlot, t: Token): WordNames {
    let wn = slot.names;
    if (wn === null || wn.owner !== this) slot.names = wn = { owner: this, root: this.root.next.get(t.canon) ?? this.root.next.get(t.text) ?? null, unlisted: null };
    return wn;
  }

  /** The longest name starting at token `i` (`wn`: the token's word's `WordNames`, when kept). */
  private longestName(tokens: readonly Token[], i: number, wn: WordNames | null, caseless = false): { end: number; hits: Entry[]; lower: ReadonlySet<Entry> } | null {
    let node = this.root;
    let best: { end: number; hits: Entry[]; lower: ReadonlySet<Entry> } | null = null;
    const tag = tokens[i]!.tag;
    let caps = true;
    for (let j = i; j < tokens.length; j++) {
      const t = tokens[j]!;
      // A name does not run from a hashtag into the words after it, nor across sentences.
      if (t.tag !== tag || t.sentence !== tokens[i]!.sentence) break;
      const next = j === i && wn !== null ? wn.root : (node.next.get(t.canon) ?? node.next.get(t.text));
      if (!next) break;
      node = next;
      caps &&= t.caps;
      // Only on the way to longer names (a first word listed with others, never alone): no name
      // ends here, and nothing to filter (each filter made a new array).
      if (node.hits.length === 0) continue;
      // Names that ask for capitals, in a draft in one case: weak ones.
      const hits = caseless ? node.hits.filter((e) => !e.form.caps && this.written(e.form, tokens, i, caps)) : node.hits.filter((e) => this.written(e.form, tokens, i, caps));
      const lower = caseless ? node.hits.filter((e) => e.form.caps && this.written({ ...e.form, caps: false }, tokens, i, caps)) : NO_ENTRIES;
      if (hits.length || lower.length) best = { end: j + 1, hits: lower.length ? hits.concat(lower) : hits, lower: lower.length ? new Set(lower) : NO_LOWER };
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

  /**
   * A word no list holds read as a misspelt name or a camp, remembered per word: both answers
   * depend only on the word (its canonical and surface forms), and asking which words are
   * everyday words for every token of every check added up.
   */
  private unlistedName(t: Token, isKnownWord: (t: Token) => boolean): UnlistedName {
    const key = t.text === t.canon ? t.canon : t.canon + '\n' + t.text;
    let u = this.unlisted.get(key);
    if (u === undefined) {
      u = this.unlistedAnswer(t, isKnownWord);
      if (this.unlisted.size >= 50_000) this.unlisted.clear();
      this.unlisted.set(key, u);
    }
    return u;
  }

  private unlistedAnswer(t: Token, isKnownWord: (t: Token) => boolean): UnlistedName {
    const fuzzy = this.misspelt(t, isKnownWord);
    const camp = fuzzy ? null : this.campOf(t, isKnownWord);
    return fuzzy || camp ? { fuzzy, camp } : NOT_A_NAME;
  }

  /**
   * A capitalised or hashtag word one letter away from a known single-word name ("Prabowoo",
   * "Ganjr"), or the name typed without its vowels ("Gbrn").
   */
  private misspelt(t: Token, isKnownWord: (t: Token) => boolean): Entry[] | null {
    const w = t.canon;
    if (w.length < FUZZY_MIN - 1 || !/^[a-z]+$/.test(w) || this.singles.has(w) || isKnownWord(t)) return null;
    if (!VOWEL.test(w)) {
      const name = this.skeletonNames().get(w);
      if (name) return this.singles.get(name)!;
    }
    const seen = new Set<string>();
    for (const d of [w, ...deletions(w)]) {
      for (const name of this.fuzzyNames().get(d) ?? []) {
        if (seen.has(name)) continue;
        seen.add(name);
        if (oneEditApart(w, name) && distance(w, name) >= FUZZY_SIMILARITY) return this.singles.get(name)!;
      }
    }
    return null;
  }

  /**
   * A supporters' camp named after a politician ("prabowers", "ahoker", "jokowers"): a name with
   * one of the language's camp endings, the name's last letter possibly dropped before it.
   */
  private campOf(t: Token, isKnownWord: (t: Token) => boolean): Entry | null {
    const w = t.canon;
    // A supporters' word that is also a listed hashtag (#Ganjarist) is known, and still a camp written bare.
    if (w.length < 6 || !/^[a-z]+$/.test(w) || (isKnownWord(t) && !this.hashtags.has(w))) return null;
    for (const suffix of this.campSuffixes) {
      if (!w.endsWith(suffix)) continue;
      const stem = w.slice(0, -suffix.length);
      if (stem.length < 4) continue;
      const exact = this.campNames.get(stem);
      if (exact) return exact;
      for (const [name, entry] of this.campNames) if (name.length === stem.length + 1 && name.startsWith(stem)) return entry;
    }
    return null;
  }

  /** Targets the pattern cues find (numbers, camps, candidate roles, candidates by context). */
  fromCues(run: CheckRun): Target[] {
    const out: Target[] = [];
    const cues = run.index.compiledCues;
    for (let q = 0; q < cues.length; q++) {
      const cue = cues[q]!;
      if (cue.kind !== 'target') continue;
      // Most cues match nothing in a draft: no copy, no spans.
      const ms = run.get('cue', q);
      if (ms.length === 0) continue;
      // Overlapping matches of one cue are one target: "Bu Rina itu calon bupati" and "calon bupati
      // nomor urut 3" name the same candidate.
      const spans: Array<[number, number]> = [];
      for (const m of sortedSmall(ms.slice(), (a, b) => a.start - b.start || b.end - a.end)) {
        const last = spans[spans.length - 1];
        if (last && m.start < last[1]) last[1] = Math.max(last[1], m.end);
        else spans.push([m.start, m.end]);
      }
      for (const [start, end] of spans) if (cue.cls !== 'camp' || !this.ownKin(run.analysis.tokens, end)) out.push({ start, end, kind: cue.cls as TargetKind, weak: cue.weak === true, candidate: cue.cls === 'candidate' || cue.cls === 'role' || cue.cls === 'number', via: 'cue', cue: cue.id, ...(cue.described === true ? { described: true } : {}) });
    }
    return out;
  }
}
