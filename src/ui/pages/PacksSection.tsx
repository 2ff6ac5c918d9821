/**
 * Rule packs in the options page: the bundled packs, packs from the agency's policy and packs the
 * user imported, each with version, dates and whether it is in use today; importing a pack file
 * (validated first: a broken file is rejected with its reasons and nothing changes); removing
 * an imported pack. What was wrong with the agency's policy is in PolicySection.
 */
import { useEffect, useState } from 'preact/hooks';
import loadRules from 'virtual:netra-rules';
import loadGuidelines from 'virtual:netra-guidelines';
import { importUserPack, removeUserPack } from '../../packs/install';
import { watchInstalled } from '../../packs/installed';
import { t, type MessageKey } from '../i18n';
import { initPageEngine, installedStatus } from './engine';
import { FilePicker } from './FilePicker';
import { packKindName, packName } from './names';

export function PacksSection({ onMessage, regionPack }: { onMessage: (m: string) => void; regionPack?: string }) {
  const bundled = loadRules();
  const [status, setStatus] = useState(installedStatus());
  const [errors, setErrors] = useState<string[]>([]);

  const refresh = async () => {
    await initPageEngine(regionPack);
    setStatus(installedStatus());
  };
  useEffect(() => {
    void refresh();
    return watchInstalled(() => void refresh());
  }, []);

  const counts = new Map<string, number>();
  for (const r of bundled.rules) counts.set(r.pack, (counts.get(r.pack) ?? 0) + 1);

  const onFile = async (file: File) => {
    const r = await importUserPack(await file.text(), file.name, bundled, new Set(Object.keys(loadGuidelines().guidelines)));
    if (!r.ok) {
      setErrors(r.errors);
      onMessage(t('packImportFailed', file.name));
      return;
    }
    setErrors(r.warnings);
    await refresh();
    onMessage(t('packImported', r.info!.name, r.info!.version));
  };

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
            <th scope="col">{t('optionsPackState')}</th>
          </tr>
        </thead>
        <tbody>
          {bundled.packs.map((p) => (
            <tr key={p.id}>
              <td>{packName(p.id, p.name)}</td>
              <td>{p.version}</td>
              <td>{packKindName(p.kind)}</td>
              <td>{counts.get(p.id) ?? 0}</td>
              <td>{p.validFrom || p.validUntil ? `${p.validFrom ?? '…'} – ${p.validUntil ?? '…'}` : '—'}</td>
              <td>{t('packBundled')}</td>
            </tr>
          ))}
          {status.map(({ pack, validity, inUse, broken }) => (
            <tr key={pack.info.id} data-pack={pack.info.id}>
              <td>{pack.info.name}</td>
              <td>{pack.info.version}</td>
              <td>{packKindName(pack.info.kind)}</td>
              <td>{Array.isArray(pack.compiled?.rules) ? pack.compiled.rules.length : 0}</td>
              <td>{`${pack.info.validFrom ?? '…'} – ${pack.info.validUntil ?? '…'}`}</td>
              <td>
                {t(pack.source === 'policy' ? 'packFromPolicy' : 'packImportedBy')} ·{' '}
                <strong class={inUse ? 'ok' : 'warn'}>{broken ? t('packState_broken', broken) : t(inUse ? 'packInUse' : (`packState_${validity === 'valid' ? 'region' : validity.replace('-', '_')}` as MessageKey))}</strong>
                {pack.source === 'user' ? (
                  <button type="button" class="link" onClick={async () => {
                    await removeUserPack(pack.info.id);
                    await refresh();
                    onMessage(t('packRemoved', pack.info.name));
                  }}>
                    {t('packRemove', pack.info.name)}
                  </button>
                ) : null}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <FilePicker label={t('packImport')} accept=".yml,.yaml,.json" onFile={(f) => void onFile(f)} />
      <p class="muted">{t('packImportHint')}</p>
      {errors.length ? (
        <div role="alert" class="errors">
          <CodeList items={errors} />
        </div>
      ) : null}
    </section>
  );
}

/** Messages with file and line, shown as they are so an admin can find the spot. */
function CodeList({ items }: { items: string[] }) {
  return (
    <ul>
      {items.map((e) => (
        <li key={e}>
          <code>{e}</code>
        </li>
      ))}
    </ul>
  );
}
