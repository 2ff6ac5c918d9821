/**
 * The toolbar popup. At the top, Netra's mark and the state of this tab in one phrase (active
 * here, paused, switched off, not a supported site) and who manages Netra; then the current
 * draft's findings, one line each; pause; "Periksa teks"; links. Laid out for the browser's
 * 600 px popup limit: the findings scroll in their own box, so pause and the check box never
 * move below the fold however long the list is.
 */
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import loadGuidelines from 'virtual:netra-guidelines';
import { findingLines, type FindingLine } from '../../engine/summary';
import type { EffectiveSettings } from '../../settings/model';
import { loadEffective, loadPolicyReport, loadUserSettings, saveUserSettings, watchSettings } from '../../settings/store';
import { tabState } from '../../settings/tab-state';
import { t } from '../i18n';
import { CheckText } from './popup/CheckText';
import { readCurrentTab, type CurrentTab } from './popup/current-tab';
import { FindingDetail, FindingLines } from './popup/FindingLines';
import { PopupHead } from './popup/PopupHead';
import { pauseUntil } from './pause';

export function PopupPage() {
  const lib = loadGuidelines();
  const [settings, setSettings] = useState<EffectiveSettings | null>(null);
  const [pausedUntil, setPausedUntil] = useState(0);
  const [managed, setManaged] = useState(false);
  const [tab, setTab] = useState<CurrentTab | null>(null);
  const [detail, setDetail] = useState<FindingLine | null>(null);

  const refresh = async () => {
    const [eff, user, report] = await Promise.all([loadEffective(), loadUserSettings(), loadPolicyReport()]);
    setSettings(eff);
    setPausedUntil(user.pausedUntil);
    setManaged(report.managed);
  };
  useEffect(() => {
    void refresh();
    void readCurrentTab().then(setTab);
    return watchSettings(() => void refresh());
  }, []);

  if (!settings || !tab) return null;
  const siteOff = tab.siteId ? settings.disabledSites.includes(tab.siteId as never) : false;
  const state = tabState({ siteId: tab.siteId, reachable: tab.reachable, siteOff, paused: settings.paused });
  const agencyNote = settings.agency?.name ? t('lockedBy', settings.agency.name) : t('lockedByAgency');
  const openLibrary = (id?: string) => void browser.tabs.create({ url: browser.runtime.getURL(`/guidelines.html${id ? `#${id}` : ''}` as '/guidelines.html') });
  const openPage = (path: '/practice.html' | '/guidelines.html') => void browser.tabs.create({ url: browser.runtime.getURL(path as '/guidelines.html') });

  const toggleSite = async () => {
    if (!tab.siteId) return;
    const off = new Set((await loadUserSettings()).disabledSites);
    if (off.has(tab.siteId as never)) off.delete(tab.siteId as never);
    else off.add(tab.siteId as never);
    await saveUserSettings({ disabledSites: [...off] });
    await refresh();
  };
  const pause = async (kind: 'hour' | 'tomorrow' | 'resume') => {
    await saveUserSettings({ pausedUntil: kind === 'resume' ? 0 : pauseUntil(kind, new Date()) });
    await refresh();
  };

  return (
    <main class="popup">
      <PopupHead state={state} siteName={tab.siteName} pausedUntil={pausedUntil} managed={managed} agencyName={settings.agency?.name} />
      {detail ? (
        <FindingDetail line={detail} library={lib} onBack={() => setDetail(null)} onLibrary={openLibrary} />
      ) : (
        <section class="popup-tab" aria-label={t('popupThisTab')}>
          {state === 'active' ? (
            tab.findings.length === 0 ? (
              <p class="ok">{t('popupNoFindings')}</p>
            ) : (
              <>
                <p class="popup-count">{t('popupFindings', findingLines(tab.findings).length)}</p>
                <div class="popup-scroll">
                  <FindingLines findings={tab.findings} library={lib} onOpen={setDetail} />
                </div>
              </>
            )
          ) : (
            <p class="muted">{t(state === 'paused' ? 'popupPausedHint' : state === 'site-off' ? 'popupSiteOffHint' : state === 'reload' ? 'popupReload' : 'popupUnsupported')}</p>
          )}
          {tab.siteId ? (
            <label class="switch">
              <input type="checkbox" checked={!siteOff} disabled={settings.locked.has('sites')} onChange={toggleSite} />
              <span>{t('popupActiveHere', tab.siteName ?? tab.siteId)}</span>
            </label>
          ) : null}
          {tab.siteId && settings.locked.has('sites') ? <p class="locked">{agencyNote}</p> : null}
        </section>
      )}

      <section class="popup-pause" aria-labelledby="pause-h">
        <h2 id="pause-h">{t('popupPause')}</h2>
        {settings.locked.has('pause') ? (
          <p class="locked">{agencyNote}</p>
        ) : settings.paused ? (
          <button type="button" class="btn" onClick={() => void pause('resume')}>
            {t('popupResume')}
          </button>
        ) : (
          <div class="row">
            <button type="button" class="btn" onClick={() => void pause('hour')}>
              {t('popupPauseHour')}
            </button>
            <button type="button" class="btn" onClick={() => void pause('tomorrow')}>
              {t('popupPauseTomorrow')}
            </button>
          </div>
        )}
      </section>

      <CheckText settings={settings} library={lib} onOpen={setDetail} hideResults={detail !== null} />

      <nav class="popup-nav" aria-label={t('popupMore')}>
        <button type="button" class="link" onClick={() => openLibrary()}>
          {t('linkGuidelines')}
        </button>
        <button type="button" class="link" onClick={() => openPage('/practice.html')}>
          {t('linkPractice')}
        </button>
        <button type="button" class="link" onClick={() => void browser.runtime.openOptionsPage()}>
          {t('linkOptions')}
        </button>
      </nav>
    </main>
  );
}
