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

const data = loadDatasets();
if (!data.found.train || !data.found.real) {
  console.log('No labelled posts at ../shared/data: the committed list is unchanged.');
} else {
  const all = createRequire(import.meta.url)('natural/lib/natural/stemmers/indonesian/data/kata-dasar.json') as string[];
  const dictionary = new Set(all);
  const engine = createEngine(loadRules());
  // The posts the scorer learns from (the blind holdout is not among them) and the practice deck.
  const texts = [...data.learn.map((p) => p.text), ...loadScenarios().flatMap((s) => [s.draft.id, s.draft.en])];
  const roots = new Set<string>();
  for (const t of texts) rootsOfText(t, engine, dictionary, roots);
  writeFileSync(seenFile(), [...roots].sort().join('\n') + '\n');
  console.log(`${roots.size} root words of ${texts.length} texts → ${seenFile()}`);
}
