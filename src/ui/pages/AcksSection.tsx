/**
 * The user's own records, time, site and rules only, never the draft: the "posted anyway" list
 * and the "Not a problem here" list (findings dismissed for one draft, which tell an agency
 * which rules misfire). Each with CSV and clearing.
 */
import type { Acknowledgment } from '../../settings/model';
import { acknowledgmentsCsv } from '../../settings/transfer';
import { clearAcknowledgments, clearDismissals } from '../../settings/store';
import { SITES } from '../../sites';
import { getLang, t, type MessageKey } from '../i18n';
import { download } from './download';
import { ruleLabel } from './names';
import { pageEngine } from './engine';
import { Section } from './Section';

type Kind = 'acks' | 'dismissals';

const KINDS: Record<Kind, { id: string; words: 'optionsAcks' | 'optionsDismissals'; file: string; clear: () => Promise<void> }> = {
  acks: { id: 'acks', words: 'optionsAcks', file: 'netra-pengakuan.csv', clear: clearAcknowledgments },
  dismissals: { id: 'dismissals', words: 'optionsDismissals', file: 'netra-bukan-masalah.csv', clear: clearDismissals },
};

export function AcksSection({ acks, kind = 'acks', onChanged, onMessage }: { acks: Acknowledgment[]; kind?: Kind; onChanged: () => Promise<void>; onMessage: (m: string) => void }) {
  const k = KINDS[kind];
  const w = (suffix: string) => t(`${k.words}${suffix}` as MessageKey);
  const locale = getLang() === 'id' ? 'id-ID' : 'en-GB';
  const rules = new Map(pageEngine().rules.map((r) => [r.id, r]));
  const clear = async () => {
    if (!confirm(w('ClearConfirm'))) return;
    await k.clear();
    await onChanged();
    onMessage(t('optionsAcksCleared'));
  };
  return (
    <Section id={k.id} title={w('')} hint={w('Hint')}>
      {acks.length === 0 ? (
        <p>{t('optionsAcksNone')}</p>
      ) : (
        <div class="table-scroll">
          <table>
            <caption class="sr-only">{w('')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('optionsAckTime')}</th>
                <th scope="col">{t('optionsAckSite')}</th>
                <th scope="col">{t('optionsAckRules')}</th>
              </tr>
            </thead>
            <tbody>
              {[...acks].reverse().map((a, i) => (
                <tr key={`${a.time}-${i}`}>
                  <td>{new Date(a.time).toLocaleString(locale)}</td>
                  <td>{SITES.find((s) => s.id === a.site)?.name ?? a.site}</td>
                  <td>{a.ruleIds.map((id) => (rules.has(id) ? ruleLabel(rules.get(id)!) : id)).join('; ')}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <div class="row">
        <button type="button" class="btn" disabled={acks.length === 0} onClick={() => download(k.file, acknowledgmentsCsv(acks), 'text/csv')}>
          {w('Csv')}
        </button>
        <button type="button" class="btn btn-danger" disabled={acks.length === 0} onClick={() => void clear()}>
          {w('Clear')}
        </button>
      </div>
    </Section>
  );
}
