/**
 * The practice room's first screen: what a session is, the 30-minute plan, the setup, the
 * trainer's own deck, and the ways in (start or continue, free writing, printouts).
 */
import { useState } from 'preact/hooks';
import { DEFAULT_CONFIG, sameSelection, selectScenarios, type Session, type SessionConfig } from '../../../practice/session';
import type { Scenario } from '../../../practice/types';
import { t } from '../../i18n';
import { DeckImport } from './DeckImport';
import { SessionPlan } from './SessionPlan';
import { SessionSetup } from './SessionSetup';
import type { ImportedDeck } from './store';

interface Props {
  session: Session | null;
  bundled: Scenario[];
  imported: ImportedDeck | null;
  onImported: (d: ImportedDeck | null) => void;
  themeOf: (guidelineId: string) => ReturnType<Parameters<typeof selectScenarios>[2]>;
  deckFor: (c: SessionConfig) => Scenario[];
  /** Start (or keep) the session for this setup, then go to `view`. */
  onGo: (config: SessionConfig, view: 'run' | 'handout', fresh: boolean) => void;
  onMessage: (m: string, error?: boolean) => void;
}

export function StartScreen({ session, bundled, imported, onImported, themeOf, deckFor, onGo, onMessage }: Props) {
  const [config, setConfig] = useState<SessionConfig>(session?.config ?? DEFAULT_CONFIG);
  const matching = selectScenarios(deckFor(config), config, themeOf).length;
  const planned = config.count > 0 ? Math.min(config.count, matching) : matching;
  const done = session ? session.answers.length > 0 || session.index > 0 : false;
  // A changed setup asks for other scenarios: say that the button starts afresh.
  const carryOn = session && sameSelection(session.config, config);
  return (
    <div class="start">
      <section class="intro" aria-labelledby="intro-h">
        <h2 id="intro-h">{t('practiceIntroTitle')}</h2>
        <p>{t('practiceIntro')}</p>
        <div class="row start-actions">
          <button type="button" class="btn btn-primary btn-large" disabled={planned === 0} onClick={() => onGo(config, 'run', !carryOn)}>
            {carryOn ? t('practiceContinue', session.index + 1, session.order.length) : session ? t('practiceStartChanged') : t('practiceStart')}
          </button>
          {carryOn ? (
            <button type="button" class="btn" disabled={planned === 0} onClick={() => onGo(config, 'run', true)}>
              {t('practiceNewSession')}
            </button>
          ) : null}
          <button type="button" class="btn" disabled={planned === 0} onClick={() => onGo(config, 'handout', !carryOn)}>
            {t('practiceHandout')}
          </button>
        </div>
        {session && done ? <p class="muted">{t('practiceNewSessionHint')}</p> : null}
      </section>
      <div class="start-grid">
        <SessionPlan count={planned} />
        <SessionSetup config={config} onChange={setConfig} matching={matching} bundledCount={bundled.length} imported={imported ? { file: imported.file, count: imported.scenarios.length } : null} />
      </div>
      <DeckImport imported={imported} onImported={(d) => (onImported(d), !d && config.deck !== 'bundled' && setConfig({ ...config, deck: 'bundled' }))} onMessage={onMessage} />
    </div>
  );
}
