/**
 * A pack's `entities.yml` (or `entities:` in a single-file pack): the people, pairs, parties,
 * campaign hashtags and slogans of an election, each with where the facts come from. They go to
 * the target registry the engine reads, and into the shared name lists rules use (@kandidat,
 * @kandidat-lemah, @tokoh, @tokoh-lemah, @pasangan, @partai, @partai-singkat, @slogan,
 * @slogan-lemah), so every generic rule knows a pack's people without listing them twice.
 */
import { parsePattern } from '../engine/pattern';
import type { CompiledEntities, EntityCampaignWords, EntityPair, EntityParty, EntityPerson, Provenance } from '../engine/rules';
import { stem } from '../engine/stem';
import { nameVocab, nameWords, TARGET_CLASSES } from '../engine/target-names';
import type { Path, Source } from './compile-source';
import type { Compilation } from './compile-state';

const TOP_KEYS = new Set(['source', 'election', 'verified', 'people', 'pairs', 'parties', 'hashtags', 'slogans', 'teams']);
const PERSON_KEYS = new Set(['id', 'names', 'weak', 'nicknames', 'handles', 'party', 'role', 'office', 'region', 'number', 'pair', 'source', 'verified', 'election']);
const PAIR_KEYS = new Set(['id', 'members', 'names', 'number', 'office', 'region', 'source', 'verified', 'election']);
const PARTY_KEYS = new Set(['id', 'names', 'weak', 'number', 'leader', 'symbols', 'handles', 'source', 'verified']);
const ID = /^[a-z0-9][a-z0-9-]*$/;

export function emptyEntities(): CompiledEntities {
  return { people: [], pairs: [], parties: [], hashtags: [], slogans: [], teams: [] };
}

class EntityReader {
  constructor(
    private readonly c: Compilation,
    private readonly src: Source,
    private readonly pack: string,
    private readonly header: Provenance & { election?: string },
  ) {}

  fail(path: Path, reason: string) {
    this.src.fail(path, reason);
  }

  strings(path: Path, raw: unknown, required = false): string[] {
    if (raw === undefined && !required) return [];
    if (!Array.isArray(raw) || raw.some((x) => typeof x !== 'string' || !x.trim()) || (required && raw.length === 0)) {
      this.fail(path, `"${path[path.length - 1]}" must be a list of names`);
      return [];
    }
    for (const [i, n] of (raw as string[]).entries()) if (nameWords(n).length === 0) this.fail([...path, i], `"${n}" has no letters or digits`);
    return raw as string[];
  }

  provenance(path: Path, o: Record<string, unknown>): Provenance {
    if (o.source !== undefined && typeof o.source !== 'string') this.fail([...path, 'source'], 'source must be text');
    if (o.verified !== undefined && typeof o.verified !== 'boolean') this.fail([...path, 'verified'], 'verified must be true or false');
    const source = typeof o.source === 'string' ? o.source : this.header.source;
    if (!source) this.fail(path, 'every entry needs a source (in the file header or its own)');
    return { pack: this.pack, source, verified: typeof o.verified === 'boolean' ? o.verified : this.header.verified };
  }

  entry(path: Path, raw: unknown, keys: ReadonlySet<string>): Record<string, unknown> | null {
    if (!raw || typeof raw !== 'object' || Array.isArray(raw)) {
      this.fail(path, 'expected a mapping (key: value)');
      return null;
    }
    const o = raw as Record<string, unknown>;
    for (const k of Object.keys(o)) if (!keys.has(k)) this.fail([...path, k], `unknown field "${k}"`);
    const key = typeof o.id === 'string' ? o.id : typeof o.tag === 'string' ? o.tag : typeof o.text === 'string' ? o.text : null;
    if (key !== null) this.c.entityWhere.set(key, { file: this.src.file, line: this.src.line(path) });
    if (o.id !== undefined && (typeof o.id !== 'string' || !ID.test(o.id))) this.fail([...path, 'id'], 'id must be lower case with dashes, e.g. prabowo-subianto');
    return o;
  }

  optional(path: Path, o: Record<string, unknown>, key: string, kind: 'text' | 'id' | 'number'): string | number | undefined {
    const v = o[key];
    if (v === undefined || v === '') return undefined;
    if (kind === 'number') {
      if (typeof v !== 'number' || !Number.isInteger(v) || v < 1 || v > 99) this.fail([...path, key], `${key} must be a whole number from 1 to 99`);
      return typeof v === 'number' ? v : undefined;
    }
    if (typeof v !== 'string' || (kind === 'id' && !ID.test(v))) this.fail([...path, key], kind === 'id' ? `${key} must be an id (lower case with dashes)` : `${key} must be text`);
    return typeof v === 'string' ? v : undefined;
  }

  person(path: Path, raw: unknown): EntityPerson | null {
    const o = this.entry(path, raw, PERSON_KEYS);
    if (!o || typeof o.id !== 'string') {
      if (o) this.fail([...path, 'id'], 'every person needs an id');
      return null;
    }
    const role = o.role ?? 'figure';
    if (role !== 'candidate' && role !== 'figure') this.fail([...path, 'role'], 'role must be candidate or figure');
    const names = [...this.strings([...path, 'names'], o.names), ...this.strings([...path, 'nicknames'], o.nicknames)];
    const weak = this.strings([...path, 'weak'], o.weak);
    if (names.length + weak.length === 0) this.fail(path, 'a person needs names (or weak names)');
    const p: EntityPerson = { id: o.id, names, weak, handles: this.strings([...path, 'handles'], o.handles), role: role === 'candidate' ? 'candidate' : 'figure', ...this.provenance(path, o) };
    const party = this.optional(path, o, 'party', 'id');
    const office = this.optional(path, o, 'office', 'text');
    const region = this.optional(path, o, 'region', 'text');
    const number = this.optional(path, o, 'number', 'number');
    const pair = this.optional(path, o, 'pair', 'id');
    const election = this.optional(path, o, 'election', 'id') ?? this.header.election;
    if (party !== undefined) p.party = String(party);
    if (office !== undefined) p.office = String(office);
    if (region !== undefined) p.region = String(region);
    if (typeof number === 'number') p.number = number;
    if (pair !== undefined) p.pair = String(pair);
    if (election !== undefined) p.election = String(election);
    return p;
  }

  pairOf(path: Path, raw: unknown): EntityPair | null {
    const o = this.entry(path, raw, PAIR_KEYS);
    if (!o || typeof o.id !== 'string') {
      if (o) this.fail([...path, 'id'], 'every pair needs an id');
      return null;
    }
    const members = this.strings([...path, 'members'], o.members, true);
    if (members.length !== 2) this.fail([...path, 'members'], 'a pair has two members (person ids)');
    const p: EntityPair = { id: o.id, members, names: this.strings([...path, 'names'], o.names), ...this.provenance(path, o) };
    const number = this.optional(path, o, 'number', 'number');
    const office = this.optional(path, o, 'office', 'text');
    const region = this.optional(path, o, 'region', 'text');
    const election = this.optional(path, o, 'election', 'id') ?? this.header.election;
    if (typeof number === 'number') p.number = number;
    if (office !== undefined) p.office = String(office);
    if (region !== undefined) p.region = String(region);
    if (election !== undefined) p.election = String(election);
    return p;
  }

  party(path: Path, raw: unknown): EntityParty | null {
    const o = this.entry(path, raw, PARTY_KEYS);
    if (!o || typeof o.id !== 'string') {
      if (o) this.fail([...path, 'id'], 'every party needs an id');
      return null;
    }
    const p: EntityParty = { id: o.id, names: this.strings([...path, 'names'], o.names, true), weak: this.strings([...path, 'weak'], o.weak), symbols: this.strings([...path, 'symbols'], o.symbols), handles: this.strings([...path, 'handles'], o.handles), ...this.provenance(path, o) };
    const number = this.optional(path, o, 'number', 'number');
    const leader = this.optional(path, o, 'leader', 'id');
    if (typeof number === 'number') p.number = number;
    if (leader !== undefined) p.leader = String(leader);
    return p;
  }

  campaignWords(path: Path, raw: unknown, key: 'tag' | 'text'): EntityCampaignWords | null {
    const o = this.entry(path, raw, new Set([key, 'for', 'against', 'weak', 'election', 'source', 'verified']));
    if (!o) return null;
    const text = o[key];
    if (typeof text !== 'string' || !nameWords(text).length) {
      this.fail([...path, key], `"${key}" must be the ${key === 'tag' ? 'hashtag (without #)' : 'slogan'} as written`);
      return null;
    }
    if (o.weak !== undefined && typeof o.weak !== 'boolean') this.fail([...path, 'weak'], 'weak must be true or false');
    const w: EntityCampaignWords = { text: text.replace(/^#/, ''), weak: o.weak === true, ...this.provenance(path, o) };
    const f = this.optional(path, o, 'for', 'id');
    const a = this.optional(path, o, 'against', 'id');
    if (f !== undefined) w.for = String(f);
    if (a !== undefined) w.against = String(a);
    return w;
  }

  list<T>(data: Record<string, unknown>, key: string, read: (path: Path, raw: unknown) => T | null): T[] {
    const raw = data[key];
    if (raw === undefined || raw === null) return [];
    if (!Array.isArray(raw)) {
      this.fail([key], `${key} must be a list`);
      return [];
    }
    return raw.map((r, i) => read([key, i], r)).filter((x): x is T => x !== null);
  }
}

export function compileEntities(c: Compilation, src: Source, data: Record<string, unknown>, pack: string) {
  for (const k of Object.keys(data)) if (!TOP_KEYS.has(k)) src.fail([k], `unknown field "${k}"`);
  if (data.source !== undefined && typeof data.source !== 'string') src.fail(['source'], 'source must be text');
  if (data.election !== undefined && (typeof data.election !== 'string' || !ID.test(data.election))) src.fail(['election'], 'election must be an id such as pemilu-2024');
  const header = { pack, source: typeof data.source === 'string' ? data.source : '', verified: data.verified !== false, ...(typeof data.election === 'string' ? { election: data.election } : {}) };
  const r = new EntityReader(c, src, pack, header);
  const e = (c.out.entities ??= emptyEntities());
  const people = r.list(data, 'people', (p, x) => r.person(p, x));
  const pairs = r.list(data, 'pairs', (p, x) => r.pairOf(p, x));
  const parties = r.list(data, 'parties', (p, x) => r.party(p, x));
  const hashtags = r.list(data, 'hashtags', (p, x) => r.campaignWords(p, x, 'tag'));
  const slogans = r.list(data, 'slogans', (p, x) => r.campaignWords(p, x, 'text'));
  const teams = r.list(data, 'teams', (p, x) => r.campaignWords(p, x, 'text'));
  e.people.push(...people);
  e.pairs.push(...pairs);
  e.parties.push(...parties);
  e.hashtags.push(...hashtags);
  e.slogans.push(...slogans);
  e.teams.push(...teams);
  addNameMacros(c, src, parties);
  nameVocab({ people, pairs, parties, hashtags }, c.vocab);
}

/**
 * The rules' name macros hold one target atom each: the name index (engine/targets.ts) finds a
 * class's names in a draft, written the way their form asks (capitals for an acronym that is also
 * a word, an honorific before a first name that is an ordinary word, a hashtag for a one-word
 * slogan). Party symbols ("gambar banteng") stay patterns.
 */
function addNameMacros(c: Compilation, src: Source, parties: EntityParty[]) {
  for (const cls of TARGET_CLASSES) {
    const has = Object.hasOwn(c.out.macros, cls) && c.out.macros[cls]!.some((p) => p.length === 1 && p[0]!.k === 'e' && p[0]!.alts.some((a) => a.k === 't'));
    if (!has) c.addMacro(cls, [[{ k: 'e', alts: [{ k: 't', v: cls }] }]], { src, path: [] });
  }
  for (const party of parties) {
    for (const sym of party.symbols) {
      const words = nameWords(sym);
      if (words.length) c.addMacro('partai', [parsePattern(`gambar|lambang|logo|simbol ${words.join(' ')}`, stem)], { src, path: [] });
    }
  }
}

/**
 * Checks once every entity file is read: unique ids, and every reference points to a known id.
 * `fail` gets the entry's id (or hashtag/slogan text) to say where.
 */
export function checkEntityRefs(entities: CompiledEntities | undefined, fail: (entry: string, reason: string) => void) {
  if (!entities) return;
  const ids = new Map<string, string>();
  const all: Array<{ id: string; pack: string }> = [...entities.people, ...entities.pairs, ...entities.parties];
  for (const x of all) {
    const prev = ids.get(x.id);
    if (prev) fail(x.id, `duplicate entity id "${x.id}" (also in pack ${prev})`);
    ids.set(x.id, x.pack);
  }
  const known = (id: string | undefined) => id === undefined || ids.has(id);
  for (const p of entities.people) {
    if (!known(p.pair)) fail(p.id, `person "${p.id}": unknown pair "${p.pair}"`);
    if (!known(p.party)) fail(p.id, `person "${p.id}": unknown party "${p.party}"`);
  }
  for (const p of entities.pairs) for (const m of p.members) if (!ids.has(m)) fail(p.id, `pair "${p.id}": unknown member "${m}"`);
  for (const p of entities.parties) if (!known(p.leader)) fail(p.id, `party "${p.id}": unknown leader "${p.leader}"`);
  for (const w of [...entities.hashtags, ...entities.slogans, ...entities.teams]) {
    if (!known(w.for)) fail(w.text, `"${w.text}": unknown id "${w.for}" in for`);
    if (!known(w.against)) fail(w.text, `"${w.text}": unknown id "${w.against}" in against`);
  }
}
