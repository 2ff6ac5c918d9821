/**
 * Settings: language, the optional profile, what is shown (info hints, rules, sites), pictures
 * (the switch, logos to look for, trying a picture), rule packs,
 * the user's own acknowledgments, and export/import of everything as one file.
 * Controls an agency has locked are shown disabled, with the agency's name.
 */
import { useEffect, useMemo, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import loadGuidelines from 'virtual:netra-guidelines';
import type { Acknowledgment, EffectiveSettings, UserSettings } from '../../settings/model';
import { acknowledgmentsCsv, lockedPartsKept, parseSettingsFile, settingsFile } from '../../settings/transfer';
import { MAX_USER_LOGOS, clearAcknowledgments, loadAcknowledgments, loadEffective, loadUserLogos, loadUserSettings, saveUserLogos, saveUserSettings, watchSettings } from '../../settings/store';
import { SITES } from '../../sites';
import { getLang, setLang, t } from '../i18n';
import { pageEngine } from './engine';
import { PacksSection } from './PacksSection';
import { InstancesSection } from './InstancesSection';
import { PicturesSection } from './PicturesSection';
import { PolicySection, lockText } from './PolicySection';

export function OptionsPage() {
  const [user, setUser] = useState<UserSettings | null>(null);
  const [eff, setEff] = useState<EffectiveSettings | null>(null);
  const [acks, setAcks] = useState<Acknowledgment[]>([]);
  const [message, setMessage] = useState('');
  const [ruleFilter, setRuleFilter] = useState('');
  const lib = loadGuidelines();
  const rules = pageEngine().rules;

  const reload = async () => {
    const [u, e, a] = await Promise.all([loadUserSettings(), loadEffective(), loadAcknowledgments()]);
    setUser(u);
    setEff(e);
    setAcks(a);
    if (e.lang !== getLang()) {
      setLang(e.lang);
      document.documentElement.lang = e.lang;
    }
  };
  useEffect(() => {
    void reload();
    return watchSettings(() => void reload());
  }, []);

  const byPack = useMemo(() => {
    const m = new Map<string, typeof rules>();
    const needle = ruleFilter.trim().toLowerCase();
    for (const r of rules) {
      const g = lib.guidelines[r.guideline];
      const hay = `${r.id} ${r.message.id} ${r.message.en} ${g?.title.id ?? ''} ${g?.title.en ?? ''}`.toLowerCase();
      if (needle && !hay.includes(needle)) continue;
      m.set(r.pack, [...(m.get(r.pack) ?? []), r]);
    }
    return m;
  }, [rules, ruleFilter]);

  if (!user || !eff) return null;
  const lang = getLang();
  const lockNote = eff.agency?.name ? t('lockedBy', eff.agency.name) : t('lockedByAgency');
  const save = async (patch: Partial<UserSettings>) => {
    await saveUserSettings(patch);
    await reload();
    setMessage(t('optionsSaved'));
  };
  const toggleIn = <T,>(list: T[], item: T, on: boolean) => (on ? list.filter((x) => x !== item) : [...new Set([...list, item])]);

  const exportSettings = async () => download('netra-pengaturan.json', JSON.stringify(settingsFile(user, acks, await loadUserLogos()), null, 2), 'application/json');
  const importSettings = async (file: File) => {
    const r = parseSettingsFile(await file.text());
    if (!r.ok) return setMessage(t('optionsImportFailed', r.error));
    await saveUserSettings(r.settings);
    // Logos in the file are added to the ones here (same id: the file's copy wins).
    if (r.logos.length) {
      const ids = new Set(r.logos.map((l) => l.id));
      await saveUserLogos([...(await loadUserLogos()).filter((l) => !ids.has(l.id)), ...r.logos].slice(-MAX_USER_LOGOS));
    }
    await reload();
    const kept = lockedPartsKept(r.settings, eff.locked);
    setMessage(kept.length ? t('optionsImportedLocked', kept.map(lockText).join(', ')) : t('optionsImported'));
  };

  return (
    <main class="page options">
      <h1>{t('optionsTitle')}</h1>
      <p>{t('optionsIntro')}</p>
      {eff.agency?.name ? <p class="locked">{t('optionsManaged', eff.agency.name)}</p> : null}
      <p role="status" aria-live="polite" class="status">
        {message}
      </p>

      <PolicySection />

      <section aria-labelledby="lang-h">
        <h2 id="lang-h">{t('optionsLanguage')}</h2>
        <label>
          <span class="label">{t('optionsLanguage')}</span>
          <select value={user.lang} onChange={(e) => void save({ lang: (e.target as HTMLSelectElement).value as UserSettings['lang'] })}>
            <option value="auto">{t('optionsLangAuto')}</option>
            <option value="id">{t('langNameId')}</option>
            <option value="en">{t('langNameEn')}</option>
          </select>
        </label>
      </section>

      <section aria-labelledby="profile-h">
        <h2 id="profile-h">{t('optionsProfile')}</h2>
        <p class="muted">{t('optionsProfileHint')}</p>
        <form
          onSubmit={(e) => {
            e.preventDefault();
            const f = new FormData(e.target as HTMLFormElement);
            void save({ profile: { jobTitle: String(f.get('jobTitle') ?? '').trim(), agency: String(f.get('agency') ?? '').trim(), region: String(f.get('region') ?? '').trim() } });
          }}
        >
          <label>
            <span class="label">{t('optionsJobTitle')}</span>
            <input type="text" name="jobTitle" defaultValue={user.profile.jobTitle} placeholder="Kepala Dinas PUPR" />
          </label>
          <label>
            <span class="label">{t('optionsAgency')}</span>
            <input type="text" name="agency" defaultValue={user.profile.agency} placeholder="Pemerintah Kabupaten Sukamaju" />
          </label>
          <label>
            <span class="label">{t('optionsRegion')}</span>
            <input type="text" name="region" defaultValue={user.profile.region} placeholder="Kabupaten Sukamaju" />
          </label>
          <button type="submit" class="btn btn-primary">
            {t('optionsSaveProfile')}
          </button>
        </form>
      </section>

      <section aria-labelledby="shown-h">
        <h2 id="shown-h">{t('optionsShown')}</h2>
        <label class="switch">
          <input type="checkbox" checked={eff.showInfo} disabled={eff.locked.has('info')} onChange={(e) => void save({ showInfo: (e.target as HTMLInputElement).checked })} />
          <span>{t('optionsShowInfo')}</span>
        </label>
        {eff.locked.has('info') ? <p class="locked">{lockNote}</p> : null}

        <h3>{t('optionsSites')}</h3>
        {eff.locked.has('sites') ? <p class="locked">{lockNote}</p> : null}
        <ul class="plain">
          {SITES.map((s) => {
            const on = !eff.disabledSites.includes(s.id);
            return (
              <li key={s.id}>
                <label class="switch">
                  <input type="checkbox" checked={on} disabled={eff.locked.has('sites')} onChange={() => void save({ disabledSites: toggleIn(user.disabledSites, s.id, !on) })} />
                  <span>{s.name}</span>
                </label>
              </li>
            );
          })}
        </ul>

        <h3>{t('optionsRules')}</h3>
        {eff.locked.has('rules') ? <p class="locked">{lockNote}</p> : null}
        <label>
          <span class="label">{t('optionsRuleFilter')}</span>
          <input type="search" value={ruleFilter} onInput={(e) => setRuleFilter((e.target as HTMLInputElement).value)} />
        </label>
        {[...byPack.entries()].map(([pack, list]) => (
          <details key={pack}>
            <summary>
              {pack} ({list.length})
            </summary>
            <ul class="plain">
              {list.map((r) => {
                const on = !eff.disabledRules.includes(r.id);
                const forced = !user.disabledRules.includes(r.id) && !on;
                return (
                  <li key={r.id}>
                    <label class="switch">
                      <input type="checkbox" checked={on} disabled={eff.locked.has('rules') || forced} onChange={() => void save({ disabledRules: toggleIn(user.disabledRules, r.id, !on) })} />
                      <span>
                        {lib.guidelines[r.guideline]?.title[lang] ?? r.id} <code>{r.id}</code>
                      </span>
                    </label>
                    {forced ? <span class="locked"> {lockNote}</span> : null}
                  </li>
                );
              })}
            </ul>
          </details>
        ))}
      </section>

      <PicturesSection eff={eff} lockNote={lockNote} save={save} onMessage={setMessage} />

      <InstancesSection onMessage={setMessage} />

      <PacksSection onMessage={setMessage} regionPack={eff.regionPack} />

      <section aria-labelledby="acks-h">
        <h2 id="acks-h">{t('optionsAcks')}</h2>
        <p class="muted">{t('optionsAcksHint')}</p>
        {acks.length === 0 ? (
          <p>{t('optionsAcksNone')}</p>
        ) : (
          <table>
            <caption class="sr-only">{t('optionsAcks')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('optionsAckTime')}</th>
                <th scope="col">{t('optionsAckSite')}</th>
                <th scope="col">{t('optionsAckRules')}</th>
              </tr>
            </thead>
            <tbody>
              {[...acks].reverse().map((a) => (
                <tr key={a.time}>
                  <td>{new Date(a.time).toLocaleString(lang === 'id' ? 'id-ID' : 'en-GB')}</td>
                  <td>{SITES.find((s) => s.id === a.site)?.name ?? a.site}</td>
                  <td>{a.ruleIds.join(', ')}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        <div class="row">
          <button type="button" class="btn" disabled={acks.length === 0} onClick={() => download('netra-pengakuan.csv', acknowledgmentsCsv(acks), 'text/csv')}>
            {t('optionsAcksCsv')}
          </button>
          <button
            type="button"
            class="btn btn-danger"
            disabled={acks.length === 0}
            onClick={async () => {
              if (!confirm(t('optionsAcksClearConfirm'))) return;
              await clearAcknowledgments();
              await reload();
              setMessage(t('optionsAcksCleared'));
            }}
          >
            {t('optionsAcksClear')}
          </button>
        </div>
      </section>

      <section aria-labelledby="transfer-h">
        <h2 id="transfer-h">{t('optionsTransfer')}</h2>
        <p class="muted">{t('optionsTransferHint')}</p>
        <div class="row">
          <button type="button" class="btn" onClick={() => void exportSettings()}>
            {t('optionsExport')}
          </button>
          <label class="btn">
            {t('optionsImport')}
            <input type="file" accept="application/json,.json" class="sr-only" onChange={(e) => {
              const f = (e.target as HTMLInputElement).files?.[0];
              if (f) void importSettings(f);
            }} />
          </label>
        </div>
      </section>
      <p class="muted">
        <a href={browser.runtime.getURL('/guidelines.html')}>{t('linkGuidelines')}</a> · <a href={browser.runtime.getURL('/practice.html' as '/guidelines.html')}>{t('linkPractice')}</a>
      </p>
    </main>
  );
}

function download(name: string, content: string, type: string) {
  const url = URL.createObjectURL(new Blob([content], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
