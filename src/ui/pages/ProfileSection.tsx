/** The optional profile: job title, agency and region, kept on this device only. */
import type { UserSettings } from '../../settings/model';
import { t } from '../i18n';
import { Section } from './Section';

export function ProfileSection({ profile, onSave }: { profile: UserSettings['profile']; onSave: (p: UserSettings['profile']) => void }) {
  return (
    <Section id="profile" title={t('optionsProfile')} hint={t('optionsProfileHint')}>
      <form
        class="profile"
        onSubmit={(e) => {
          e.preventDefault();
          const f = new FormData(e.target as HTMLFormElement);
          const get = (k: string) => String(f.get(k) ?? '').trim();
          onSave({ jobTitle: get('jobTitle'), agency: get('agency'), region: get('region') });
        }}
      >
        <label class="field">
          <span class="label">{t('optionsJobTitle')}</span>
          <input type="text" name="jobTitle" defaultValue={profile.jobTitle} placeholder="Kepala Dinas PUPR" />
        </label>
        <label class="field">
          <span class="label">{t('optionsAgency')}</span>
          <input type="text" name="agency" defaultValue={profile.agency} placeholder="Pemerintah Kabupaten Sukamaju" />
        </label>
        <label class="field">
          <span class="label">{t('optionsRegion')}</span>
          <input type="text" name="region" defaultValue={profile.region} placeholder="Kabupaten Sukamaju" />
        </label>
        <button type="submit" class="btn btn-primary">
          {t('optionsSaveProfile')}
        </button>
      </form>
    </Section>
  );
}
