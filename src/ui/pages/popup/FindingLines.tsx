/**
 * Findings as one line each (severity, the quoted words, the guideline), most serious first;
 * a line opens its detail: the card the pre-post dialog shows, the guideline, a link to the library.
 */
import type { Finding } from '../../../engine/finding';
import { fillMatch, type GuidelineLibrary } from '../../../engine/guideline';
import { findingLines, type FindingLine } from '../../../engine/summary';
import { GuidelineDetail } from '../../GuidelineDetail';
import { getLang, t, type MessageKey } from '../../i18n';

export function FindingLines({ findings, library, onOpen }: { findings: readonly Finding[]; library: GuidelineLibrary; onOpen: (line: FindingLine) => void }) {
  const lang = getLang();
  return (
    <ul class="flines">
      {findingLines(findings).map((line) => {
        const title = library.guidelines[line.guidelineId]?.title[lang] ?? line.lead.message;
        const quoted = line.texts.map((x) => `“${x}”`).join(', ');
        return (
          <li key={line.guidelineId}>
            <button type="button" class={`fline sev-${line.severity}`} title={`${quoted} — ${title}`} onClick={() => onOpen(line)}>
              <span class={`sev sev-${line.severity}`}>{t(`severity_${line.severity}` as MessageKey)}</span>
              <span class="fline-text">
                <strong>{quoted}</strong> · {title}
              </span>
              <span class="fline-more" aria-hidden="true">
                ›
              </span>
            </button>
          </li>
        );
      })}
    </ul>
  );
}

/**
 * A line opened: the card as the pre-post dialog shows it (the words, what they do, what to do
 * instead), then the guideline in full, scrolling in its own box, and a link to the library.
 */
export function FindingDetail({ line, library, onBack, onLibrary }: { line: FindingLine; library: GuidelineLibrary; onBack: () => void; onLibrary: (guidelineId: string) => void }) {
  const lang = getLang();
  const g = library.guidelines[line.guidelineId];
  const quoted = line.texts.map((x) => `“${x}”`).join(', ');
  return (
    <section class="fdetail" aria-label={t('popupDetail')}>
      <button type="button" class="link" onClick={onBack}>
        ‹ {t('popupBack')}
      </button>
      <article class={`finding sev-${line.severity}`}>
        <p class="finding-found">
          <span class={`sev sev-${line.severity}`}>{t(`severity_${line.severity}` as MessageKey)}</span> {g ? fillMatch(g.dialog.found[lang], quoted) : line.lead.message}
        </p>
        {g ? <p class="finding-do">{g.dialog.do[lang]}</p> : null}
        {g ? <h3 class="finding-title fdetail-title">{g.title[lang]}</h3> : null}
        {g ? <GuidelineDetail g={g} library={library} /> : null}
      </article>
      <button type="button" class="link" onClick={() => onLibrary(line.guidelineId)}>
        {t('popupReadMore')}
      </button>
    </section>
  );
}
