/** Settings export/import as one file, and the acknowledgment list as CSV for the user's records. */
import { DEFAULT_SETTINGS, MAX_USER_LOGOS, type Acknowledgment, type Lockable, type UserLogo, type UserSettings } from './model';

export const SETTINGS_FILE_KIND = 'netra-settings';

/** The user's logos travel with the settings, so a colleague's browser can look for the same ones. */
export function settingsFile(settings: UserSettings, acknowledgments: Acknowledgment[], logos: readonly UserLogo[] = []) {
  return { kind: SETTINGS_FILE_KIND, version: 1, exportedAt: new Date().toISOString(), settings, acknowledgments, logos };
}

export type ParsedSettings = { ok: true; settings: UserSettings; acknowledgments: Acknowledgment[]; logos: UserLogo[] } | { ok: false; error: string };

/** Validate an imported settings file field by field; unknown fields are dropped. */
export function parseSettingsFile(text: string): ParsedSettings {
  let o: unknown;
  try {
    o = JSON.parse(text);
  } catch (e) {
    return { ok: false, error: `not JSON (${(e as Error).message})` };
  }
  const f = o as { kind?: unknown; settings?: Partial<UserSettings>; acknowledgments?: unknown; logos?: unknown };
  if (!f || f.kind !== SETTINGS_FILE_KIND || typeof f.settings !== 'object' || !f.settings) return { ok: false, error: 'not a Netra settings file' };
  const s = f.settings;
  const strings = (v: unknown) => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);
  const settings: UserSettings = {
    ...DEFAULT_SETTINGS,
    lang: s.lang === 'id' || s.lang === 'en' ? s.lang : 'auto',
    showInfo: s.showInfo === true,
    disabledRules: strings(s.disabledRules),
    disabledSites: strings(s.disabledSites) as UserSettings['disabledSites'],
    pausedUntil: 0,
    profile: {
      jobTitle: typeof s.profile?.jobTitle === 'string' ? s.profile.jobTitle : '',
      agency: typeof s.profile?.agency === 'string' ? s.profile.agency : '',
      region: typeof s.profile?.region === 'string' ? s.profile.region : '',
    },
    checkPictures: s.checkPictures !== false,
    engageOffSites: strings(s.engageOffSites) as UserSettings['engageOffSites'],
  };
  const acknowledgments = (Array.isArray(f.acknowledgments) ? f.acknowledgments : [])
    .filter((a): a is Acknowledgment => !!a && typeof a.time === 'number' && typeof a.site === 'string' && Array.isArray(a.ruleIds))
    .map((a) => ({ time: a.time, site: a.site, ruleIds: strings(a.ruleIds) }));
  const logos = (Array.isArray(f.logos) ? f.logos : [])
    .filter((l): l is UserLogo => !!l && typeof l.id === 'string' && typeof l.name === 'string' && typeof l.image === 'string' && /^data:image\/(png|jpeg);base64,[A-Za-z0-9+/=]+$/.test(l.image))
    .slice(0, MAX_USER_LOGOS)
    .map((l) => ({ id: l.id, name: l.name.slice(0, 80), image: l.image, added: typeof l.added === 'number' ? l.added : 0 }));
  return { ok: true, settings, acknowledgments, logos };
}

/**
 * The switches an imported file would have changed but the agency locks: they keep the agency's
 * value (effectiveSettings ignores the user's), and the import says so.
 */
export function lockedPartsKept(imported: UserSettings, locked: ReadonlySet<Lockable>): Lockable[] {
  const differs: Record<Lockable, boolean> = {
    pause: false, // a pause is never imported
    sites: imported.disabledSites.length > 0,
    rules: imported.disabledRules.length > 0,
    info: imported.showInfo !== DEFAULT_SETTINGS.showInfo,
    pictures: imported.checkPictures !== DEFAULT_SETTINGS.checkPictures,
    engage: imported.engageOffSites.length > 0,
  };
  return [...locked].filter((l) => differs[l]);
}

const csvCell = (s: string) => (/[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);

export function acknowledgmentsCsv(list: Acknowledgment[]): string {
  const rows = [['time', 'site', 'rule_ids'], ...list.map((a) => [new Date(a.time).toISOString(), a.site, a.ruleIds.join(' ')])];
  return rows.map((r) => r.map(csvCell).join(',')).join('\n') + '\n';
}
