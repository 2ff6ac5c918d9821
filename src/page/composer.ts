/**
 * One composer on the page: reads its draft, checks it after a short debounce, keeps the
 * verdict current, and draws the badge and highlights. Never writes to the editor unless the
 * user clicks a fix.
 */
import { h } from 'preact';
import type { Engine } from '../engine/engine';
import { isFlagged, worstSeverity, type Finding, type Severity } from '../engine/finding';
import type { EditorKind } from '../sites/types';
import { Badge } from '../ui/Badge';
import { Tooltip } from '../ui/Tooltip';
import { clearHighlights, paintHighlights, repaintHighlights } from './highlight';
import { offsetOf, readDraft, rangeFor, type Draft } from './read';
import type { AttachedPicture } from './pictures';
import type { UiHost } from './ui-host';

export interface ComposerEnv {
  engine: Engine;
  ui: UiHost;
  editor: EditorKind;
  /** Options for engine.check of the composer `el` (language, disabled rules, info hints, the post it answers). */
  checkOptions(el?: Element): Parameters<Engine['check']>[1];
  /** A draft longer than this is checked only when the user submits (a huge paste stays smooth). */
  liveLimit: number;
  openReview(c: Composer): void;
  openGuideline(id: string): void;
  /** Findings from the analysed pictures, given the draft's own (src/images/findings.ts). */
  pictureFindings(pictures: readonly AttachedPicture[], textFindings: Finding[]): Finding[];
  /** Called after every check that ran the engine (timings for the benchmark). */
  checked?(c: Composer): void;
}

/**
 * Checks while typing: the first change after a quiet spell is checked at once (the first
 * keystroke or a paste shows its verdict without waiting), later ones once typing pauses this
 * long.
 */
const DEBOUNCE_MS = 150;

/** A finding the user dismissed for this draft is known by its rule and its words. */
const dismissKey = (f: Finding) => `${f.ruleId}\u0000${f.source ?? 'text'}\u0000${f.text}`;

export class Composer {
  draft: Draft = { text: '', segments: [] };
  /** Findings that stand: the engine's, less those the user dismissed for this draft. */
  findings: Finding[] = [];
  /** Dismissed for this draft ("not a problem here"); forgotten when the box is emptied. */
  private readonly dismissed = new Set<string>();
  private lastRun = -Infinity;
  /** The text `findings` belong to; compared to skip work when nothing changed. */
  checkedText: string | null = null;
  /** Pictures attached to this post, analysed or on their way (src/page/pictures.ts). */
  pictures: AttachedPicture[] = [];
  private timer: ReturnType<typeof setTimeout> | null = null;
  private composing = false;
  private tooltipFor: Finding | null = null;
  private readonly abort = new AbortController();
  private resizeObs: ResizeObserver | null = null;
  private readonly mutations: MutationObserver;
  private raf = 0;
  private markRaf = 0;

  constructor(
    readonly el: Element,
    private readonly env: ComposerEnv,
    readonly id: number,
  ) {
    const signal = this.abort.signal;
    el.addEventListener(
      'input',
      () => {
        this.schedule();
        // The marks' ranges moved with the text: draw them where they are now.
        if (!this.markRaf) this.markRaf = requestAnimationFrame(() => ((this.markRaf = 0), repaintHighlights(this.id)));
      },
      { signal },
    );
    // Lexical (Facebook, Instagram, Threads, WhatsApp) sometimes cancels the browser's insertion
    // and writes the text into the DOM itself (the first text in an empty paragraph, a whole
    // string inserted at once): no input event follows. The DOM changing is the sure sign.
    // Netra's own marks never touch the editor's DOM (they are drawn in its shadow root), so this cannot loop.
    this.mutations = new MutationObserver(() => this.schedule());
    this.mutations.observe(el, { characterData: true, childList: true, subtree: true });
    el.addEventListener('compositionstart', () => (this.composing = true), { signal });
    el.addEventListener(
      'compositionend',
      () => {
        this.composing = false;
        this.schedule();
      },
      { signal },
    );
    el.addEventListener('mousemove', (e) => this.onHover(e as MouseEvent), { signal, passive: true });
    el.addEventListener('mouseleave', () => this.hideTooltip(), { signal, passive: true });
    el.addEventListener('keyup', () => this.onCaret(), { signal, passive: true });
    el.addEventListener('click', () => this.onCaret(), { signal, passive: true });
  }

  get flagged() {
    return isFlagged(this.findings);
  }

  /** Re-checks when its analysis arrives: a picture can flag a post whose text is clean. */
  addPicture(p: AttachedPicture) {
    this.pictures.push(p);
    void p.settled.then(() => {
      if (!this.pictures.includes(p)) return;
      this.checkedText = null;
      this.update(true);
    });
  }

  picturesPending(): boolean {
    return this.pictures.some((p) => p.status === 'pending');
  }

  /** Resolves when every picture attached so far has been analysed (or failed). */
  picturesSettled(): Promise<void> {
    return Promise.all(this.pictures.map((p) => p.settled)).then(() => undefined);
  }

  /** The post went out, or its pictures were removed: they no longer belong to this draft. */
  clearPictures() {
    if (this.pictures.length === 0) return;
    this.pictures = [];
    this.checkedText = null;
    this.update(true);
  }

  /** Check soon (see DEBOUNCE_MS); IME composition is left alone until it ends. */
  schedule() {
    if (this.composing) return;
    if (this.timer) clearTimeout(this.timer);
    // A task, not at once: editors that write the DOM after the input event have done so then.
    const quiet = performance.now() - this.lastRun >= DEBOUNCE_MS;
    this.timer = setTimeout(
      () => {
        this.timer = null;
        this.update(false);
      },
      quiet ? 0 : DEBOUNCE_MS,
    );
  }

  /** Check again from scratch (settings that affect judgement changed). */
  recheck() {
    this.checkedText = null;
    this.schedule();
  }

  /** The user says these findings are not a problem in this draft: they stop counting. */
  dismiss(findings: readonly Finding[]) {
    for (const f of findings) this.dismissed.add(dismissKey(f));
    this.findings = this.findings.filter((f) => !this.dismissed.has(dismissKey(f)));
    this.render();
  }

  /**
   * Read and check now (submit time). Returns the findings for the text as it is this instant.
   * Cheap when the text has not changed since the last check.
   */
  checkNow(): Finding[] {
    if (this.timer) {
      clearTimeout(this.timer);
      this.timer = null;
    }
    this.update(true);
    return this.findings;
  }

  private update(force: boolean) {
    const draft = readDraft(this.el);
    this.draft = draft;
    if (draft.text === this.checkedText) {
      this.render();
      return;
    }
    if (!force && draft.text.length > this.env.liveLimit) {
      // Huge paste: do not stall typing; the submit-time check still runs.
      this.findings = [];
      this.checkedText = null;
      this.render();
      return;
    }
    if (draft.text.trim() === '' && this.pictures.length === 0) this.dismissed.clear();
    else this.lastRun = performance.now();
    const textFindings = this.env.engine.check(draft.text, this.env.checkOptions(this.el));
    const all = this.pictures.some((p) => p.analysis) ? [...textFindings, ...this.env.pictureFindings(this.pictures, textFindings)] : textFindings;
    this.findings = this.dismissed.size ? all.filter((f) => !this.dismissed.has(dismissKey(f))) : all;
    this.checkedText = draft.text;
    this.env.checked?.(this);
    this.render();
  }

  render() {
    const worst = worstSeverity(this.findings);
    paintHighlights(this.env.ui, this.id, this.draft.field ? [] : this.rangesBySeverity(), this.el);
    if (!worst) {
      this.env.ui.show(`badge-${this.id}`, null);
      this.stopFollowing();
      this.hideTooltip();
      return;
    }
    this.followComposer();
    this.placeBadge(worst);
  }

  private rangesBySeverity(): Array<[Severity, Range]> {
    const out: Array<[Severity, Range]> = [];
    for (const f of this.findings) {
      // Offsets of picture findings are into the picture's text, not the draft.
      if (f.source === 'image') continue;
      const r = rangeFor(this.draft, f.start, f.end);
      if (r) out.push([f.severity, r]);
    }
    return out;
  }

  private placeBadge(worst: Severity) {
    const rect = this.el.getBoundingClientRect();
    const visible = rect.width > 0 && rect.bottom > 0 && rect.top < innerHeight;
    // A one-line box (TikTok, Facebook or YouTube comments) has no free corner: the badge would
    // cover the draft, so it sits just above the box (below it when there is no room above).
    const oneLine = rect.height < 48;
    const top = oneLine ? (rect.top >= 32 ? rect.top - 28 : rect.bottom + 4) : Math.max(4, rect.bottom - 26);
    this.env.ui.show(
      `badge-${this.id}`,
      visible
        ? h(Badge, {
            count: this.findings.length,
            severity: worst,
            top,
            // Right-aligned to the box, whatever the pill's width ("Netra · 12 · Serius"): a
            // pill reaching past the box would cover the send control beside it (WhatsApp,
            // Facebook and Instagram comments), and it stays inside the viewport.
            right: Math.max(4, document.documentElement.clientWidth - rect.right),
            onOpen: () => this.env.openReview(this),
          })
        : null,
    );
  }

  /** Keep the badge with the composer through scrolling containers and growth while typing. */
  private followComposer() {
    if (this.resizeObs) return;
    const reposition = () => {
      if (this.raf) return;
      this.raf = requestAnimationFrame(() => {
        this.raf = 0;
        const worst = worstSeverity(this.findings);
        if (worst) this.placeBadge(worst);
        repaintHighlights(this.id);
      });
    };
    this.resizeObs = new ResizeObserver(reposition);
    this.resizeObs.observe(this.el);
    addEventListener('scroll', reposition, { capture: true, passive: true, signal: this.abort.signal });
    addEventListener('resize', reposition, { passive: true, signal: this.abort.signal });
  }

  private stopFollowing() {
    this.resizeObs?.disconnect();
    this.resizeObs = null;
  }

  private findingAt(offset: number): Finding | null {
    return this.findings.find((f) => f.source !== 'image' && offset >= f.start && offset <= f.end && f.end > f.start) ?? null;
  }

  private onHover(e: MouseEvent) {
    if (this.findings.length === 0 || this.draft.field) return;
    const pos = caretFromPoint(e.clientX, e.clientY, this.el);
    const off = pos ? offsetOf(this.draft, pos.node, pos.offset) : null;
    const f = off === null ? null : this.findingAt(off);
    if (f) this.showTooltip(f, e.clientX, e.clientY + 18);
    else this.hideTooltip();
  }

  /** Keyboard users: when the caret sits inside a highlight, show its message too. */
  private onCaret() {
    if (this.findings.length === 0) return;
    if (this.draft.field) {
      const f = this.findingAt(this.draft.field.selectionStart ?? -1);
      if (f) {
        const r = this.el.getBoundingClientRect();
        this.showTooltip(f, r.left, r.bottom + 6);
      } else this.hideTooltip();
      return;
    }
    const sel = (this.el.getRootNode() as Document | ShadowRoot & { getSelection?: () => Selection | null }).getSelection?.() ?? getSelection();
    if (!sel || sel.rangeCount === 0) return;
    const off = offsetOf(this.draft, sel.focusNode!, sel.focusOffset);
    const f = off === null ? null : this.findingAt(off);
    if (!f) return this.hideTooltip();
    const r = rangeFor(this.draft, f.start, f.end)?.getBoundingClientRect();
    if (r) this.showTooltip(f, r.left, r.bottom + 6);
  }

  private showTooltip(f: Finding, x: number, y: number) {
    if (this.tooltipFor === f) return;
    this.tooltipFor = f;
    this.env.ui.show(
      'tooltip',
      h(Tooltip, { finding: f, left: Math.min(x, innerWidth - 350), top: Math.min(y, innerHeight - 90), onOpen: () => this.env.openReview(this) }),
    );
  }

  hideTooltip() {
    if (!this.tooltipFor) return;
    this.tooltipFor = null;
    this.env.ui.show('tooltip', null);
  }

  /** Where the caret was, so "Edit draft" can put it back. */
  saveSelection(): () => void {
    const el = this.el as HTMLElement;
    if (this.draft.field) {
      const f = this.draft.field;
      const [a, b] = [f.selectionStart, f.selectionEnd];
      return () => {
        f.focus();
        if (a !== null && b !== null) f.setSelectionRange(a, b);
      };
    }
    const sel = getSelection();
    const saved = sel && sel.rangeCount > 0 && el.contains(sel.getRangeAt(0).startContainer) ? sel.getRangeAt(0).cloneRange() : null;
    return () => {
      el.focus({ preventScroll: false });
      if (saved) {
        const s = getSelection();
        s?.removeAllRanges();
        s?.addRange(saved);
      }
    };
  }

  destroy() {
    this.abort.abort();
    this.mutations.disconnect();
    this.stopFollowing();
    if (this.timer) clearTimeout(this.timer);
    clearHighlights(this.env.ui, this.id);
    this.env.ui.show(`badge-${this.id}`, null);
    this.hideTooltip();
  }
}

function caretFromPoint(x: number, y: number, el: Element): { node: Node; offset: number } | null {
  const d = document as Document & {
    caretPositionFromPoint?: (x: number, y: number, options?: { shadowRoots: ShadowRoot[] }) => { offsetNode: Node; offset: number } | null;
    caretRangeFromPoint?: (x: number, y: number) => Range | null;
  };
  if (d.caretPositionFromPoint) {
    // Without the composer's shadow root named, the position is retargeted to the shadow host
    // (LinkedIn's post box in #interop-outlet) and hovering a highlight would show nothing.
    const root = el.getRootNode();
    const p = d.caretPositionFromPoint(x, y, root instanceof ShadowRoot ? { shadowRoots: [root] } : undefined);
    return p ? { node: p.offsetNode, offset: p.offset } : null;
  }
  const r = d.caretRangeFromPoint?.(x, y);
  return r ? { node: r.startContainer, offset: r.startOffset } : null;
}
