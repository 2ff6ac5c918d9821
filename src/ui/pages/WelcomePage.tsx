/**
 * The page Netra opens once, when it is installed: what it does, privacy in one paragraph, a
 * draft to try, and how to pin the icon. Indonesian or English; switching here sets Netra's
 * language. The engine is built only when the user tries a draft.
 */
import { useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import loadGuidelines from 'virtual:netra-guidelines';
import type { Finding } from '../../engine/finding';
import type { FindingLine } from '../../engine/summary';
import { loadEffective, saveUserSettings } from '../../settings/store';
import { getLang, setLang, t, type Lang } from '../i18n';
import { initPageEngine, pageEngine } from './engine';
import { FindingDetail, FindingLines } from './popup/FindingLines';

export function WelcomePage() {
  const [lang, setPageLang] = useState<Lang>(getLang());
  const switchLang = async (next: Lang) => {
    await saveUserSettings({ lang: next });
    setLang(next);
    document.documentElement.lang = next;
    setPageLang(next);
  };
  const url = (p: string) => browser.runtime.getURL(p as '/popup.html');
  return (
    <main class="page welcome" key={lang}>
      <header class="welcome-hero">
        <img src={url('/icon/128.png')} alt="" width={72} height={72} />
        <div>
          <h1>{t('welcomeTitle')}</h1>
          <p class="welcome-lead">{t('welcomeLead')}</p>
        </div>
        <fieldset class="segmented welcome-lang">
          <legend class="sr-only">{t('optionsLanguage')}</legend>
          {(['id', 'en'] as const).map((l) => (
            <label key={l}>
              <input type="radio" name="lang" value={l} checked={lang === l} onChange={() => void switchLang(l)} />
              {t(l === 'id' ? 'langNameId' : 'langNameEn')}
            </label>
          ))}
        </fieldset>
      </header>

      <div class="welcome-grid">
        <section aria-labelledby="what-h">
          <h2 id="what-h">{t('welcomeWhatTitle')}</h2>
          <ul>
            <li>{t('welcomeWhat1')}</li>
            <li>{t('welcomeWhat2')}</li>
            <li>{t('welcomeWhat3')}</li>
          </ul>
        </section>
        <section aria-labelledby="privacy-h">
          <h2 id="privacy-h">{t('welcomePrivacyTitle')}</h2>
          <p>{t('welcomePrivacy')}</p>
        </section>
      </div>

      <TryDraft />

      <section aria-labelledby="pin-h" class="welcome-pin">
        <h2 id="pin-h">{t('welcomePinTitle')}</h2>
        <ol>
          <li>{t('welcomePin1')}</li>
          <li>{t('welcomePin2')}</li>
          <li>{t('welcomePin3')}</li>
        </ol>
      </section>

      <nav class="welcome-links" aria-label={t('welcomeLinks')}>
        <a href={url('/options.html')}>{t('linkOptions')}</a>
        <a href={url('/guidelines.html')}>{t('linkGuidelines')}</a>
        <a href={url('/practice.html')}>{t('linkPractice')}</a>
      </nav>
    </main>
  );
}

function TryDraft() {
  const lib = loadGuidelines();
  const [text, setText] = useState(t('welcomeTrySample'));
  const [found, setFound] = useState<Finding[] | null>(null);
  const [detail, setDetail] = useState<FindingLine | null>(null);
  const check = async () => {
    const s = await loadEffective();
    await initPageEngine(s.regionPack);
    setDetail(null);
    setFound(pageEngine().check(text, { lang: getLang(), disabled: s.disabledRules, minSeverity: 'warning' }));
  };
  return (
    <section aria-labelledby="try-h" class="welcome-try">
      <h2 id="try-h">{t('welcomeTryTitle')}</h2>
      <label for="try-text" class="muted">
        {t('welcomeTryHint')}
      </label>
      <textarea id="try-text" rows={3} value={text} onInput={(e) => setText((e.target as HTMLTextAreaElement).value)} />
      <button type="button" class="btn btn-primary" onClick={() => void check()}>
        {t('welcomeTryButton')}
      </button>
      <div role="status" aria-live="polite">
        {found === null ? null : found.length === 0 ? (
          <p class="ok">{t('popupCheckClean')}</p>
        ) : detail ? (
          <FindingDetail line={detail} library={lib} onBack={() => setDetail(null)} onLibrary={(id) => void browser.tabs.create({ url: browser.runtime.getURL(`/guidelines.html#${id}` as '/guidelines.html') })} />
        ) : (
          <FindingLines findings={found} library={lib} onOpen={setDetail} />
        )}
      </div>
      <p class="muted">
        {t('welcomeTryPractice')} <a href={browser.runtime.getURL('/practice.html' as '/popup.html')}>{t('linkPractice')}</a>
      </p>
    </section>
  );
}
