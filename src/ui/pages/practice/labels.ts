/** Words for the practice room's ids: levels, themes, platforms, verdicts, teams. */
import type { Theme } from '../../../engine/guideline';
import { INDIVIDUAL } from '../../../practice/score';
import type { Level, Platform, Verdict } from '../../../practice/types';
import { t, type MessageKey } from '../../i18n';

const PLATFORM_NAMES: Record<Platform, string> = {
  x: 'X',
  facebook: 'Facebook',
  instagram: 'Instagram',
  linkedin: 'LinkedIn',
  threads: 'Threads',
  tiktok: 'TikTok',
  youtube: 'YouTube',
  bluesky: 'Bluesky',
  mastodon: 'Mastodon',
  whatsapp: 'WhatsApp',
};

export const platformName = (p: Platform) => PLATFORM_NAMES[p] ?? p;
export const levelName = (l: Level) => t(`level_${l}` as MessageKey);
export const themeName = (th: Theme) => t(`theme_${th.replace(/-/g, '_')}` as MessageKey);
export const verdictName = (v: Verdict) => t(v === 'boleh' ? 'practiceVerdictBoleh' : 'practiceVerdictTidak');
export const teamName = (team: string) => (team === INDIVIDUAL ? t('practiceYou') : team);
