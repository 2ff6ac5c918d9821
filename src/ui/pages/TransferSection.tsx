/** All settings (and the user's logos and records) to one file, and back. */
import type { Acknowledgment, EffectiveSettings, UserSettings } from '../../settings/model';
import { lockedPartsKept, parseSettingsFile, settingsFile } from '../../settings/transfer';
import { MAX_USER_LOGOS, loadUserLogos, saveUserLogos, saveUserSettings } from '../../settings/store';
import { t } from '../i18n';
import { download } from './download';
import { FilePicker } from './FilePicker';
import { lockText } from './PolicySection';
import { Section } from './Section';

export function TransferSection({ user, acks, locked, onChanged, onMessage }: { user: UserSettings; acks: Acknowledgment[]; locked: EffectiveSettings['locked']; onChanged: () => Promise<void>; onMessage: (m: string) => void }) {
  const exportSettings = async () => download('netra-pengaturan.json', JSON.stringify(settingsFile(user, acks, await loadUserLogos()), null, 2), 'application/json');
  const importSettings = async (file: File) => {
    const r = parseSettingsFile(await file.text());
    if (!r.ok) return onMessage(t('optionsImportFailed', r.error));
    await saveUserSettings(r.settings);
    // Logos in the file are added to the ones here (same id: the file's copy wins).
    if (r.logos.length) {
      const ids = new Set(r.logos.map((l) => l.id));
      await saveUserLogos([...(await loadUserLogos()).filter((l) => !ids.has(l.id)), ...r.logos].slice(-MAX_USER_LOGOS));
    }
    await onChanged();
    // Locked parts keep the agency's values: say which, so the user is not surprised.
    const kept = lockedPartsKept(r.settings, locked);
    onMessage(kept.length ? t('optionsImportedLocked', kept.map(lockText).join(', ')) : t('optionsImported'));
  };
  return (
    <Section id="transfer" title={t('optionsTransfer')} hint={t('optionsTransferHint')}>
      <div class="row">
        <button type="button" class="btn" onClick={() => void exportSettings()}>
          {t('optionsExport')}
        </button>
        <FilePicker label={t('optionsImport')} accept="application/json,.json" onFile={(f) => void importSettings(f)} />
      </div>
    </Section>
  );
}
