/** The guideline library: every guideline, grouped by theme, searchable, linkable by id. */
import { useEffect, useMemo, useState } from 'preact/hooks';
import loadGuidelines from 'virtual:netra-guidelines';
import { THEMES, type Guideline } from '../../engine/guideline';
import { getLang, t, type MessageKey } from '../i18n';
import '../page.css';

export function GuidelinesPage() {
  const lib = loadGuidelines();
  const lang = getLang();
  const [q, setQ] = useState('');
  const all = Object.values(lib.guidelines);
  const shown = useMemo(() => {
    const needle = q.trim().toLowerCase();
    if (!needle) return all;
    return all.filter((g) => JSON.stringify([g.title, g.short, g.explanation, g.examples]).toLowerCase().includes(needle));
  }, [q]);

  useEffect(() => {
    const id = location.hash.slice(1);
    if (id) document.getElementById(id)?.scrollIntoView();
  }, []);

  return (
    <main class="page">
      <h1>{t('guidelinesTitle')}</h1>
      <p>{t('guidelinesIntro')}</p>
      <label class="search">
        <span>{t('guidelinesSearch')}</span>
        <input type="search" value={q} onInput={(e) => setQ((e.target as HTMLInputElement).value)} />
      </label>
      {THEMES.map((theme) => {
        const items = shown.filter((g) => g.theme === theme);
        if (items.length === 0) return null;
        return (
          <section key={theme} aria-labelledby={`theme-${theme}`}>
            <h2 id={`theme-${theme}`}>{t(`theme_${theme.replace(/-/g, '_')}` as MessageKey)}</h2>
            {items.map((g) => (
              <GuidelineEntry key={g.id} g={g} lang={lang} channels={lib.channels} />
            ))}
          </section>
        );
      })}
      {shown.length === 0 ? <p role="status">{t('guidelinesNone')}</p> : null}
    </main>
  );
}

function GuidelineEntry({ g, lang, channels }: { g: Guideline; lang: 'id' | 'en'; channels: ReturnType<typeof loadGuidelines>['channels'] }) {
  return (
    <article id={g.id} class="guideline">
      <h3>{g.title[lang]}</h3>
      <p class="lead">{g.short[lang]}</p>
      <p>{g.explanation[lang]}</p>
      <h4>{t('findingInstead')}</h4>
      <ul>
        {g.instead[lang].map((s) => (
          <li key={s}>{s}</li>
        ))}
      </ul>
      <div class="examples">
        <div>
          <h4>{t('guidelinesAllowed')}</h4>
          <ul>
            {g.examples.allowed.map((e) => (
              <li key={e.id}>{e[lang]}</li>
            ))}
          </ul>
        </div>
        <div>
          <h4>{t('guidelinesForbidden')}</h4>
          <ul>
            {g.examples.forbidden.map((e) => (
              <li key={e.id}>{e[lang]}</li>
            ))}
          </ul>
        </div>
      </div>
      <h4>{t('findingLegal')}</h4>
      <ul>
        {g.legal.map((r) => (
          <li key={r.ref.id}>
            <strong>{r.ref[lang]}</strong>: {r.meaning[lang]}
          </li>
        ))}
      </ul>
      <p>{t('legalAppliesToAll')}</p>
      <h4>{t('findingSanction')}</h4>
      <p>{g.sanction.text[lang]}</p>
      <h4>{t('findingReport')}</h4>
      <ul>
        {g.report.map((id) => {
          const c = channels[id];
          if (!c) return null;
          return (
            <li key={id}>
              {c.url ? <a href={c.url} target="_blank" rel="noreferrer">{c.name[lang]}</a> : c.name[lang]} — {c.note[lang]}
            </li>
          );
        })}
      </ul>
    </article>
  );
}
