/**
 * The toolbar popup: the current tab (supported? active? findings in the draft), a box to check
 * any text, pause, and links to the library, the practice room and settings.
 */
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import loadGuidelines from 'virtual:netra-guidelines';
import type { Finding } from '../../engine/finding';
import { isFlagged } from '../../engine/finding';
import type { EffectiveSettings } from '../../settings/model';
import { loadEffective, loadUserSettings, saveUserSettings } from '../../settings/store';
import { siteFor } from '../../sites';
import { FindingCard } from '../FindingCard';
import { t } from '../i18n';
import { pageEngine } from './engine';
import { pauseUntil } from './pause';

interface TabStatus {
  site: string;
  siteName: string;
  active: boolean;
  findings: Finding[];
}

export function PopupPage() {
  const lib = loadGuidelines();
  const [settings, setSettings] = useState<EffectiveSettings | null>(null);
  const [siteId, setSiteId] = useState<string | null>(null);
  const [status, setStatus] = useState<TabStatus | null>(null);
  const [text, setText] = useState('');
  const [checked, setChecked] = useState<Finding[] | null>(null);

  const refresh = async () => setSettings(await loadEffective());
  useEffect(() => {
    void refresh();
    void (async () => {
      const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
      const site = tab?.url ? (siteFor(hostOf(tab.url))?.id ?? null) : null;
      setSiteId(site);
      if (tab?.id !== undefined && site) {
        try {
          setStatus((await browser.tabs.sendMessage(tab.id, { type: 'netra:status' })) as TabStatus);
        } catch {
          // The page was open before Netra was installed: no content script there yet.
        }
      }
    })();
  }, []);

  if (!settings) return null;
  const agencyNote = settings.agency?.name ? t('lockedBy', settings.agency.name) : t('lockedByAgency');
  const siteOn = siteId ? !settings.disabledSites.includes(siteId as never) : false;
  const open = (path: string) => void browser.tabs.create({ url: browser.runtime.getURL(path as '/guidelines.html') });

  const toggleSite = async () => {
    if (!siteId) return;
    const user = await loadUserSettings();
    const off = new Set(user.disabledSites);
    if (off.has(siteId as never)) off.delete(siteId as never);
    else off.add(siteId as never);
    await saveUserSettings({ disabledSites: [...off] });
    await refresh();
  };
  const pause = async (kind: 'hour' | 'tomorrow' | 'resume') => {
    await saveUserSettings({ pausedUntil: kind === 'resume' ? 0 : pauseUntil(kind, new Date()) });
    await refresh();
  };

  return (
    <main class="popup">
      <header>
        <h1>Netra</h1>
        <p class="muted">{t('popupTagline')}</p>
      </header>

      <section aria-labelledby="tab-h">
        <h2 id="tab-h">{t('popupThisTab')}</h2>
        {siteId ? (
          <>
            <p>{t('popupSupported', status?.siteName ?? siteId)}</p>
            <label class="switch">
              <input type="checkbox" checked={siteOn} disabled={settings.locked.has('sites')} onChange={toggleSite} />
              <span>{t('popupActiveHere')}</span>
            </label>
            {settings.locked.has('sites') ? <p class="locked">{agencyNote}</p> : null}
            {status ? (
              status.findings.length === 0 ? (
                <p class="ok">{t('popupNoFindings')}</p>
              ) : (
                <>
                  <p class={isFlagged(status.findings) ? 'warn' : ''}>{t('popupFindings', status.findings.length)}</p>
                  {status.findings.map((f) => (
                    <div key={`${f.ruleId}:${f.start}`}>
                      <FindingCard finding={f} library={lib} />
                      <button type="button" class="link" onClick={() => open(`/guidelines.html#${f.guidelineId}`)}>
                        {t('popupReadMore')}
                      </button>
                    </div>
                  ))}
                </>
              )
            ) : (
              <p class="muted">{t('popupReload')}</p>
            )}
          </>
        ) : (
          <p>{t('popupUnsupported')}</p>
        )}
      </section>

      <section aria-labelledby="pause-h">
        <h2 id="pause-h">{t('popupPause')}</h2>
        {settings.locked.has('pause') ? (
          <p class="locked">{agencyNote}</p>
        ) : settings.paused ? (
          <>
            <p>{t('popupPaused')}</p>
            <button type="button" class="btn" onClick={() => pause('resume')}>
              {t('popupResume')}
            </button>
          </>
        ) : (
          <div class="row">
            <button type="button" class="btn" onClick={() => pause('hour')}>
              {t('popupPauseHour')}
            </button>
            <button type="button" class="btn" onClick={() => pause('tomorrow')}>
              {t('popupPauseTomorrow')}
            </button>
          </div>
        )}
      </section>

      <section aria-labelledby="check-h">
        <h2 id="check-h">{t('popupCheckTitle')}</h2>
        <label for="check-text" class="muted">
          {t('popupCheckHint')}
        </label>
        <textarea id="check-text" value={text} onInput={(e) => setText((e.target as HTMLTextAreaElement).value)} rows={4} />
        <button type="button" class="btn btn-primary" onClick={() => setChecked(pageEngine().check(text, { lang: settings.lang, disabled: settings.disabledRules, ...(settings.showInfo ? {} : { minSeverity: 'warning' as const }) }))}>
          {t('popupCheck')}
        </button>
        <div role="status" aria-live="polite">
          {checked === null ? null : checked.length === 0 ? (
            <p class="ok">{t('popupCheckClean')}</p>
          ) : (
            checked.map((f) => <FindingCard key={`${f.ruleId}:${f.start}`} finding={f} library={lib} />)
          )}
        </div>
      </section>

      <nav aria-label={t('popupMore')}>
        <button type="button" class="link" onClick={() => open('/guidelines.html')}>
          {t('linkGuidelines')}
        </button>
        <button type="button" class="link" onClick={() => open('/practice.html')}>
          {t('linkPractice')}
        </button>
        <button type="button" class="link" onClick={() => void browser.runtime.openOptionsPage()}>
          {t('linkOptions')}
        </button>
      </nav>
    </main>
  );
}

function hostOf(url: string): string {
  try {
    return new URL(url).hostname;
  } catch {
    return '';
  }
}
