/**
 * Where settings live: typed WXT storage items in browser.storage.local for the user (versioned,
 * with migrations), storage.managed for agency policy. Each item is watched on its own, so a
 * reader re-checks drafts only when something that changes judgement changed, never because an
 * acknowledgement was recorded.
 */
import { browser } from 'wxt/browser';
import { storage } from 'wxt/utils/storage';
import {
  DEFAULT_SETTINGS,
  MAX_ACKNOWLEDGMENTS,
  MAX_DISMISSALS,
  MAX_USER_LOGOS,
  effectiveSettings,
  migrateUserSettings,
  type Acknowledgment,
  type Dismissal,
  type EffectiveSettings,
  type Policy,
  type UserLogo,
  type UserSettings,
} from './model';

export { MAX_USER_LOGOS, type UserLogo };
import { detectLang } from '../ui/i18n';
import { parsePolicy, type ParsedPolicy } from './policy';

/**
 * The user's settings. v1 was whatever the options page had written (fields could be missing or
 * of the wrong type); v2 is always the full, well-typed shape (`migrateUserSettings`).
 */
export const userSettingsItem = storage.defineItem<UserSettings>('local:settings', {
  fallback: DEFAULT_SETTINGS,
  version: 2,
  migrations: { 2: migrateUserSettings },
});

/** Posts sent despite findings: rule ids, site and time only, never text. */
export const acknowledgmentsItem = storage.defineItem<Acknowledgment[]>('local:acknowledgments', { fallback: [], version: 1 });

/** Findings the user marked "not a problem here": rule ids, site and time only, never text. */
export const dismissalsItem = storage.defineItem<Dismissal[]>('local:dismissals', { fallback: [], version: 1 });

/** Logos the user added for the picture check. */
export const userLogosItem = storage.defineItem<UserLogo[]>('local:logos', { fallback: [], version: 1 });

export async function loadUserSettings(): Promise<UserSettings> {
  // Tests and older builds may have written a partial object: the defaults fill it.
  return migrateUserSettings(await userSettingsItem.getValue());
}

export async function saveUserSettings(patch: Partial<UserSettings>): Promise<UserSettings> {
  const next = migrateUserSettings({ ...(await loadUserSettings()), ...patch });
  await userSettingsItem.setValue(next);
  return next;
}

/** The agency policy as read and validated; an absent or broken policy is never fatal. */
export async function loadPolicyReport(): Promise<ParsedPolicy> {
  return (await readPolicy()).parsed;
}

async function readPolicy(): Promise<{ parsed: ParsedPolicy; read: boolean }> {
  let raw: unknown = {};
  let read = false;
  try {
    raw = await browser.storage.managed.get(null);
    read = true;
  } catch {
    // No managed storage (no policy installed, or Firefox without policies.json).
  }
  return { parsed: parsePolicy(raw), read };
}

/**
 * The last agency policy the browser delivered, without its packs and logos (those are stored
 * compiled on their own). storage.managed can take seconds to answer after the browser starts;
 * until it does, pages apply this copy, locks included, rather than the user's settings alone.
 */
export const policyCacheItem = storage.defineItem<Policy | null>('local:policyCache', { fallback: null, version: 1 });

/** Background: keep the cached copy equal to what the browser delivered (written only on change). */
export async function cachePolicy(): Promise<void> {
  const { parsed, read } = await readPolicy();
  if (!read) return; // a failed read says nothing about the policy: the copy stays
  const { extraPacks: _packs, logos: _logos, ...policy } = parsed.policy;
  const next = parsed.managed ? policy : null;
  if (JSON.stringify(next) !== JSON.stringify(await policyCacheItem.getValue())) await policyCacheItem.setValue(next);
}

/** Settings from the user's own and the cached policy: what applies until the policy answers. */
export async function loadEffectiveCached(): Promise<EffectiveSettings> {
  const [user, cached] = await Promise.all([loadUserSettings(), policyCacheItem.getValue().catch(() => null)]);
  return effectiveSettings(user, cached ?? undefined, Date.now(), detectLang(browser.i18n.getUILanguage()));
}

/** The agency policy as the browser delivered it, before Netra's checks ({} when there is none). */
export async function loadPolicyRaw(): Promise<unknown> {
  try {
    return await browser.storage.managed.get(null);
  } catch {
    return {};
  }
}

export async function loadPolicy(): Promise<Policy> {
  return (await loadPolicyReport()).policy;
}

export async function loadEffective(): Promise<EffectiveSettings> {
  const [user, policy] = await Promise.all([loadUserSettings(), loadPolicy()]);
  return effectiveSettings(user, policy, Date.now(), detectLang(browser.i18n.getUILanguage()));
}

/** Calls back whenever the user's settings or the agency policy change (any local key too). */
export function watchSettings(cb: () => void): () => void {
  const listener = (_changes: unknown, area: string) => {
    if (area === 'local' || area === 'managed') cb();
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}

/**
 * Calls back only when something that changes how drafts are judged changed: the user's
 * settings or the agency policy. Acknowledgements, dismissals and logos do not count.
 */
export function watchJudgement(cb: () => void): () => void {
  const unwatchUser = userSettingsItem.watch(() => cb());
  const managed = () => cb();
  // Every policy field bears on judgement (enforcement, locks, rules, region).
  const area = browser.storage.managed as typeof browser.storage.managed | undefined;
  area?.onChanged?.addListener(managed);
  return () => {
    unwatchUser();
    area?.onChanged?.removeListener(managed);
  };
}

export async function addAcknowledgment(a: Acknowledgment): Promise<void> {
  const list = await acknowledgmentsItem.getValue();
  await acknowledgmentsItem.setValue([...list, { time: a.time, site: a.site, ruleIds: [...a.ruleIds], ...(a.action ? { action: a.action } : {}) }].slice(-MAX_ACKNOWLEDGMENTS));
}

export function loadAcknowledgments(): Promise<Acknowledgment[]> {
  return acknowledgmentsItem.getValue();
}

export function clearAcknowledgments(): Promise<void> {
  return acknowledgmentsItem.removeValue();
}

export async function addDismissal(d: Dismissal): Promise<void> {
  const list = await dismissalsItem.getValue();
  await dismissalsItem.setValue([...list, { time: d.time, site: d.site, ruleIds: [...d.ruleIds] }].slice(-MAX_DISMISSALS));
}

export function loadDismissals(): Promise<Dismissal[]> {
  return dismissalsItem.getValue();
}

export function clearDismissals(): Promise<void> {
  return dismissalsItem.removeValue();
}

export function loadUserLogos(): Promise<UserLogo[]> {
  return userLogosItem.getValue();
}

export async function saveUserLogos(logos: readonly UserLogo[]): Promise<void> {
  if (logos.length > MAX_USER_LOGOS) throw new Error(`at most ${MAX_USER_LOGOS} logos`);
  await userLogosItem.setValue([...logos]);
}
