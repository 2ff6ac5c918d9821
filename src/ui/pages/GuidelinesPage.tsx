/**
 * The guideline library: a contents list by theme, a search, and every guideline collapsed to
 * its title and one line. Each guideline has its own address (#id): a link from the dialog,
 * the popup or a colleague opens that guideline and scrolls to it.
 */
import { useEffect, useMemo, useState } from 'preact/hooks';
import loadGuidelines from 'virtual:netra-guidelines';
import { THEMES, type Guideline } from '../../engine/guideline';
import { getLang, t, type MessageKey } from '../i18n';
import { GuidelineEntry } from './GuidelineEntry';

const themeName = (theme: string) => t(`theme_${theme.replace(/-/g, '_')}` as MessageKey);

export function GuidelinesPage() {
  const lib = loadGuidelines();
  const lang = getLang();
  const [q, setQ] = useState('');
  const [target, setTarget] = useState(() => decodeURIComponent(location.hash.slice(1)));
  const all = Object.values(lib.guidelines);
  const shown = useMemo(() => {
    const needle = q.trim().toLowerCase();
    if (!needle) return all;
    return all.filter((g) => searchText(g, lang).includes(needle));
  }, [q]);

  // Deep links: open the guideline named in the address and bring it into view.
  useEffect(() => {
    const onHash = () => setTarget(decodeURIComponent(location.hash.slice(1)));
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, []);
  useEffect(() => {
    if (target) document.getElementById(target)?.scrollIntoView({ block: 'start' });
  }, [target]);

  const searching = q.trim() !== '';
  return (
    <main class="page library">
      <header class="library-head">
        <h1>{t('guidelinesTitle')}</h1>
        <p>{t('guidelinesIntro')}</p>
        <label class="field search">
          <span class="label">{t('guidelinesSearch')}</span>
          <input type="search" value={q} onInput={(e) => setQ((e.target as HTMLInputElement).value)} />
        </label>
        <p role="status" class="muted">
          {searching ? (shown.length ? t('guidelinesFound', shown.length) : t('guidelinesNone')) : ''}
        </p>
      </header>
      <div class="library-layout">
        <nav class="toc library-toc" aria-label={t('guidelinesToc')}>
          {THEMES.map((theme) => {
            const items = shown.filter((g) => g.theme === theme);
            if (items.length === 0) return null;
            return (
              <div key={theme}>
                <a class="toc-theme" href={`#theme-${theme}`}>
                  {themeName(theme)}
                </a>
                <ul>
                  {items.map((g) => (
                    <li key={g.id}>
                      <a href={`#${g.id}`} aria-current={g.id === target ? 'location' : undefined}>
                        {g.title[lang]}
                      </a>
                    </li>
                  ))}
                </ul>
              </div>
            );
          })}
        </nav>
        <div class="library-main">
          {THEMES.map((theme) => {
            const items = shown.filter((g) => g.theme === theme);
            if (items.length === 0) return null;
            return (
              <section key={theme} aria-labelledby={`theme-${theme}`}>
                <h2 id={`theme-${theme}`}>{themeName(theme)}</h2>
                {items.map((g) => (
                  <GuidelineEntry key={g.id} g={g} lang={lang} channels={lib.channels} open={g.id === target || (searching && shown.length <= 3)} />
                ))}
              </section>
            );
          })}
        </div>
      </div>
    </main>
  );
}

function searchText(g: Guideline, lang: 'id' | 'en'): string {
  return [g.title[lang], g.short[lang], g.explanation[lang], ...g.instead[lang], ...g.examples.allowed.map((e) => e[lang]), ...g.examples.forbidden.map((e) => e[lang]), ...g.legal.map((r) => `${r.ref[lang]} ${r.meaning[lang]}`)].join(' ').toLowerCase();
}
