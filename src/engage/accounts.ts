/**
 * Which accounts are campaign accounts on a given day, from the same entity lists the engine
 * reads (`rules/packs/*\/entities.yml`): a candidate's handle or exact name, a party's, a
 * campaign team's. Each counts only inside the window of the pack that makes it a candidate,
 * party or team in an election (`valid_from`/`valid_until` in pack.yml): after the inauguration
 * a sitting official's account is an official's account again, not a candidate's.
 *
 * Packs without a window (tokoh-politik: figures and the pairs of past elections) never make an
 * account a campaign account: they record history, not a running campaign.
 *
 * Exact matches only (a handle, or a display name equal to a person's full name): a fan page
 * or a news account that merely names a candidate is judged by its words, not by this table.
 */
import { validityOn } from '../engine/merge';
import type { CompiledRules, PackInfo } from '../engine/rules';

export interface KnownAccount {
  entity: 'person' | 'party' | 'team';
  id: string;
}

interface Entry extends KnownAccount {
  /** Packs whose windows make this a campaign account. */
  packs: string[];
}

/** Case, "@", spaces and punctuation do not matter in a handle. */
export function handleKey(h: string): string {
  return h.normalize('NFKC').replace(/^@+/, '').trim().toLowerCase();
}

/** A display name as compared: letters and digits, one space between words, lower case. */
export function nameKey(n: string): string {
  return n
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

export class AccountIndex {
  private readonly handles = new Map<string, Entry>();
  private readonly names = new Map<string, Entry>();
  /** Team names ("TKN Prabowo-Gibran") as name keys: a display name containing one is the team's. */
  private readonly teams: Array<{ key: string; entry: Entry }> = [];
  private readonly windows = new Map<string, PackInfo>();
  private readonly byId = new Map<string, Entry>();

  constructor(compiled: Pick<CompiledRules, 'packs' | 'entities'>) {
    for (const p of compiled.packs) if (p.validFrom || p.validUntil) this.windows.set(p.id, p);
    const e = compiled.entities;
    if (!e) return;
    const stands = new Map<string, Set<string>>();
    const standIn = (id: string, pack: string) => stands.set(id, (stands.get(id) ?? new Set()).add(pack));
    for (const p of e.people) if (p.role === 'candidate') standIn(p.id, p.pack);
    for (const pair of e.pairs) for (const m of pair.members) standIn(m, pair.pack);
    for (const p of e.people) {
      const packs = [...(stands.get(p.id) ?? [])].filter((k) => this.windows.has(k));
      if (packs.length === 0) continue;
      const entry: Entry = { entity: 'person', id: p.id, packs };
      this.byId.set(p.id, entry);
      for (const h of p.handles) this.handles.set(handleKey(h), entry);
      for (const n of p.names) this.names.set(nameKey(n), entry);
    }
    for (const pair of e.pairs) if (this.windows.has(pair.pack)) this.byId.set(pair.id, { entity: 'person', id: pair.id, packs: [pair.pack] });
    for (const p of e.parties) {
      if (!this.windows.has(p.pack)) continue;
      const entry: Entry = { entity: 'party', id: p.id, packs: [p.pack] };
      this.byId.set(p.id, entry);
      for (const h of p.handles) this.handles.set(handleKey(h), entry);
      for (const n of p.names) this.names.set(nameKey(n), entry);
    }
    for (const t of e.teams ?? []) {
      if (t.weak || !t.for || !this.windows.has(t.pack)) continue;
      this.teams.push({ key: nameKey(t.text), entry: { entity: 'team', id: t.for, packs: [t.pack] } });
    }
  }

  /** Whether the person, pair or party `id` is standing (or on the ballot) on `date`. */
  inElection(id: string, date: string): boolean {
    const e = this.byId.get(id);
    return !!e && this.open(e, date);
  }

  private open(e: Entry, date: string): boolean {
    return e.packs.some((p) => validityOn(this.windows.get(p)!, date) === 'valid');
  }

  /** The campaign account that `handle` or `name` is on `date` (YYYY-MM-DD), if any. */
  lookup(account: { handle?: string; name?: string }, date: string): KnownAccount | null {
    const hits: Entry[] = [];
    if (account.handle) {
      const h = this.handles.get(handleKey(account.handle));
      if (h) hits.push(h);
    }
    if (account.name) {
      const key = nameKey(account.name);
      const n = this.names.get(key);
      if (n) hits.push(n);
      const padded = ` ${key} `;
      for (const t of this.teams) if (padded.includes(` ${t.key} `)) hits.push(t.entry);
    }
    const open = hits.find((e) => this.open(e, date));
    return open ? { entity: open.entity, id: open.id } : null;
  }
}

/**
 * Names that say an account or group is a campaign team whoever it backs, on any day: "Tim
 * Pemenangan Hendra", "Timses Bu Ratna", "Posko Pemenangan 02", "Relawan Ratna Menang",
 * "Relawan 03". A bare "Relawan X" is not one ("Relawan Demokrasi" is KPU's own programme,
 * "Relawan PMI" a disaster team): it needs a campaign word or a ballot number beside it, or a
 * candidate's name, which the engine's findings and `AccountIndex` supply.
 */
const TEAM_NAME = /\b(tim pemenangan|tim sukses|timses|tim kampanye|posko pemenangan|relawan pemenangan|tkn|tpn|tkd|tim koalisi)\b/;
const VOLUNTEERS_FOR_A_WIN = /\b(relawan|pendukung|simpatisan|barisan|laskar|sahabat|sobat)\b.*\b(menang|menangkan|pemenangan|juara|lanjutkan|nomor urut|no urut|paslon|0[1-9])\b/;

export function isTeamName(name: string): boolean {
  const key = nameKey(name);
  return TEAM_NAME.test(key) || VOLUNTEERS_FOR_A_WIN.test(key);
}
