/**
 * `npm run eval`: precision, recall and false-positive rate on our corpus and on the shared real
 * posts, overall and per category, then every miss. `--misses N` limits the list; `--real` or
 * `--corpus` runs one set only.
 */
import { existsSync } from 'node:fs';
import { createEngine } from '../src/engine/engine';
import { loadRules } from '../src/build/load-rules';
import { evaluate, formatMisses, formatScores, loadCorpus, readJsonl, REAL_POSTS } from '../src/eval/evaluate';

const argv = process.argv.slice(2);
const limitArg = argv.indexOf('--misses');
const limit = limitArg >= 0 ? Number(argv[limitArg + 1]) : Infinity;
const only = argv.includes('--real') ? 'real' : argv.includes('--corpus') ? 'corpus' : 'both';
const engine = createEngine(loadRules());

if (only !== 'real') {
  const corpus = loadCorpus();
  const e = evaluate(engine, corpus, (p) => (p.tags?.includes('hard-negative') || p.id.startsWith('h') ? 'hard-negative' : p.lang ?? 'id'));
  console.log(formatScores(`Our corpus (tests/corpus, ${corpus.length} drafts)`, e));
  console.log(`Misses (${e.misses.length}):\n${formatMisses(e, limit)}\n`);
}
if (only !== 'corpus') {
  if (!existsSync(REAL_POSTS)) console.log(`Real posts not found at ${REAL_POSTS}; skipped.`);
  else {
    const posts = readJsonl(REAL_POSTS);
    const e = evaluate(engine, posts, (p) => p.source ?? 'real');
    console.log(formatScores(`Real posts (../shared/data/real-posts, ${posts.filter((p) => p.expect !== 'unsure').length} scored, unsure left out)`, e));
    console.log(`Misses (${e.misses.length}):\n${formatMisses(e, limit)}`);
  }
}
