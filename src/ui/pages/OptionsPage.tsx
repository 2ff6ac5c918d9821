/**
 * Settings, laid out as one page with a table of contents: the agency policy (when there is
 * one), language, the optional profile, where Netra checks, rules, pictures, Mastodon servers,
 * rule packs, the user's own "posted anyway" and "not a problem here" records, and export/import.
 * Controls an agency has locked are shown disabled, with the agency's name. Each section is its own component; this page loads and saves.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { Acknowledgment, EffectiveSettings, UserSettings } from '../../settings/model';
import { loadAcknowledgments, loadDismissals, loadEffective, loadUserSettings, saveUserSettings, watchSettings } from '../../settings/store';
import { getLang, setLang, t } from '../i18n';
import { AcksSection } from './AcksSection';
import { InstancesSection } from './InstancesSection';
import { LanguageSection } from './LanguageSection';
import { OptionsToc } from './OptionsToc';
import { PacksSection } from './PacksSection';
import { PicturesSection } from './PicturesSection';
import { PolicySection } from './PolicySection';
import { ProfileSection } from './ProfileSection';
import { RulesSection } from './RulesSection';
import { SitesSection } from './SitesSection';
import { TransferSection } from './TransferSection';

export function OptionsPage() {
  const [user, setUser] = useState<UserSettings | null>(null);
  const [eff, setEff] = useState<EffectiveSettings | null>(null);
  const [acks, setAcks] = useState<Acknowledgment[]>([]);
  const [dismissals, setDismissals] = useState<Acknowledgment[]>([]);
  const [message, setMessage] = useState('');
  const content = useRef<HTMLDivElement>(null);

  const reload = async () => {
    const [u, e, a, d] = await Promise.all([loadUserSettings(), loadEffective(), loadAcknowledgments(), loadDismissals()]);
    if (e.lang !== getLang()) {
      setLang(e.lang);
      document.documentElement.lang = e.lang;
    }
    setUser(u);
    setEff(e);
    setAcks(a);
    setDismissals(d);
  };
  useEffect(() => {
    void reload();
    return watchSettings(() => void reload());
  }, []);

  if (!user || !eff) return null;
  const lockNote = eff.agency?.name ? t('lockedBy', eff.agency.name) : t('lockedByAgency');
  const save = async (patch: Partial<UserSettings>) => {
    await saveUserSettings(patch);
    await reload();
    setMessage(t('optionsSaved'));
  };

  return (
    <main class="page options">
      <header class="options-head">
        <h1>{t('optionsTitle')}</h1>
        <p>{t('optionsIntro')}</p>
        {eff.agency?.name ? <p class="locked">{t('optionsManaged', eff.agency.name)}</p> : null}
      </header>
      <div class="options-layout">
        <aside class="options-side">
          <OptionsToc label={t('optionsToc')} root={() => content.current} />
          <p class="side-links">
            <a href={browser.runtime.getURL('/guidelines.html')}>{t('linkGuidelines')}</a>
            <a href={browser.runtime.getURL('/practice.html' as '/guidelines.html')}>{t('linkPractice')}</a>
            <a href={browser.runtime.getURL('/welcome.html' as '/guidelines.html')}>{t('linkWelcome')}</a>
          </p>
        </aside>
        <div class="options-main" ref={content}>
          <p role="status" aria-live="polite" class="status">
            {message}
          </p>
          <PolicySection />
          <LanguageSection value={user.lang} onChange={(lang) => void save({ lang })} />
          <ProfileSection profile={user.profile} onSave={(profile) => void save({ profile })} />
          <SitesSection user={user} eff={eff} lockNote={lockNote} save={save} />
          <RulesSection user={user} eff={eff} lockNote={lockNote} save={save} />
          <PicturesSection eff={eff} lockNote={lockNote} save={save} onMessage={setMessage} />
          <InstancesSection onMessage={setMessage} />
          <PacksSection onMessage={setMessage} regionPack={eff.regionPack} />
          <AcksSection acks={acks} onChanged={reload} onMessage={setMessage} />
          <AcksSection kind="dismissals" acks={dismissals} onChanged={reload} onMessage={setMessage} />
          <TransferSection user={user} acks={acks} locked={eff.locked} onChanged={reload} onMessage={setMessage} />
        </div>
      </div>
    </main>
  );
}
