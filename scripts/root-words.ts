/**
 * Writes src/build/root-words-seen.txt: the root words of every text the project judges itself
 * by (see src/build/root-words-kept.ts for why the content script keeps these). Run it after
 * `npm run train`, or when the corpus, a blind set or the scenarios change. Needs ../shared/data, as training
 * does.
 */
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { rootsOfText, seenFile, sharedRoots } from '../src/build/root-words-kept';
import { loadRules, loadScenarios } from '../src/build/load-rules';
import { createEngine } from '../src/engine/engine';
import { loadDatasets } from '../src/eval/datasets';

const data = loadDatasets();
if (!data.found.train || !data.found.real) {
  console.log('No labelled posts at ../shared/data: the committed list is unchanged.');
} else {
  const all = createRequire(import.meta.url)('natural/lib/natural/stemmers/indonesian/data/kata-dasar.json') as string[];
  const dictionary = new Set(all);
  const engine = createEngine(loadRules());
  // Our corpus and the practice deck: every root word of theirs.
  const own = [...data.learn.filter((p) => p.set === 'corpus').map((p) => p.text), ...loadScenarios().flatMap((s) => [s.draft.id, s.draft.en])];
  const roots = new Set<string>();
  for (const t of own) rootsOfText(t, engine, dictionary, roots);
  // The blind dev splits (the holdout is not among them) and the labelled real posts: the root
  // words thirteen texts or more share (`MIN_TEXTS_SHARING`). A root of one text can carry no
  // weight of the scorer (a slot used by fewer than 13 training posts stays 0), and the content
  // script's size is what keeping it would cost.
  const blind = data.learn.filter((p) => p.set === 'blind').map((p) => p.text);
  const real = data.learn.filter((p) => p.set === 'train' || p.set === 'real').map((p) => p.text);
  for (const r of sharedRoots(blind, engine, dictionary)) roots.add(r);
  for (const r of sharedRoots(real, engine, dictionary)) roots.add(r);
  writeFileSync(seenFile(), [...roots].sort().join('\n') + '\n');
  console.log(`${roots.size} root words of ${own.length + blind.length} drafts and ${real.length} labelled posts → ${seenFile()}`);
}
