/** Settings export/import as one file, and the acknowledgment list as CSV for the user's records. */
import { DEFAULT_SETTINGS, type Acknowledgment, type UserSettings } from './model';

export const SETTINGS_FILE_KIND = 'netra-settings';

export function settingsFile(settings: UserSettings, acknowledgments: Acknowledgment[]) {
  return { kind: SETTINGS_FILE_KIND, version: 1, exportedAt: new Date().toISOString(), settings, acknowledgments };
}

export type ParsedSettings = { ok: true; settings: UserSettings; acknowledgments: Acknowledgment[] } | { ok: false; error: string };

/** Validate an imported settings file field by field; unknown fields are dropped. */
export function parseSettingsFile(text: string): ParsedSettings {
  let o: unknown;
  try {
    o = JSON.parse(text);
  } catch (e) {
    return { ok: false, error: `not JSON (${(e as Error).message})` };
  }
  const f = o as { kind?: unknown; settings?: Partial<UserSettings>; acknowledgments?: unknown };
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
  };
  const acknowledgments = (Array.isArray(f.acknowledgments) ? f.acknowledgments : [])
    .filter((a): a is Acknowledgment => !!a && typeof a.time === 'number' && typeof a.site === 'string' && Array.isArray(a.ruleIds))
    .map((a) => ({ time: a.time, site: a.site, ruleIds: strings(a.ruleIds) }));
  return { ok: true, settings, acknowledgments };
}

const csvCell = (s: string) => (/[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);

export function acknowledgmentsCsv(list: Acknowledgment[]): string {
  const rows = [['time', 'site', 'rule_ids'], ...list.map((a) => [new Date(a.time).toISOString(), a.site, a.ruleIds.join(' ')])];
  return rows.map((r) => r.map(csvCell).join(',')).join('\n') + '\n';
}
