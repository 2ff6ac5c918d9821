/** Setting up a session: mode, how many, which levels and themes, order, timer, teams, deck. */
import { THEMES, type Theme } from '../../../engine/guideline';
import type { DeckChoice, PracticeMode, SessionConfig } from '../../../practice/session';
import { LEVELS, type Level } from '../../../practice/types';
import { t } from '../../i18n';
import { Choice } from './Choice';
import { levelName, themeName } from './labels';

interface Props {
  config: SessionConfig;
  onChange: (c: SessionConfig) => void;
  matching: number;
  imported: { file: string; count: number } | null;
  bundledCount: number;
}

export function SessionSetup({ config, onChange, matching, imported, bundledCount }: Props) {
  const set = (patch: Partial<SessionConfig>) => onChange({ ...config, ...patch });
  const themesOn = config.themes.length ? config.themes : [...THEMES];
  const toggleLevel = (l: Level, on: boolean) => set({ levels: LEVELS.filter((x) => (x === l ? on : config.levels.includes(x))) });
  const toggleTheme = (th: Theme, on: boolean) => {
    const next = THEMES.filter((x) => (x === th ? on : themesOn.includes(x)));
    set({ themes: next.length === THEMES.length ? [] : next });
  };
  return (
    <section class="setup" aria-labelledby="setup-h">
      <h2 id="setup-h">{t('practiceSetupTitle')}</h2>
      <div class="setup-grid">
        <Choice<PracticeMode> name="mode" legend={t('practiceModeLabel')} value={config.mode} options={[['quiz', t('practiceQuiz')], ['walk', t('practiceWalk')]]} onChange={(mode) => set({ mode })} />
        <Choice<number> name="count" legend={t('practiceCountLabel')} value={config.count} options={[[5, '5'], [10, '10'], [15, '15'], [20, '20'], [0, t('practiceCountAll')]]} onChange={(count) => set({ count })} />
        <Choice<number> name="timer" legend={t('practiceTimerLabel')} value={config.timer} options={[[0, t('practiceTimerOff')], [60, t('practiceSeconds', 60)], [90, t('practiceSeconds', 90)], [120, t('practiceSeconds', 120)]]} onChange={(timer) => set({ timer })} />
        {imported ? (
          <Choice<DeckChoice>
            name="deck"
            legend={t('practiceDeckLabel')}
            value={config.deck}
            options={[['bundled', t('practiceDeckBundled', bundledCount)], ['imported', t('practiceDeckImported', imported.file, imported.count)], ['both', t('practiceDeckBoth')]]}
            onChange={(deck) => set({ deck })}
          />
        ) : null}
      </div>
      <fieldset class="checks">
        <legend class="label">{t('practiceLevelsLabel')}</legend>
        {LEVELS.map((l) => (
          <label key={l} class="switch">
            <input type="checkbox" checked={config.levels.includes(l)} onChange={(e) => toggleLevel(l, (e.target as HTMLInputElement).checked)} />
            <span>{levelName(l)}</span>
          </label>
        ))}
      </fieldset>
      <fieldset class="checks">
        <legend class="label">{t('practiceThemesLabel')}</legend>
        {THEMES.map((th) => (
          <label key={th} class="switch">
            <input type="checkbox" checked={themesOn.includes(th)} onChange={(e) => toggleTheme(th, (e.target as HTMLInputElement).checked)} />
            <span>{themeName(th)}</span>
          </label>
        ))}
      </fieldset>
      <div class="checks">
        <label class="switch">
          <input type="checkbox" checked={config.shuffle} onChange={(e) => set({ shuffle: (e.target as HTMLInputElement).checked })} />
          <span>{t('practiceShuffle')}</span>
        </label>
        <label class="switch">
          <input type="checkbox" checked={config.easyFirst} onChange={(e) => set({ easyFirst: (e.target as HTMLInputElement).checked })} />
          <span>{t('practiceEasyFirst')}</span>
        </label>
      </div>
      <label class="field teams">
        <span class="label">{t('practiceTeamsLabel')}</span>
        <input
          type="text"
          value={config.teams.join(', ')}
          placeholder={t('practiceTeamsPlaceholder')}
          onChange={(e) => set({ teams: [...new Set((e.target as HTMLInputElement).value.split(',').map((x) => x.trim()).filter(Boolean))].slice(0, 8) })}
        />
        <span class="muted">{t('practiceTeamsHint')}</span>
      </label>
      <p class="muted" role="status">
        {t('practiceMatching', matching, config.count > 0 ? Math.min(config.count, matching) : matching)}
      </p>
    </section>
  );
}
