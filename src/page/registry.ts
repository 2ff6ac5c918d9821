/**
 * The composers Netra knows on this page, found from the events the user causes in them, and
 * the one the user last worked in. Composers are created on first use and dropped when their
 * element leaves the page.
 */
import { Composer, type ComposerEnv } from './composer';
import type { Scope } from './scope';

export class ComposerRegistry {
  private readonly byEl = new Map<Element, Composer>();
  private nextId = 1;
  /** The composer the user last focused or typed in. */
  last: Composer | null = null;

  constructor(
    private readonly scope: Scope,
    private readonly env: Omit<ComposerEnv, 'editor'>,
  ) {}

  for(el: Element): Composer {
    let c = this.byEl.get(el);
    if (!c) {
      c = new Composer(el, { ...this.env, editor: this.scope.editorKind(el) }, this.nextId++);
      this.byEl.set(el, c);
    }
    return c;
  }

  /** The composer an event happened in, if any. */
  fromPath(path: EventTarget[]): Composer | null {
    for (const t of path) if (t instanceof Element && t.matches(this.scope.composerSel)) return this.for(t);
    return null;
  }

  /** Of several composer elements, the one last used, else the first; null for none. */
  pick(els: readonly Element[]): Composer | null {
    if (els.length === 0) return null;
    return els.includes(this.last?.el as Element) ? this.last : this.for(els[0]!);
  }

  all(): Composer[] {
    return [...this.byEl.values()];
  }

  /** Re-check every composer still on the page (settings changed); forget the others. */
  refresh(): void {
    for (const c of this.byEl.values()) {
      if (c.el.isConnected) c.recheck();
      else this.drop(c);
    }
  }

  destroy(): void {
    for (const c of this.byEl.values()) c.destroy();
    this.byEl.clear();
    this.last = null;
  }

  private drop(c: Composer) {
    c.destroy();
    this.byEl.delete(c.el);
    if (this.last === c) this.last = null;
  }
}
