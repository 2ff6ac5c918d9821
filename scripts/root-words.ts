/**
 * Writes src/build/root-words-seen.txt: the root words of every text the project judges itself
 * by (see src/build/root-words-kept.ts for why the content script keeps these). Run it after
 * `npm run train`, or when the corpus or the scenarios change. Needs ../shared/data, as training
 * does.
 */
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { rootsOfText, seenFile } from '../src/build/root-words-kept';
import { loadRules, loadScenarios } from '../src/build/load-rules';
import { createEngine } from '../src/engine/engine';
import { loadDatasets } from '../src/eval/datasets';

/** A root word of the labelled real posts is kept when this many of them have it. */
const MIN_REAL_POSTS = 2;

const data = loadDatasets();
if (!data.found.train || !data.found.real) {
  console.log('No labelled posts at ../shared/data: the committed list is unchanged.');
} else {
  const all = createRequire(import.meta.url)('natural/lib/natural/stemmers/indonesian/data/kata-dasar.json') as string[];
  const dictionary = new Set(all);
  const engine = createEngine(loadRules());
  // Our own drafts (the blind dev splits; the holdout is not among them) and the practice deck:
  // every root word of theirs.
  const own = [...data.learn.filter((p) => p.set === 'corpus' || p.set === 'blind').map((p) => p.text), ...loadScenarios().flatMap((s) => [s.draft.id, s.draft.en])];
  const roots = new Set<string>();
  for (const t of own) rootsOfText(t, engine, dictionary, roots);
  // The labelled real posts: the root words of two posts or more. A root of one post can carry no
  // weight of the scorer (a slot used by fewer than 13 training posts stays 0), and the content
  // script's size is what keeping it would cost.
  const real = data.learn.filter((p) => p.set === 'train' || p.set === 'real');
  const seenIn = new Map<string, number>();
  for (const p of real) for (const r of rootsOfText(p.text, engine, dictionary, new Set())) seenIn.set(r, (seenIn.get(r) ?? 0) + 1);
  for (const [r, n] of seenIn) if (n >= MIN_REAL_POSTS) roots.add(r);
  writeFileSync(seenFile(), [...roots].sort().join('\n') + '\n');
  console.log(`${roots.size} root words of ${own.length} drafts and ${real.length} labelled posts → ${seenFile()}`);
}
