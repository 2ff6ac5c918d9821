/**
 * What a guideline says in full, for a user: why, what to do instead, the legal basis (reference
 * and plain meaning), the possible sanction and where to report. One component for the dialog's
 * "Pelajari lebih lanjut", the popup's detail and the library entry, so the legal text a user reads
 * is the same everywhere. The library passes its allowed/forbidden examples as children (they go
 * between "what to do instead" and the legal basis). No research
 * grades or hedges exist in this data to show (the guideline build leaves them out).
 */
import type { ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import type { Guideline, GuidelineDetailPart, GuidelineLibrary } from '../engine/guideline';
import { getLang, t } from './i18n';

interface Props {
  g: Guideline;
  library: Pick<GuidelineLibrary, 'channels' | 'detail'>;
  headingLevel?: 3 | 4 | 5;
  /** The wrapper's class: the dialog and popup style `finding-more`, the library `guideline-body`. */
  class?: string;
  children?: ComponentChildren;
}

/**
 * The content script's library carries no long texts (`library.detail` fetches them): until they
 * come the block is an empty busy box, and if they cannot come it says the possible sanction (the
 * card carries it; the dialog's button to the library follows).
 */
export function GuidelineDetail(props: Props) {
  const { g, library } = props;
  const [got, setGot] = useState<GuidelineDetailPart | null | 'failed'>(null);
  useEffect(() => {
    if (!library.detail) return;
    let live = true;
    library.detail(g.id).then(
      (d) => live && setGot(d ?? 'failed'),
      () => live && setGot('failed'),
    );
    return () => {
      live = false;
    };
  }, [g.id, library]);
  if (!library.detail) return <Detail {...props} />;
  if (got === 'failed') return <p class={props.class ?? 'finding-more'}>{g.sanction.text[getLang()]}</p>;
  if (!got) return <div class={props.class ?? 'finding-more'} aria-busy="true" />;
  return <Detail {...props} g={got.guideline} library={{ channels: got.channels }} />;
}

function Detail({ g, library, headingLevel = 4, class: cls = 'finding-more', children }: Props) {
  const lang = getLang();
  const H = `h${headingLevel}` as 'h4';
  return (
    <div class={cls}>
      <p>{g.explanation[lang]}</p>
      <H>{t('findingInstead')}</H>
      <ul>
        {g.instead[lang].map((s) => (
          <li key={s}>{s}</li>
        ))}
      </ul>
      {children}
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
            {/* The guideline build refuses a report id that names no channel. */}
            {g.report.map((id) => {
              const c = library.channels[id]!;
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
