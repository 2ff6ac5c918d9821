/**
 * "Tunjukkan alasan": how Netra read the draft, for a trainer explaining it. The words as Netra
 * reads them (slang and spelling evened out), the ones that matched, which rules they matched
 * in plain words, and which matches an exception set aside and why. No rule codes.
 */
import type loadGuidelines from 'virtual:netra-guidelines';
import type { Explanation } from '../../../engine/engine';
import { isFlagged } from '../../../engine/finding';
import { MESSAGE_TABLES, t, type MessageKey } from '../../i18n';
import { pageEngine } from '../engine';
import { ruleLabel } from '../names';

const contextName = (by: string) => {
  const key = `context_${by.replace(/-/g, '_')}`;
  return key in MESSAGE_TABLES.id ? t(key as MessageKey) : t('context_other');
};

export function Reasoning({ e, lib, lang }: { e: Explanation; lib: ReturnType<typeof loadGuidelines>; lang: 'id' | 'en' }) {
  const rules = new Map(pageEngine().rules.map((r) => [r.id, r]));
  const label = (id: string) => (rules.has(id) ? ruleLabel(rules.get(id)!) : t('reasonUnnamedRule'));
  return (
    <section class="reasoning" aria-labelledby="reason-h">
      <h2 id="reason-h">{t('practiceReasoning')}</h2>
      <h3>{t('reasonStep2')}</h3>
      <p class="tokens">
        {e.tokens.map((tk, i) => (
          <span key={i} class={`tok ${e.findings.some((f) => tk.start >= f.start && tk.end <= f.end) ? 'hit' : ''}`}>
            {tk.text}
            {tk.canon !== tk.text.toLowerCase() ? <small> → {tk.canon}</small> : null}
          </span>
        ))}
      </p>
      <h3>{t('reasonStep3')}</h3>
      {e.findings.length === 0 ? (
        <p>{t('reasonNone')}</p>
      ) : (
        <ol>
          {e.findings.map((f) => (
            <li key={`${f.ruleId}:${f.start}`}>
              “{f.text}” — {label(f.ruleId)} ({t(`severity_${f.severity}` as MessageKey)}) · {lib.guidelines[f.guidelineId]?.title[lang]}
            </li>
          ))}
        </ol>
      )}
      {e.silenced.length ? (
        <>
          <h3>{t('reasonStep4')}</h3>
          <ul>
            {e.silenced.map((s, i) => (
              <li key={i}>
                “{textAt(e, s.start, s.end)}” — {label(s.ruleId)}: {t('reasonSilencedBy', contextName(s.by))}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      <p class="verdict-line">{isFlagged(e.findings) ? t('reasonFlagged') : t('reasonClean')}</p>
    </section>
  );
}

/** The original words a silenced match covered (offsets are into the original text). */
function textAt(e: Explanation, start: number, end: number): string {
  return e.tokens
    .filter((tk) => tk.start >= start && tk.end <= end)
    .map((tk) => tk.text)
    .join(' ');
}
