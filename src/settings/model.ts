/**
 * The settings model: what the user chose (storage.local), what an agency enforces (managed
 * policy, storage.managed) and the effective result every part of Netra reads. Pure: the merge
 * is unit-tested without a browser.
 */
import type { Enforcement } from './enforcement';
import type { SiteId } from '../sites/types';
import type { EngageAction } from '../engage/types';

export interface UserSettings {
  /** Format of the exported settings file; storage versioning is WXT's (src/settings/store.ts). */
  version: 1;
  /** 'auto' follows the browser's language. */
  lang: 'auto' | 'id' | 'en';
  /** Show hints of severity `info`. */
  showInfo: boolean;
  disabledRules: string[];
  disabledSites: SiteId[];
  /** Epoch ms until which Netra is paused everywhere; 0 when not paused. */
  pausedUntil: number;
  /** Optional, stored only on this device: recognises self-identification and picks the region pack. */
  profile: { jobTitle: string; agency: string; region: string };
  /** Look at pictures attached to a draft (logos, text in the picture). */
  checkPictures: boolean;
  /** Platforms where the engagement guard (likes, follows, joins of campaign targets) is off. */
  engageOffSites: SiteId[];
}

/** Switches an agency can lock. */
export type Lockable = 'pause' | 'sites' | 'rules' | 'info' | 'pictures' | 'engage';

export interface Policy {
  enforcement?: Enforcement;
  locked?: Lockable[];
  disabledRules?: string[];
  agencyName?: string;
  helpdesk?: string;
  guidelineUrl?: string;
  regionPack?: string;
  /** false: the welcome page is not opened when Netra is installed. */
  showWelcome?: boolean;
}

export interface EffectiveSettings {
  lang: 'id' | 'en';
  showInfo: boolean;
  disabledRules: string[];
  disabledSites: SiteId[];
  paused: boolean;
  enforcement: Enforcement;
  locked: Set<Lockable>;
  agency?: { name?: string; helpdesk?: string; guidelineUrl?: string };
  /** The regional pack the agency chose, if any. */
  regionPack?: string;
  profile: UserSettings['profile'];
  /** Attached pictures are checked. */
  pictures: boolean;
  /** Platforms where the engagement guard is off (none when the agency locks it on). */
  engageOffSites: SiteId[];
}

export const DEFAULT_SETTINGS: UserSettings = {
  version: 1,
  lang: 'auto',
  showInfo: false,
  disabledRules: [],
  disabledSites: [],
  pausedUntil: 0,
  profile: { jobTitle: '', agency: '', region: '' },
  checkPictures: true,
  engageOffSites: [],
};

/** Policy beats user settings; locked switches fall back to their defaults. */
export function effectiveSettings(user: Partial<UserSettings> | undefined, policy: Policy | undefined, now: number, browserLang: 'id' | 'en'): EffectiveSettings {
  const u: UserSettings = { ...DEFAULT_SETTINGS, ...(user ?? {}), profile: { ...DEFAULT_SETTINGS.profile, ...(user?.profile ?? {}) } };
  const p = policy ?? {};
  const locked = new Set<Lockable>(p.locked ?? []);
  const disabledRules = new Set([...(locked.has('rules') ? [] : u.disabledRules), ...(p.disabledRules ?? [])]);
  return {
    lang: u.lang === 'auto' ? browserLang : u.lang,
    showInfo: locked.has('info') ? DEFAULT_SETTINGS.showInfo : u.showInfo,
    disabledRules: [...disabledRules],
    disabledSites: locked.has('sites') ? [] : u.disabledSites,
    paused: !locked.has('pause') && u.pausedUntil > now,
    enforcement: p.enforcement ?? 'confirm',
    locked,
    agency: p.agencyName || p.helpdesk || p.guidelineUrl ? { name: p.agencyName, helpdesk: p.helpdesk, guidelineUrl: p.guidelineUrl } : undefined,
    ...(p.regionPack ? { regionPack: p.regionPack } : {}),
    profile: u.profile,
    pictures: locked.has('pictures') ? DEFAULT_SETTINGS.checkPictures : u.checkPictures,
    engageOffSites: locked.has('engage') ? [] : u.engageOffSites,
  };
}

/**
 * Settings as stored (any version, any garbage) → the full, well-typed current shape: missing
 * fields get their defaults, wrong types are dropped, unknown fields are left out. The storage
 * migration to v2 (src/settings/store.ts), and every read, go through it.
 */
export function migrateUserSettings(stored: unknown): UserSettings {
  const s = stored && typeof stored === 'object' && !Array.isArray(stored) ? (stored as Record<string, unknown>) : {};
  const strings = (v: unknown) => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);
  const profile = (s.profile && typeof s.profile === 'object' ? s.profile : {}) as Record<string, unknown>;
  const text = (v: unknown) => (typeof v === 'string' ? v : '');
  return {
    version: 1,
    lang: s.lang === 'id' || s.lang === 'en' ? s.lang : 'auto',
    showInfo: s.showInfo === true,
    disabledRules: strings(s.disabledRules),
    disabledSites: strings(s.disabledSites) as SiteId[],
    pausedUntil: typeof s.pausedUntil === 'number' && Number.isFinite(s.pausedUntil) ? s.pausedUntil : 0,
    profile: { jobTitle: text(profile.jobTitle), agency: text(profile.agency), region: text(profile.region) },
    checkPictures: s.checkPictures !== false,
    engageOffSites: strings(s.engageOffSites) as SiteId[],
  };
}

export interface Acknowledgment {
  /** Epoch ms. */
  time: number;
  site: SiteId | 'practice';
  ruleIds: string[];
  /** For the engagement guard: what the user went ahead with (like, follow …); never the target. */
  action?: EngageAction;
}

/** Acknowledgments kept on the device; older entries drop off. */
export const MAX_ACKNOWLEDGMENTS = 500;

/** Findings the user marked "not a problem here" for a draft: recorded like an acknowledgement. */
export type Dismissal = Acknowledgment;
export const MAX_DISMISSALS = 500;

/** A logo the user added for the picture check (their own office's, say). */
export interface UserLogo {
  id: string;
  name: string;
  /** A small PNG as a data: URL (the options page shrinks it to at most 256 px). */
  image: string;
  /** Epoch ms. */
  added: number;
}

/** Enough for an office, its parent agency and a few more; each is a few kilobytes. */
export const MAX_USER_LOGOS = 12;
