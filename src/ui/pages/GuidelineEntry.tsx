/**
 * One guideline in the library, collapsed to its title and one line. Opened: the same detail the
 * dialog's "Pelajari lebih lanjut" shows (GuidelineDetail), with the allowed and not-allowed
 * examples added, and a link to this entry.
 */
import { useEffect, useState } from 'preact/hooks';
import type { Guideline, GuidelineLibrary } from '../../engine/guideline';
import { GuidelineDetail } from '../GuidelineDetail';
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
        <GuidelineDetail g={g} library={{ channels }} class="guideline-body">
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
        </GuidelineDetail>
        <p class="permalink">
          <a href={`#${g.id}`}>{t('guidelinesLink')}</a>
        </p>
      </details>
    </article>
  );
}
