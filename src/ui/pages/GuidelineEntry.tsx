/**
 * One guideline in the library, collapsed to its title and one line. Opened: what it means,
 * what to do instead, allowed and not-allowed examples, the legal basis as the user reads it
 * (reference and plain meaning; the research grade is for maintainers and is not shown), the
 * possible sanction and where to report.
 */
import { useEffect, useState } from 'preact/hooks';
import type { Guideline, GuidelineLibrary } from '../../engine/guideline';
import { t } from '../i18n';

interface Props {
  g: Guideline;
  lang: 'id' | 'en';
  channels: GuidelineLibrary['channels'];
  open: boolean;
}

export function GuidelineEntry({ g, lang, channels, open }: Props) {
  const [isOpen, setOpen] = useState(open);
  useEffect(() => setOpen(open || isOpen), [open]);
  return (
    <article id={g.id} class="guideline">
      <details open={isOpen} onToggle={(e) => setOpen((e.target as HTMLDetailsElement).open)}>
        <summary>
          <h3>{g.title[lang]}</h3>
          <p class="lead">{g.short[lang]}</p>
        </summary>
        <div class="guideline-body">
          <p>{g.explanation[lang]}</p>
          <h4>{t('findingInstead')}</h4>
          <ul>
            {g.instead[lang].map((s) => (
              <li key={s}>{s}</li>
            ))}
          </ul>
          <div class="examples">
            <div class="ex-ok">
              <h4>{t('guidelinesAllowed')}</h4>
              <ul>
                {g.examples.allowed.map((e) => (
                  <li key={e.id}>{e[lang]}</li>
                ))}
              </ul>
            </div>
            <div class="ex-no">
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
                  {c.url ? (
                    <a href={c.url} target="_blank" rel="noreferrer">
                      {c.name[lang]}
                    </a>
                  ) : (
                    c.name[lang]
                  )}{' '}
                  — {c.note[lang]}
                </li>
              );
            })}
          </ul>
          <p class="permalink">
            <a href={`#${g.id}`}>{t('guidelinesLink')}</a>
          </p>
        </div>
      </details>
    </article>
  );
}
