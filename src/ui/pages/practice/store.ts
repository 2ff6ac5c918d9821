/**
 * Where the practice room keeps its state between reloads (storage.local, this device only):
 * the session (setup, order, answers and scores) and a trainer's imported deck. Never drafts
 * the audience writes, and never acknowledgement records.
 */
import { useEffect, useState } from 'preact/hooks';
import { storage } from 'wxt/utils/storage';
import type { Session } from '../../../practice/session';
import type { Scenario } from '../../../practice/types';

export interface ImportedDeck {
  file: string;
  scenarios: Scenario[];
}

const sessionItem = storage.defineItem<Session | null>('local:practiceSession', { fallback: null });
const deckItem = storage.defineItem<ImportedDeck | null>('local:practiceDeck', { fallback: null });
const presenterItem = storage.defineItem<boolean>('local:practicePresenter', { fallback: false });

export interface PracticeStore {
  loaded: boolean;
  session: Session | null;
  saveSession(s: Session | null): void;
  imported: ImportedDeck | null;
  saveImported(d: ImportedDeck | null): void;
  presenter: boolean;
  savePresenter(on: boolean): void;
}

export function usePracticeStore(): PracticeStore {
  const [loaded, setLoaded] = useState(false);
  const [session, setSession] = useState<Session | null>(null);
  const [imported, setImported] = useState<ImportedDeck | null>(null);
  const [presenter, setPresenter] = useState(false);
  useEffect(() => {
    void Promise.all([sessionItem.getValue(), deckItem.getValue(), presenterItem.getValue()]).then(([s, d, p]) => {
      setSession(s);
      setImported(d);
      setPresenter(p);
      setLoaded(true);
    });
  }, []);
  return {
    loaded,
    session,
    saveSession(s) {
      setSession(s);
      void sessionItem.setValue(s);
    },
    imported,
    saveImported(d) {
      setImported(d);
      void deckItem.setValue(d);
    },
    presenter,
    savePresenter(on) {
      setPresenter(on);
      void presenterItem.setValue(on);
    },
  };
}
