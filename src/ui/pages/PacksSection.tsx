/** Installed rule packs, with version, kind and validity dates. */
import { t } from '../i18n';
import { pageEngine } from './engine';
import loadRules from 'virtual:netra-rules';

export function PacksSection(_: { onMessage: (m: string) => void }) {
  const packs = loadRules().packs;
  const counts = new Map<string, number>();
  for (const r of pageEngine().rules) counts.set(r.pack, (counts.get(r.pack) ?? 0) + 1);
  return (
    <section aria-labelledby="packs-h">
      <h2 id="packs-h">{t('optionsPacks')}</h2>
      <table>
        <thead>
          <tr>
            <th scope="col">{t('optionsPackName')}</th>
            <th scope="col">{t('optionsPackVersion')}</th>
            <th scope="col">{t('optionsPackKind')}</th>
            <th scope="col">{t('optionsPackRules')}</th>
            <th scope="col">{t('optionsPackValid')}</th>
          </tr>
        </thead>
        <tbody>
          {packs.map((p) => (
            <tr key={p.id}>
              <td>{p.name}</td>
              <td>{p.version}</td>
              <td>{p.kind}</td>
              <td>{counts.get(p.id) ?? 0}</td>
              <td>{p.validFrom || p.validUntil ? `${p.validFrom ?? '…'} – ${p.validUntil ?? '…'}` : '—'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
