/** The language of Netra's own words: follow the browser, Indonesian or English. */
import type { UserSettings } from '../../settings/model';
import { t } from '../i18n';
import { Section } from './Section';

const CHOICES = [
  ['auto', 'optionsLangAuto'],
  ['id', 'langNameId'],
  ['en', 'langNameEn'],
] as const;

export function LanguageSection({ value, onChange }: { value: UserSettings['lang']; onChange: (lang: UserSettings['lang']) => void }) {
  return (
    <Section id="lang" title={t('optionsLanguage')} hint={t('optionsLanguageHint')}>
      <fieldset class="segmented">
        <legend class="sr-only">{t('optionsLanguage')}</legend>
        {CHOICES.map(([lang, key]) => (
          <label key={lang}>
            <input type="radio" name="lang" value={lang} checked={value === lang} onChange={() => onChange(lang)} />
            {t(key)}
          </label>
        ))}
      </fieldset>
    </Section>
  );
}
