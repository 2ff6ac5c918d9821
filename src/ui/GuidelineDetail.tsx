/**
 * What a guideline says in full, for a user: why, what to do instead, the legal basis (reference
 * and plain meaning), the possible sanction and where to report. Shown behind "Learn more" in the
 * dialog's cards and in the popup. No research grades or hedges exist in this data to show.
 */
import type { Guideline, GuidelineLibrary } from '../engine/guideline';
import { getLang, t } from './i18n';

export function GuidelineDetail({ g, library, headingLevel = 4 }: { g: Guideline; library: GuidelineLibrary; headingLevel?: 3 | 4 | 5 }) {
  const lang = getLang();
  const H = `h${headingLevel}` as 'h4';
  return (
    <div class="finding-more">
      <p>{g.explanation[lang]}</p>
      <H>{t('findingInstead')}</H>
      <ul>
        {g.instead[lang].map((s) => (
          <li key={s}>{s}</li>
        ))}
      </ul>
      <H>{t('findingLegal')}</H>
      <ul>
        {g.legal.map((r) => (
          <li key={r.ref.id}>
            <strong>{r.ref[lang]}</strong>: {r.meaning[lang]}
          </li>
        ))}
      </ul>
      <p>{t('legalAppliesToAll')}</p>
      <H>{t('findingSanction')}</H>
      <p>{g.sanction.text[lang]}</p>
      {g.report.length ? (
        <>
          <H>{t('findingReport')}</H>
          <ul>
            {g.report.map((id) => {
              const c = library.channels[id];
              if (!c) return null;
              return (
                <li key={id}>
                  {c.url ? (
                    <a href={c.url} target="_blank" rel="noreferrer">
                      {c.name[lang]}
                    </a>
                  ) : (
                    c.name[lang]
                  )}
                  : {c.note[lang]}
                </li>
              );
            })}
          </ul>
        </>
      ) : null}
    </div>
  );
}
