/**
 * How much a judgement depends on how a draft is written rather than on what it says. Each
 * labelled draft is rewritten the ways writers vary (all lower case, all capitals, no
 * punctuation, a tag asking the readers' view, a chatty opening, a line per sentence) and
 * checked again: a partisan draft caught as written should stay caught, a harmless one left
 * alone should stay alone. A measure of generalisation that needs no unseen drafts.
 */
import type { Engine } from '../engine/engine';
import { isFlagged } from '../engine/finding';
import type { LabelledPost } from './evaluate';

export const REWRITES: ReadonlyArray<readonly [string, (t: string) => string]> = [
  ['all lower case', (t) => t.toLowerCase()],
  ['all capitals', (t) => t.toUpperCase()],
  ['no punctuation', (t) => t.replace(/[.,!?;:]/g, '')],
  ['a tag asking the readers', (t) => `${t} Gimana menurut kalian?`],
  ['a chatty opening', (t) => `Wkwk jujur aja ya, ${t}`],
  ['a line per sentence', (t) => t.replace(/([.!?]) /g, '$1\n')],
];

export interface RewriteRow {
  rewrite: string;
  /** Partisan drafts caught as written that the rewrite lost. */
  lost: number;
  caught: number;
  /** Harmless drafts left alone as written that the rewrite flags. */
  flagged: number;
  quiet: number;
}

export function robustness(engine: Engine, posts: readonly LabelledPost[], date?: string): RewriteRow[] {
  const opts = date ? { date } : {};
  const hit = (t: string) => isFlagged(engine.check(t, opts));
  const base = posts.map((p) => hit(p.text));
  return REWRITES.map(([rewrite, f]) => {
    const row: RewriteRow = { rewrite, lost: 0, caught: 0, flagged: 0, quiet: 0 };
    posts.forEach((p, i) => {
      if (p.expect === 'flag' && base[i]) {
        row.caught++;
        if (!hit(f(p.text))) row.lost++;
      } else if (p.expect === 'ok' && !base[i]) {
        row.quiet++;
        if (hit(f(p.text))) row.flagged++;
      }
    });
    return row;
  });
}

export function robustnessText(rows: readonly RewriteRow[]): string {
  const pct = (a: number, b: number) => (b ? `${((a / b) * 100).toFixed(1)}%` : '—');
  return rows.map((r) => `  ${r.rewrite.padEnd(26)} partisan lost ${String(r.lost).padStart(4)} of ${r.caught} (${pct(r.lost, r.caught)})   harmless flagged ${String(r.flagged).padStart(3)} of ${r.quiet} (${pct(r.flagged, r.quiet)})`).join('\n');
}
