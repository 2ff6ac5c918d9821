/** The user's own "posted anyway" records: time, site and rules only; CSV and clearing. */
import type { Acknowledgment } from '../../settings/model';
import { acknowledgmentsCsv } from '../../settings/transfer';
import { clearAcknowledgments } from '../../settings/store';
import { SITES } from '../../sites';
import { getLang, t } from '../i18n';
import { download } from './download';
import { ruleLabel } from './names';
import { pageEngine } from './engine';
import { Section } from './Section';

export function AcksSection({ acks, onChanged, onMessage }: { acks: Acknowledgment[]; onChanged: () => Promise<void>; onMessage: (m: string) => void }) {
  const locale = getLang() === 'id' ? 'id-ID' : 'en-GB';
  const rules = new Map(pageEngine().rules.map((r) => [r.id, r]));
  const clear = async () => {
    if (!confirm(t('optionsAcksClearConfirm'))) return;
    await clearAcknowledgments();
    await onChanged();
    onMessage(t('optionsAcksCleared'));
  };
  return (
    <Section id="acks" title={t('optionsAcks')} hint={t('optionsAcksHint')}>
      {acks.length === 0 ? (
        <p>{t('optionsAcksNone')}</p>
      ) : (
        <div class="table-scroll">
          <table>
            <caption class="sr-only">{t('optionsAcks')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('optionsAckTime')}</th>
                <th scope="col">{t('optionsAckSite')}</th>
                <th scope="col">{t('optionsAckRules')}</th>
              </tr>
            </thead>
            <tbody>
              {[...acks].reverse().map((a) => (
                <tr key={a.time}>
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
        <button type="button" class="btn" disabled={acks.length === 0} onClick={() => download('netra-pengakuan.csv', acknowledgmentsCsv(acks), 'text/csv')}>
          {t('optionsAcksCsv')}
        </button>
        <button type="button" class="btn btn-danger" disabled={acks.length === 0} onClick={() => void clear()}>
          {t('optionsAcksClear')}
        </button>
      </div>
    </Section>
  );
}
