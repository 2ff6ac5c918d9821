/**
 * The practice room, for trainers and self-study: a generic post box running the same engine,
 * highlights and pre-post dialog as on the real sites; a scenario deck with a quiz; a presenter
 * mode with large type and "show the reasoning". Works with no network and no account.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import loadGuidelines from 'virtual:netra-guidelines';
import loadScenarios from 'virtual:netra-scenarios';
import type { Explanation } from '../../engine/engine';
import { isFlagged } from '../../engine/finding';
import { startPage, type PageController } from '../../page/manager';
import type { EffectiveSettings } from '../../settings/model';
import { addAcknowledgment } from '../../settings/store';
import type { SiteAdapter } from '../../sites/types';
import { getLang, t } from '../i18n';
import { pageEngine } from './engine';

type Mode = 'free' | 'deck' | 'quiz';

const PRACTICE_SITE: SiteAdapter = {
  id: 'practice' as SiteAdapter['id'],
  name: 'Practice',
  hosts: [location.hostname],
  composers: ['#practice-composer'],
  submits: ['#practice-post'],
  scopes: ['.practice-box'],
  keys: { modEnter: true },
  editor: 'contenteditable',
};

export function PracticePage({ settings }: { settings: EffectiveSettings | null }) {
  const lang = getLang();
  const lib = loadGuidelines();
  const deck = loadScenarios();
  const [mode, setMode] = useState<Mode>('free');
  const [presenter, setPresenter] = useState(false);
  const [reasoning, setReasoning] = useState(false);
  const [index, setIndex] = useState(0);
  const [answer, setAnswer] = useState<null | 'boleh' | 'tidak-boleh'>(null);
  const [score, setScore] = useState({ right: 0, asked: 0 });
  const [posted, setPosted] = useState<string[]>([]);
  const [explained, setExplained] = useState<Explanation | null>(null);
  const composer = useRef<HTMLDivElement>(null);
  const page = useRef<PageController | null>(null);

  // The same page machinery as on the social sites, pointed at this page's post box.
  useEffect(() => {
    page.current = startPage({
      adapter: PRACTICE_SITE,
      engine: pageEngine(),
      library: lib,
      settings: () => ({ enforcement: settings?.enforcement ?? 'confirm', disabledRules: settings?.disabledRules ?? [], showInfo: settings?.showInfo ?? false, lang, agency: settings?.agency }),
      active: () => true,
      acknowledge: (ruleIds) => void addAcknowledgment({ time: Date.now(), site: 'practice', ruleIds }),
      openGuideline: (id) => window.open(`guidelines.html#${id}`, '_blank'),
      log: (m) => console.warn(`[Netra practice] ${m}`),
    });
    return () => page.current?.stop();
  }, []);

  // High contrast must cover the whole projected screen, not only the main column.
  useEffect(() => {
    document.body.classList.toggle('presenter-body', presenter);
  }, [presenter]);

  const scenario = deck[index % deck.length];
  const showDraft = (text: string) => {
    const el = composer.current;
    if (!el) return;
    el.textContent = text;
    el.dispatchEvent(new Event('input', { bubbles: true }));
    el.focus();
  };
  useEffect(() => {
    if (mode !== 'free' && scenario) showDraft(scenario.draft[lang]);
    setAnswer(null);
  }, [index, mode]);
  useEffect(() => {
    if (reasoning) setExplained(pageEngine().explain(composer.current?.innerText ?? '', { lang }));
  }, [reasoning, index, mode]);

  const post = () => {
    const text = composer.current?.innerText ?? '';
    if (!text.trim()) return;
    setPosted((p) => [text, ...p].slice(0, 5));
    if (composer.current) composer.current.textContent = '';
  };
  const decide = (a: 'boleh' | 'tidak-boleh') => {
    if (answer || !scenario) return;
    setAnswer(a);
    setScore((s) => ({ right: s.right + (a === scenario.verdict ? 1 : 0), asked: s.asked + 1 }));
  };
  const revealed = mode === 'deck' || answer !== null;

  return (
    <main class={`page practice ${presenter ? 'presenter' : ''}`}>
      <header class="practice-head">
        <h1>{t('practiceTitle')}</h1>
        <div class="row" role="group" aria-label={t('practiceModes')}>
          {(['free', 'deck', 'quiz'] as Mode[]).map((m) => (
            <button key={m} type="button" class={`btn ${mode === m ? 'btn-primary' : ''}`} aria-pressed={mode === m} onClick={() => setMode(m)}>
              {t(m === 'free' ? 'practiceFree' : m === 'deck' ? 'practiceDeck' : 'practiceQuiz')}
            </button>
          ))}
          <label class="switch">
            <input type="checkbox" checked={presenter} onChange={(e) => setPresenter((e.target as HTMLInputElement).checked)} />
            <span>{t('practicePresenter')}</span>
          </label>
          <label class="switch">
            <input type="checkbox" checked={reasoning} onChange={(e) => setReasoning((e.target as HTMLInputElement).checked)} />
            <span>{t('practiceReasoning')}</span>
          </label>
        </div>
      </header>

      {mode !== 'free' && scenario ? (
        <section class="scenario" aria-labelledby="scenario-h">
          <h2 id="scenario-h">
            {t('practiceScenario', index + 1, deck.length)} · {scenario.platform}
          </h2>
          {mode === 'quiz' ? (
            <div class="row quiz">
              <p>{t('practiceQuizAsk')}</p>
              <button type="button" class="btn" disabled={!!answer} onClick={() => decide('boleh')}>
                {t('practiceBoleh')}
              </button>
              <button type="button" class="btn" disabled={!!answer} onClick={() => decide('tidak-boleh')}>
                {t('practiceTidakBoleh')}
              </button>
              <p class="score" aria-live="polite">
                {t('practiceScore', score.right, score.asked)}
              </p>
            </div>
          ) : null}
        </section>
      ) : null}

      <div class="practice-box box">
        <div
          id="practice-composer"
          ref={composer}
          contentEditable
          role="textbox"
          aria-multiline="true"
          aria-label={t('practiceComposerLabel')}
          data-placeholder={t('practiceComposerPlaceholder')}
          onInput={() => reasoning && setExplained(pageEngine().explain(composer.current?.innerText ?? '', { lang }))}
        />
        <div class="row">
          <button id="practice-post" type="button" class="btn btn-primary" onClick={post}>
            {t('practicePost')}
          </button>
        </div>
      </div>

      {mode !== 'free' && scenario && revealed ? (
        <section class={`verdict ${scenario.verdict}`} aria-live="polite">
          <h2>
            {scenario.verdict === 'boleh' ? t('practiceVerdictBoleh') : t('practiceVerdictTidak')}
            {answer ? ` — ${answer === scenario.verdict ? t('practiceRight') : t('practiceWrong')}` : ''}
          </h2>
          <p>{scenario.why[lang]}</p>
          <p>
            <a href={`guidelines.html#${scenario.guideline}`} target="_blank" rel="noreferrer">
              {lib.guidelines[scenario.guideline]?.title[lang]}
            </a>
          </p>
        </section>
      ) : null}

      {mode !== 'free' ? (
        <div class="row">
          <button type="button" class="btn" onClick={() => setIndex((i) => (i - 1 + deck.length) % deck.length)}>
            {t('practicePrev')}
          </button>
          <button type="button" class="btn" onClick={() => setIndex((i) => (i + 1) % deck.length)}>
            {t('practiceNext')}
          </button>
        </div>
      ) : null}

      {reasoning && explained ? <Reasoning e={explained} lib={lib} lang={lang} /> : null}

      {posted.length ? (
        <section aria-labelledby="posted-h">
          <h2 id="posted-h">{t('practicePosted')}</h2>
          <ul>
            {posted.map((p, i) => (
              <li key={i}>{p}</li>
            ))}
          </ul>
        </section>
      ) : null}
    </main>
  );
}

function Reasoning({ e, lib, lang }: { e: Explanation; lib: ReturnType<typeof loadGuidelines>; lang: 'id' | 'en' }) {
  return (
    <section class="reasoning" aria-labelledby="reason-h">
      <h2 id="reason-h">{t('practiceReasoning')}</h2>
      <h3>{t('reasonStep1')}</h3>
      <p class="mono">{e.normalized || '—'}</p>
      <h3>{t('reasonStep2')}</h3>
      <p class="tokens">
        {e.tokens.map((tk, i) => (
          <span key={i} class={`tok ${e.findings.some((f) => tk.start >= f.start && tk.end <= f.end) ? 'hit' : ''}`} title={`${tk.canon} · ${tk.stem}`}>
            {tk.text}
            {tk.canon !== tk.text ? <small>→{tk.canon}</small> : null}
          </span>
        ))}
      </p>
      <h3>{t('reasonStep3')}</h3>
      {e.findings.length === 0 ? (
        <p>{t('reasonNone')}</p>
      ) : (
        <ol>
          {e.findings.map((f) => (
            <li key={`${f.ruleId}:${f.start}`}>
              “{f.text}” → <code>{f.ruleId}</code> ({f.severity}) → {lib.guidelines[f.guidelineId]?.title[lang]}
            </li>
          ))}
        </ol>
      )}
      {e.silenced.length ? (
        <>
          <h3>{t('reasonStep4')}</h3>
          <ul>
            {e.silenced.map((s, i) => (
              <li key={i}>
                <code>{s.ruleId}</code> — {t('reasonSilencedBy', s.by)}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      <p class="verdict-line">{isFlagged(e.findings) ? t('reasonFlagged') : t('reasonClean')}</p>
    </section>
  );
}
