/**
 * The practice room, for a trainer running a 30-minute session with no preparation, and for
 * self-study: a start screen with the plan and setup, the session itself (quiz or walk-through,
 * scores kept across reloads), free writing, and printouts. Views have their own address
 * (#start, #run, #free, #handout), so a reload or a bookmark returns to the same place.
 */
import { useEffect, useMemo, useState } from 'preact/hooks';
import loadGuidelines from 'virtual:netra-guidelines';
import loadScenarios from 'virtual:netra-scenarios';
import { sessionFor, type SessionConfig } from '../../../practice/session';
import type { Scenario } from '../../../practice/types';
import type { EffectiveSettings } from '../../../settings/model';
import { t, type MessageKey } from '../../i18n';
import { FreeView } from './FreeView';
import { Handout } from './Handout';
import { setPresenterZoom } from './presenter';
import { RunView } from './RunView';
import { StartScreen } from './StartScreen';
import { usePracticeStore } from './store';

type View = 'start' | 'run' | 'free' | 'handout';
const VIEWS: View[] = ['start', 'run', 'free', 'handout'];
const viewOf = (hash: string): View => (VIEWS.includes(hash.slice(1) as View) ? (hash.slice(1) as View) : 'start');


export function PracticePage({ settings }: { settings: EffectiveSettings | null }) {
  const lib = loadGuidelines();
  const bundled = loadScenarios();
  const store = usePracticeStore();
  const [view, setView] = useState<View>(viewOf(location.hash));
  const [message, setMessage] = useState({ text: '', error: false });
  const say = (text: string, error = false) => setMessage({ text, error });
  const themeOf = (id: string) => lib.guidelines[id]?.theme;

  useEffect(() => {
    const onHash = () => setView(viewOf(location.hash));
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, []);
  const go = (v: View) => {
    if (location.hash !== `#${v}`) location.hash = v;
    setView(v);
  };

  const deckFor = (c: Pick<SessionConfig, 'deck'>): Scenario[] => {
    const own = store.imported?.scenarios ?? [];
    return c.deck === 'imported' && own.length ? own : c.deck === 'both' ? [...bundled, ...own.filter((s) => !bundled.some((b) => b.id === s.id))] : bundled;
  };
  const session = store.session;
  const deck = useMemo(() => new Map(deckFor(session?.config ?? { deck: 'bundled' }).map((s) => [s.id, s])), [session?.config.deck, store.imported]);
  const presenter = store.presenter;
  useEffect(() => void setPresenterZoom(presenter), [presenter]);

  if (!store.loaded) return null;
  const begin = (config: SessionConfig, next: 'run' | 'handout', fresh: boolean) => {
    store.saveSession(sessionFor(session, config, fresh, deckFor(config), themeOf, Date.now()));
    go(next);
  };

  return (
    <main class={`page practice ${presenter ? 'presenter' : ''} view-${view}`}>
      <header class="practice-head no-print">
        <h1>{t('practiceTitle')}</h1>
        <nav class="practice-tabs" aria-label={t('practiceViews')}>
          {VIEWS.map((v) => (
            <a key={v} href={`#${v}`} class={`tab ${view === v ? 'current' : ''}`} aria-current={view === v ? 'page' : undefined}>
              {t(`practiceView_${v}` as MessageKey)}
            </a>
          ))}
        </nav>
        <label class="switch">
          <input type="checkbox" checked={presenter} onChange={(e) => store.savePresenter((e.target as HTMLInputElement).checked)} />
          <span>{t('practicePresenter')}</span>
        </label>
      </header>
      <p role="status" aria-live="polite" class={`status no-print ${message.error ? 'warn' : ''}`}>
        {message.text}
      </p>
      {view === 'start' || (view === 'run' && !session) || (view === 'handout' && !session) ? (
        <StartScreen session={session} bundled={bundled} imported={store.imported} onImported={store.saveImported} themeOf={themeOf} deckFor={deckFor} onGo={begin} onMessage={say} />
      ) : view === 'run' && session ? (
        <RunView session={session} deck={deck} settings={settings} save={store.saveSession} />
      ) : view === 'handout' && session ? (
        <Handout scenarios={session.order.flatMap((id) => deck.get(id) ?? [])} />
      ) : (
        <FreeView settings={settings} />
      )}
    </main>
  );
}
