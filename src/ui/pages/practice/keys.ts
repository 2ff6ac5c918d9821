/**
 * Keyboard for a trainer at the front of a room: arrows or a presentation clicker (Page Up /
 * Page Down) move between scenarios; B and T answer for an individual player. Keys typed into
 * the composer or a field are left alone, and Netra's dialog keeps its keys to itself.
 */
import { useEffect } from 'preact/hooks';

export interface PracticeKeys {
  next(): void;
  previous(): void;
  answer?(verdict: 'boleh' | 'tidak-boleh'): void;
}

export function usePracticeKeys(keys: PracticeKeys, deps: unknown[]) {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented || e.ctrlKey || e.metaKey || e.altKey) return;
      const el = e.target as HTMLElement | null;
      const typing = el && (el.isContentEditable || /^(TEXTAREA|SELECT)$/.test(el.tagName) || (el.tagName === 'INPUT' && /^(text|search|number|)$/.test((el as HTMLInputElement).type)));
      if (typing && !/^Page(Up|Down)$/.test(e.key)) return;
      const act = { ArrowRight: keys.next, PageDown: keys.next, ArrowLeft: keys.previous, PageUp: keys.previous, b: () => keys.answer?.('boleh'), t: () => keys.answer?.('tidak-boleh') }[e.key.length === 1 ? e.key.toLowerCase() : e.key];
      if (!act) return;
      e.preventDefault();
      act();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, deps);
}
