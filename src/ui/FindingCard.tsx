/** One finding with its guideline: what, why, what to do instead, legal basis, sanction. */
import type { Finding } from '../engine/finding';
import type { GuidelineLibrary } from '../engine/guideline';
import { GuidelineDetail } from './GuidelineDetail';
import { getLang, t, type MessageKey } from './i18n';

export interface FindingCardProps {
  finding: Finding;
  library: GuidelineLibrary;
  /** Show the full explanation (popup) or only the short line (tooltip). */
  detail?: 'full' | 'short';
  onFix?: () => void;
  headingLevel?: 3 | 4;
  /** For a finding in an attached picture: the picture's thumbnail (a data: URL). */
  thumbnail?: string;
}

export function FindingCard({ finding, library, detail = 'full', onFix, headingLevel = 3, thumbnail }: FindingCardProps) {
  const lang = getLang();
  const g = library.guidelines[finding.guidelineId];
  const H = headingLevel === 3 ? 'h3' : 'h4';
  return (
    <article class={`finding sev-${finding.severity}`} aria-label={g?.title[lang] ?? finding.message}>
      {thumbnail ? <img class="finding-thumb" src={thumbnail} alt={t('pictureThumbAlt')} /> : null}
      <div class="finding-head">
        <span class={`sev sev-${finding.severity}`}>{t(`severity_${finding.severity}` as MessageKey)}</span>
        <H class="finding-title">{g?.title[lang] ?? finding.message}</H>
      </div>
      <p class="finding-match">
        {t('findingMatched', finding.text)}
        {finding.source === 'image' ? ` (${t('findingInPicture')})` : ''}
      </p>
      {g && detail === 'full' ? <GuidelineDetail g={g} library={library} headingLevel={headingLevel === 3 ? 4 : 5} /> : g ? <p class="finding-short">{g.short[lang]}</p> : null}
      {onFix && finding.suggestions?.length ? (
        <button type="button" class="btn btn-secondary" onClick={onFix}>
          {t('findingFix', finding.text)}
        </button>
      ) : null}
    </article>
  );
}
