/** Where Netra checks: one switch per platform, and whether light notes are shown too. */
import type { EffectiveSettings, UserSettings } from '../../settings/model';
import { SITES } from '../../sites';
import { t } from '../i18n';
import { Section } from './Section';

interface Props {
  user: UserSettings;
  eff: EffectiveSettings;
  lockNote: string;
  save: (patch: Partial<UserSettings>) => Promise<void>;
}

export function SitesSection({ user, eff, lockNote, save }: Props) {
  const toggleEngage = (id: (typeof SITES)[number]['id'], on: boolean) => void save({ engageOffSites: on ? [...new Set([...user.engageOffSites, id])] : user.engageOffSites.filter((s) => s !== id) });
  const toggle = (id: (typeof SITES)[number]['id'], on: boolean) => void save({ disabledSites: on ? [...new Set([...user.disabledSites, id])] : user.disabledSites.filter((s) => s !== id) });
  return (
    <Section id="sites" title={t('optionsSites')} hint={t('optionsSitesHint')}>
      {eff.locked.has('sites') ? <p class="locked">{lockNote}</p> : null}
      <ul class="plain sites">
        {SITES.map((s) => {
          const on = !eff.disabledSites.includes(s.id);
          return (
            <li key={s.id}>
              <label class="switch">
                <input type="checkbox" checked={on} disabled={eff.locked.has('sites')} onChange={() => toggle(s.id, on)} />
                <span>{s.name}</span>
              </label>
            </li>
          );
        })}
      </ul>
      <h3>{t('optionsEngage')}</h3>
      <p class="hint">{t('optionsEngageHint')}</p>
      {eff.locked.has('engage') ? <p class="locked">{lockNote}</p> : null}
      <ul class="plain sites">
        {SITES.filter((s) => s.engage).map((s) => {
          const on = !eff.engageOffSites.includes(s.id);
          return (
            <li key={s.id}>
              <label class="switch">
                <input type="checkbox" checked={on} disabled={eff.locked.has('engage')} onChange={() => toggleEngage(s.id, on)} data-engage-site={s.id} aria-label={t('optionsEngageSite', s.name)} />
                <span>{s.name}</span>
              </label>
            </li>
          );
        })}
      </ul>
      <h3>{t('optionsShown')}</h3>
      <label class="switch">
        <input type="checkbox" checked={eff.showInfo} disabled={eff.locked.has('info')} onChange={(e) => void save({ showInfo: (e.target as HTMLInputElement).checked })} />
        <span>{t('optionsShowInfo')}</span>
      </label>
      {eff.locked.has('info') ? <p class="locked">{lockNote}</p> : null}
    </Section>
  );
}
