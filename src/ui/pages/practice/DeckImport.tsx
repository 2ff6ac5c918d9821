/**
 * A trainer's own deck (regional candidates, local habits), as YAML like rules/scenarios.yml or
 * as CSV from a spreadsheet. Checked before use: every problem is listed with file, line and
 * reason, and a deck with problems replaces nothing.
 */
import { useState } from 'preact/hooks';
import loadGuidelines from 'virtual:netra-guidelines';
import { writeCsv } from '../../../practice/csv';
import { t } from '../../i18n';
import { download } from '../download';
import { FilePicker } from '../FilePicker';
import type { ImportedDeck } from './store';

const SHOWN_ERRORS = 20;

export function DeckImport({ imported, onImported, onMessage }: { imported: ImportedDeck | null; onImported: (d: ImportedDeck | null) => void; onMessage: (m: string, error?: boolean) => void }) {
  const [errors, setErrors] = useState<string[]>([]);
  const onFile = async (file: File) => {
    // The YAML reader is loaded only when a trainer imports a deck.
    const { readDeck } = await import('../../../practice/deck');
    const r = readDeck(await file.text(), file.name, { guidelines: new Set(Object.keys(loadGuidelines().guidelines)) });
    setErrors(r.errors);
    if (r.errors.length) return onMessage(t('practiceImportFailed', file.name, r.errors.length), true);
    onImported({ file: file.name, scenarios: r.scenarios });
    onMessage(t('practiceImported', file.name, r.scenarios.length));
  };
  return (
    <section class="deck-import" aria-labelledby="deck-h">
      <h2 id="deck-h">{t('practiceImportTitle')}</h2>
      <p class="muted">{t('practiceImportHint')}</p>
      <div class="row">
        <FilePicker label={t('practiceImport')} accept=".yml,.yaml,.csv" onFile={(f) => void onFile(f)} />
        <button type="button" class="btn" onClick={() => download('netra-dek-latihan.csv', templateCsv(), 'text/csv')}>
          {t('practiceTemplate')}
        </button>
        {imported ? (
          <button type="button" class="btn btn-danger" onClick={() => (onImported(null), onMessage(t('practiceImportRemoved', imported.file)))}>
            {t('practiceImportRemove', imported.file)}
          </button>
        ) : null}
      </div>
      {errors.length ? (
        <div role="alert" class="errors">
          <ul>
            {errors.slice(0, SHOWN_ERRORS).map((e) => (
              <li key={e}>
                <code>{e}</code>
              </li>
            ))}
          </ul>
          {errors.length > SHOWN_ERRORS ? <p>{t('practiceMoreErrors', errors.length - SHOWN_ERRORS)}</p> : null}
        </div>
      ) : null}
    </section>
  );
}

/** A spreadsheet to start from: the columns and one made-up scenario. */
function templateCsv(): string {
  return writeCsv([
    ['id', 'guideline', 'verdict', 'platform', 'level', 'draft_id', 'draft_en', 'why_id', 'why_en', 'notes_id', 'notes_en'],
    [
      'daerah-01',
      'kampanye-media-sosial',
      'tidak-boleh',
      'facebook',
      'mudah',
      'Ayo dukung Pak Calon nomor 1 di Pilkada nanti!',
      "Let's back candidate number 1 in the regional election!",
      'Ajakan memilih calon dengan nomor urutnya adalah kampanye.',
      'A call to vote for a candidate by ballot number is campaigning.',
      'Tanyakan: apakah jawabannya berubah bila diunggah di grup keluarga?',
      'Ask: does the answer change if it is posted in a family group?',
    ],
  ]);
}
