/**
 * A session in progress: one scenario at a time with its draft in the practice box, the
 * question for the room, then the verdict with Netra's own reading of the draft. Keyboard
 * or clicker moves on; the score is saved with every answer.
 */
import { useMemo, useState } from 'preact/hooks';
import loadGuidelines from 'virtual:netra-guidelines';
import type { Explanation } from '../../../engine/engine';
import { isFlagged } from '../../../engine/finding';
import { INDIVIDUAL, isRevealed, recordAnswer, reveal } from '../../../practice/score';
import { step, type Session } from '../../../practice/session';
import { shownDraft } from '../../../practice/shown-draft';
import type { Scenario, Verdict } from '../../../practice/types';
import type { EffectiveSettings } from '../../../settings/model';
import { getLang, t } from '../../i18n';
import { pageEngine } from '../engine';
import { usePracticeKeys } from './keys';
import { levelName, platformName, themeName } from './labels';
import { PracticeComposer } from './PracticeComposer';
import { QuizPanel } from './QuizPanel';
import { Reasoning } from './Reasoning';
import { Scoreboard } from './Scoreboard';
import { Timer } from './Timer';
import { VerdictPanel } from './VerdictPanel';

interface Props {
  session: Session;
  deck: ReadonlyMap<string, Scenario>;
  settings: EffectiveSettings | null;
  save: (s: Session) => void;
}

export function RunView({ session, deck, settings, save }: Props) {
  const lib = loadGuidelines();
  const lang = getLang();
  const [reasoning, setReasoning] = useState(false);
  const [draft, setDraft] = useState('');
  const scenario = deck.get(session.order[session.index] ?? '');
  const revealed = scenario ? isRevealed(session, scenario.id) : false;
  const individual = session.config.teams.length === 0;
  const shown = useMemo(() => {
    if (!scenario) return null;
    const detectable = lib.guidelines[scenario.guideline]?.detectable;
    const textual = detectable !== 'image' && detectable !== 'not-in-a-post';
    return shownDraft(scenario, lang, textual, (text) => isFlagged(pageEngine().check(text, { lang })));
  }, [scenario?.id, lang]);

  const answer = (team: string, v: Verdict) => scenario && save(recordAnswer(session, scenario, team, v, Date.now()));
  usePracticeKeys(
    {
      next: () => save(step(session, 1)),
      previous: () => save(step(session, -1)),
      answer: individual && session.config.mode === 'quiz' ? (v) => answer(INDIVIDUAL, v) : undefined,
    },
    [session],
  );

  if (!scenario) return <p role="status">{t('practiceEmptySession')}</p>;
  const theme = lib.guidelines[scenario.guideline]?.theme;
  const explained: Explanation | null = reasoning && revealed ? pageEngine().explain(draft, { lang }) : null;
  return (
    <div class="run">
      <div class="run-head">
        <h2 class="run-title">{t('practiceScenario', session.index + 1, session.order.length)}</h2>
        <p class="chips">
          <span class="chip">{platformName(scenario.platform)}</span>
          <span class="chip">{levelName(scenario.level)}</span>
          {theme ? <span class="chip">{themeName(theme)}</span> : null}
        </p>
        {session.config.timer > 0 ? <Timer seconds={session.config.timer} runKey={scenario.id} /> : null}
      </div>

      {shown?.translation ? <p class="muted original-note">{t('practiceOriginal', shown.translation)}</p> : null}
      <PracticeComposer settings={settings} text={shown?.text ?? scenario.draft[lang]} textKey={`${scenario.id}:${shown?.lang ?? lang}`} enabled={revealed} canPost={revealed} onInput={setDraft} />

      {session.config.mode === 'quiz' ? <QuizPanel session={session} scenario={scenario} revealed={revealed} onAnswer={answer} onReveal={() => save(reveal(session, scenario.id))} /> : null}
      {revealed ? <VerdictPanel scenario={scenario} lib={lib} lang={lang} /> : null}

      <nav class="row run-nav" aria-label={t('practiceNav')}>
        <button type="button" class="btn" disabled={session.index === 0} onClick={() => save(step(session, -1))}>
          ← {t('practicePrev')}
        </button>
        <button type="button" class="btn btn-primary" disabled={session.index >= session.order.length - 1} onClick={() => save(step(session, 1))}>
          {t('practiceNext')} →
        </button>
        <span class="muted keys-hint">{individual && session.config.mode === 'quiz' ? t('practiceKeysQuiz') : t('practiceKeys')}</span>
      </nav>

      {revealed ? (
        <label class="switch">
          <input type="checkbox" checked={reasoning} onChange={(e) => setReasoning((e.target as HTMLInputElement).checked)} />
          <span>{t('practiceReasoning')}</span>
        </label>
      ) : null}
      {explained ? <Reasoning e={explained} lib={lib} lang={lang} /> : null}

      <Scoreboard session={session} deck={[...deck.values()]} />
    </div>
  );
}
