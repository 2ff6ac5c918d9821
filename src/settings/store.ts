/** Where settings live: browser.storage.local for the user, storage.managed for agency policy. */
import { browser } from 'wxt/browser';
import { DEFAULT_SETTINGS, MAX_ACKNOWLEDGMENTS, MAX_USER_LOGOS, effectiveSettings, type Acknowledgment, type EffectiveSettings, type Policy, type UserLogo, type UserSettings } from './model';

export { MAX_USER_LOGOS, type UserLogo };
import { detectLang } from '../ui/i18n';
import { parsePolicy, type ParsedPolicy } from './policy';

const SETTINGS_KEY = 'settings';
const ACK_KEY = 'acknowledgments';
const LOGOS_KEY = 'logos';

export async function loadUserSettings(): Promise<UserSettings> {
  const got = await browser.storage.local.get(SETTINGS_KEY);
  return { ...DEFAULT_SETTINGS, ...((got[SETTINGS_KEY] as Partial<UserSettings>) ?? {}) };
}

export async function saveUserSettings(patch: Partial<UserSettings>): Promise<UserSettings> {
  const next = { ...(await loadUserSettings()), ...patch };
  await browser.storage.local.set({ [SETTINGS_KEY]: next });
  return next;
}

/** The agency policy as read and validated; an absent or broken policy is never fatal. */
export async function loadPolicyReport(): Promise<ParsedPolicy> {
  let raw: unknown = {};
  try {
    raw = await browser.storage.managed.get(null);
  } catch {
    // No managed storage (no policy installed, or Firefox without policies.json).
  }
  return parsePolicy(raw);
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

/** Calls back whenever the user's settings or the agency policy change. */
export function watchSettings(cb: () => void): () => void {
  const listener = (_changes: unknown, area: string) => {
    if (area === 'local' || area === 'managed') cb();
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}

export async function addAcknowledgment(a: Acknowledgment): Promise<void> {
  const got = await browser.storage.local.get(ACK_KEY);
  const list = ((got[ACK_KEY] as Acknowledgment[]) ?? []).concat([{ time: a.time, site: a.site, ruleIds: [...a.ruleIds] }]);
  await browser.storage.local.set({ [ACK_KEY]: list.slice(-MAX_ACKNOWLEDGMENTS) });
}

export async function loadAcknowledgments(): Promise<Acknowledgment[]> {
  const got = await browser.storage.local.get(ACK_KEY);
  return (got[ACK_KEY] as Acknowledgment[]) ?? [];
}

export async function clearAcknowledgments(): Promise<void> {
  await browser.storage.local.remove(ACK_KEY);
}

export async function loadUserLogos(): Promise<UserLogo[]> {
  const got = await browser.storage.local.get(LOGOS_KEY);
  return (got[LOGOS_KEY] as UserLogo[] | undefined) ?? [];
}

export async function saveUserLogos(logos: readonly UserLogo[]): Promise<void> {
  if (logos.length > MAX_USER_LOGOS) throw new Error(`at most ${MAX_USER_LOGOS} logos`);
  await browser.storage.local.set({ [LOGOS_KEY]: logos });
}
