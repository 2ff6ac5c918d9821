/**
 * The real posts in ../shared are for measuring only: no sentence from them may be copied into
 * the project (rule examples, lexicon comments, corpus, scenarios, guidelines). Checked as
 * shared runs of six words after light normalisation. Runs with `npm run check:shared`.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { readJsonl, REAL_POSTS } from '../../src/eval/evaluate';

const RUN = 6;
const words = (s: string) =>
  s
    .toLowerCase()
    .replace(/https?:\/\/\S+/g, ' ')
    .replace(/\[\[|\]\]/g, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
const shingles = (s: string) => {
  const w = words(s);
  const out: string[] = [];
  for (let i = 0; i + RUN <= w.length; i++) out.push(w.slice(i, i + RUN).join(' '));
  return out;
};

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? files(p) : /\.(ya?ml|jsonl|json|md)$/.test(f) ? [p] : [];
  });
}

test('no six-word run of a real post appears in rules/ or tests/corpus/', () => {
  const real = new Map<string, string>();
  for (const p of readJsonl(REAL_POSTS)) for (const s of shingles(p.text)) real.set(s, p.id);
  const root = join(__dirname, '../..');
  const hits: string[] = [];
  for (const f of [...files(join(root, 'rules')), ...files(join(root, 'tests/corpus'))]) {
    for (const [i, line] of readFileSync(f, 'utf8').split('\n').entries()) {
      for (const s of shingles(line)) {
        const id = real.get(s);
        if (id) {
          hits.push(`${f.slice(root.length + 1)}:${i + 1} shares "${s}" with real post ${id}`);
          break;
        }
      }
    }
  }
  expect(hits).toEqual([]);
});
