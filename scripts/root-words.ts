/**
 * Writes src/build/root-words-learnt.txt: the root words of every text the learned scorer learns
 * from (see src/build/root-words-kept.ts for why the content script keeps these). Run it after
 * `npm run train` when the labelled posts change. Needs ../shared/data, as training does.
 */
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { learntFile, rootsOfText } from '../src/build/root-words-kept';
import { loadDatasets } from '../src/eval/datasets';

const data = loadDatasets();
if (!data.found.train || !data.found.real) {
  console.log('No labelled posts at ../shared/data: the committed list is unchanged.');
} else {
  const all = createRequire(import.meta.url)('natural/lib/natural/stemmers/indonesian/data/kata-dasar.json') as string[];
  const dictionary = new Set(all);
  const roots = new Set<string>();
  for (const p of data.learn) rootsOfText(p.text, dictionary, roots);
  writeFileSync(learntFile(), [...roots].sort().join('\n') + '\n');
  console.log(`${roots.size} root words of ${data.learn.length} posts → ${learntFile()}`);
}
