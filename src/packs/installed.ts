/**
 * Packs beyond the bundled ones: imported by the user in the options page, or delivered by
 * agency policy (compiled by the background when the policy arrives or changes). Both are
 * stored compiled, so content scripts never parse YAML; each is merged only while valid.
 * Installing (which compiles) lives in install.ts, kept out of the content script's bundle.
 */
import { browser } from 'wxt/browser';
import type { CompiledRules, PackInfo } from '../engine/rules';
import { mergeRules, validityOn, type Validity } from '../engine/merge';
import type { PolicyProblem } from '../settings/policy';

export interface InstalledPack {
  info: PackInfo;
  source: 'user' | 'policy';
  fileName: string;
  checksum: string;
  installedAt: number;
  compiled: CompiledRules;
}

export interface PolicyPackReport {
  /** When the background last compiled the policy's packs. */
  at: number;
  /** Each broken pack, with its place (`extraPacks[1]:12`); notes on the installed ones. */
  problems: PolicyProblem[];
}

export const USER_KEY = 'userPacks';
export const POLICY_KEY = 'policyPacks';
export const POLICY_REPORT_KEY = 'policyPackReport';

/** A stored entry with the shape every reader relies on (anything else is dropped when read). */
function wellShaped(p: unknown): p is InstalledPack {
  const x = p as Partial<InstalledPack> | null;
  const c = x?.compiled;
  return !!x && typeof x === 'object' && typeof x.info?.id === 'string' && !!c && typeof c === 'object' && Array.isArray(c.rules) && Array.isArray(c.packs) && Array.isArray(c.contexts) && Array.isArray(c.vocab) && !!c.macros && typeof c.macros === 'object' && !!c.canon && typeof c.canon === 'object';
}

export async function loadInstalled(): Promise<InstalledPack[]> {
  return installedIn(await browser.storage.local.get(INSTALLED_KEYS));
}

/** The storage.local keys the installed packs are under (a caller may read them with others in one go). */
export const INSTALLED_KEYS = [USER_KEY, POLICY_KEY];

/** The installed packs in what storage.local gave for `INSTALLED_KEYS`. */
export function installedIn(got: Record<string, unknown>): InstalledPack[] {
  const list = (v: unknown) => (Array.isArray(v) ? v.filter(wellShaped) : []);
  return [...list(got[POLICY_KEY]), ...list(got[USER_KEY])];
}

export async function loadPolicyPackReport(): Promise<PolicyPackReport | null> {
  return ((await browser.storage.local.get(POLICY_REPORT_KEY))[POLICY_REPORT_KEY] as PolicyPackReport) ?? null;
}

export interface PackStatus {
  pack: InstalledPack;
  validity: Validity;
  inUse: boolean;
  /** The pack could not be used: building the engine with it failed (see active-engine.ts). */
  broken?: string;
}

export interface ActiveRules {
  rules: CompiledRules;
  /** Installed packs and why each is or is not in use today. */
  status: PackStatus[];
  /** Merging the packs in use failed; `rules` is then the bundled packs alone. */
  mergeError?: string;
}

/**
 * The bundled packs plus every installed pack that is valid today. Regional packs are used
 * only for the region the agency chose (policy regionPack) when it chose one; otherwise for the
 * region in the user's profile when a regional pack lists it; otherwise all of them.
 */
export function activeRules(bundled: CompiledRules, installed: InstalledPack[], today: string, regionPack?: string, profileRegion?: string): ActiveRules {
  // A regionPack that names no pack (a typo in the policy, reported in Settings) chooses none:
  // every regional pack stays in use rather than all of them going off.
  if (regionPack && !installed.some((p) => p.info.id === regionPack) && !bundled.packs.some((p) => p.id === regionPack)) regionPack = undefined;
  // The same for a profile region no pack lists: nothing is switched off by a region typed freely.
  const mine = !regionPack && profileRegion ? installed.filter((p) => p.info.kind === 'regional' && listsRegion(p.info.regions, profileRegion)).map((p) => p.info.id) : [];
  const status = installed.map((pack): PackStatus => {
    const validity = validityOn(pack.info, today);
    const regionOk = pack.info.kind !== 'regional' || (regionPack ? pack.info.id === regionPack : mine.length === 0 || mine.includes(pack.info.id));
    return { pack, validity, inUse: validity === 'valid' && regionOk };
  });
  const extras = status.filter((s) => s.inUse).map((s) => s.pack.compiled);
  try {
    return { rules: extras.length ? mergeRules(bundled, ...extras) : bundled, status };
  } catch (e) {
    // A stored pack that is not what it claims to be: active-engine.ts finds which one.
    return { rules: bundled, status, mergeError: e instanceof Error ? e.message : String(e) };
  }
}

/** "Kota Bandung", "kota  bandung", "Bandung" name one region; "Kab. Bogor" and "Kabupaten Bogor" too. */
export function regionKey(name: string): string {
  return name
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .replace(/^(provinsi|prov|kabupaten|kab|kota|kotamadya|city of|regency of) /, '')
    .trim();
}

function listsRegion(regions: readonly string[] | undefined, region: string): boolean {
  const key = regionKey(region);
  return !!key && (regions ?? []).some((r) => regionKey(r) === key);
}

export function watchInstalled(cb: () => void): () => void {
  const listener = (changes: Record<string, unknown>, area: string) => {
    if (area === 'local' && (USER_KEY in changes || POLICY_KEY in changes)) cb();
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
