/** Free writing: the room suggests drafts and sees how Netra reads them, step by step. */
import { useState } from 'preact/hooks';
import loadGuidelines from 'virtual:netra-guidelines';
import type { EffectiveSettings } from '../../../settings/model';
import { getLang, t } from '../../i18n';
import { pageEngine } from '../engine';
import { PracticeComposer } from './PracticeComposer';
import { Reasoning } from './Reasoning';

export function FreeView({ settings }: { settings: EffectiveSettings | null }) {
  const lang = getLang();
  const [reasoning, setReasoning] = useState(false);
  const [draft, setDraft] = useState('');
  return (
    <div class="free">
      <h2>{t('practiceFree')}</h2>
      <p class="muted">{t('practiceFreeHint')}</p>
      <PracticeComposer settings={settings} text="" textKey="free" enabled canPost onInput={setDraft} />
      <label class="switch">
        <input type="checkbox" checked={reasoning} onChange={(e) => setReasoning((e.target as HTMLInputElement).checked)} />
        <span>{t('practiceReasoning')}</span>
      </label>
      {reasoning ? <Reasoning e={pageEngine().explain(draft, { lang })} lib={loadGuidelines()} lang={lang} /> : null}
    </div>
  );
}
