/**
 * Findings as one line each (severity, the quoted words, the guideline), most serious first;
 * a line opens its detail: the same card the pre-post dialog shows, and a link to the library.
 */
import type { Finding } from '../../../engine/finding';
import type { GuidelineLibrary } from '../../../engine/guideline';
import { findingLines, type FindingLine } from '../../../engine/summary';
import { FindingCard } from '../../FindingCard';
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

export function FindingDetail({ line, library, onBack, onLibrary }: { line: FindingLine; library: GuidelineLibrary; onBack: () => void; onLibrary: (guidelineId: string) => void }) {
  return (
    <section class="fdetail" aria-label={t('popupDetail')}>
      <button type="button" class="link" onClick={onBack}>
        ‹ {t('popupBack')}
      </button>
      <FindingCard finding={line.lead} library={library} headingLevel={3} />
      <button type="button" class="link" onClick={() => onLibrary(line.guidelineId)}>
        {t('popupReadMore')}
      </button>
    </section>
  );
}
