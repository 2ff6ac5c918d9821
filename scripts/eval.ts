/**
 * `npm run eval`: how well Netra judges.
 *
 * 1. Our corpus (tests/corpus/*.jsonl) and the real posts of the development set
 *    (../shared/data/real-posts), in sample, overall and per category, with every miss.
 * 2. Leave one source out: every source of the development and training sets, and our own
 *    drafts, scored by the rules and by a scorer trained without that source's fold, next to the
 *    in-sample figures of the shipped scorer. Judge progress by these.
 * 3. The blind drafts' holdout splits (tests/corpus/blind … blind33): their misses never read (see
 *    their READMEs), each set and all of them together.
 *
 * 4. Rewrites: the written drafts that may be read (corpus, blind dev splits), rewritten the ways
 *    writers vary (case, punctuation, a tag, an opening), checked again (`src/eval/robustness.ts`).
 *
 * `--misses N` limits the lists; `--real`, `--corpus`, `--loso` or `--rewrites` runs one part only; `--date
 * YYYY-MM-DD` checks as on that day. Without ../shared the parts that need it say so.
 */
import { existsSync } from 'node:fs';
import { createEngine } from '../src/engine/engine';
import { loadRules } from '../src/build/load-rules';
import { evaluate, formatMisses, formatScores, loadCorpus, readJsonl, REAL_POSTS } from '../src/eval/evaluate';
import { loadDatasets } from '../src/eval/datasets';
import { losoRows, losoText, outOfFoldJudged } from '../src/eval/loso';
import { flaggedWith, fprOf, observe, recallOf, tally } from '../src/eval/observe';
import { loadModel, score } from '../src/engine/scorer/model';
import { robustness, robustnessText } from '../src/eval/robustness';

const argv = process.argv.slice(2);
const arg = (name: string) => (argv.includes(name) ? argv[argv.indexOf(name) + 1] : undefined);
const limit = arg('--misses') !== undefined ? Number(arg('--misses')) : Infinity;
const parts = ['--real', '--corpus', '--loso', '--rewrites'].filter((p) => argv.includes(p));
const run = (p: string) => parts.length === 0 || parts.includes(p);
const date = arg('--date');
const compiled = loadRules();
const engine = createEngine(compiled);
const opts = date ? { date } : {};

if (run('--corpus')) {
  const corpus = loadCorpus();
  const e = evaluate(engine, corpus, (p) => (p.tags?.includes('hard-negative') || p.id.startsWith('h') ? 'hard-negative' : (p.lang ?? 'id')), opts);
  console.log(formatScores(`Our corpus (tests/corpus, ${corpus.length} drafts, in sample)`, e));
  console.log(`Misses (${e.misses.length}):\n${formatMisses(e, limit)}\n`);
}
if (run('--real')) {
  if (!existsSync(REAL_POSTS)) console.log(`Real posts not found at ${REAL_POSTS}: that part needs ../shared beside the repository.\n`);
  else {
    const posts = readJsonl(REAL_POSTS);
    const e = evaluate(engine, posts, (p) => p.source ?? 'real', opts);
    console.log(formatScores(`Real posts (../shared/data/real-posts, ${posts.filter((p) => p.expect !== 'unsure').length} scored, unsure left out, in sample)`, e));
    console.log(`Misses (${e.misses.length}):\n${formatMisses(e, limit)}\n`);
  }
}
if (run('--loso')) loso();
if (run('--rewrites')) rewrites();

function loso() {
  const data = loadDatasets();
  if (!data.found.train || !compiled.model) {
    console.log('Leave one source out: needs ../shared/data/train-posts beside the repository and a trained model (npm run train); skipped.');
    return;
  }
  const started = Date.now();
  const bare = createEngine({ ...compiled, model: undefined });
  const learn = data.learn.map((p) => observe(bare, p));
  const oof = outOfFoldJudged(learn);
  console.log('Leave one source out (recall, false-positive rate; — where a source has fewer than 10 partisan posts)');
  console.log(losoText(losoRows(learn, oof, compiled.model)));
  const model = loadModel(compiled.model);
  const holdout = data.holdout.map((p) => observe(bare, p));
  const pct = (x: number) => (x * 100).toFixed(1) + '%';
  for (const [source, what] of [
    ['blind-holdout', 'Blind drafts, holdout split (misses never read; its false positives were read once, see its README)'],
    ['blind2-holdout', 'Second blind drafts, holdout split (never read)'],
    ['blind3-holdout', 'Third blind drafts, holdout split (never read)'],
    ['blind4-holdout', 'Blind harmless drafts, holdout split (never read)'],
    ['blind5-holdout', 'Fifth blind drafts (replies and comments; ASNs at work), holdout split (never read)'],
    ['blind6-holdout', 'Sixth blind drafts (English, code-mixed and regional; evasions), holdout split (never read)'],
    ['blind7-holdout', 'Seventh blind drafts (politics between elections; ASNs outside Java), holdout split (never read)'],
    ['blind8-holdout', 'Eighth blind drafts (platform-shaped posts; minimal pairs), holdout split (never read)'],
    ['blind9-holdout', 'Ninth blind drafts (long posts; short posts as typed), holdout split (never read)'],
    ['blind10-holdout', 'Tenth blind drafts (past election seasons; opinion and analysis), holdout split (never read)'],
    ['blind11-holdout', 'Eleventh blind drafts (community and faith groups; legislators), holdout split (never read)'],
    ['blind12-holdout', 'Twelfth blind drafts (humour and wordplay; forwards and shares), holdout split (never read)'],
    ['blind13-holdout', 'Thirteenth blind drafts (election day and after; young ASN voices), holdout split (never read)'],
    ['blind14-holdout', 'Fourteenth blind drafts (typed on a phone; policy talk or a side), holdout split (never read)'],
    ['blind15-holdout', 'Fifteenth blind drafts (seasons and occasions; frontline public servants), holdout split (never read)'],
    ['blind16-holdout', 'Sixteenth blind drafts (office-bound public servants; the grammar around a side), holdout split (never read)'],
    ['blind17-holdout', 'Seventeenth blind drafts (numbers, dates, colours and symbols; office heads\' announcements), holdout split (never read)'],
    ['blind18-holdout', 'Eighteenth blind drafts (captions over shared news and videos; family and private circles), holdout split (never read)'],
    ['blind19-holdout', 'Nineteenth blind drafts (attacks beside harmless criticism; likes, shares and follows), holdout split (never read)'],
    ['blind20-holdout', 'Twentieth blind drafts (praise, defence and prediction in everyday words; the regions\' own words), holdout split (never read)'],
    ['blind21-holdout', 'Twenty-first blind drafts (targets named by description or role; fandom, stan and meme language), holdout split (never read)'],
    ['blind22-holdout', 'Twenty-second blind drafts (exceptions beside a side taken; reporting beside the writer\'s own voice), holdout split (never read)'],
    ['blind23-holdout', 'Twenty-third blind drafts (English-first and code-mixed; sitting officials and the election calendar), holdout split (never read)'],
    ['blind24-holdout', 'Twenty-fourth blind drafts (replies in threads and group chats; predictions, bets and numbers), holdout split (never read)'],
    ['blind25-holdout', 'Twenty-fifth blind drafts (names as people type them; party life and campaign work), holdout split (never read)'],
    ['blind26-holdout', 'Twenty-sixth blind drafts (teachers, lecturers and schools; wordplay and verse), holdout split (never read)'],
    ['blind27-holdout', 'Twenty-seventh blind drafts (the pre-season of the next elections; health workers and social aid), holdout split (never read)'],
    ['blind28-holdout', 'Twenty-eighth blind drafts (village and sub-district government and rural life; civil servants as content creators), holdout split (never read)'],
    ['blind29-holdout', 'Twenty-ninth blind drafts (revenue, customs, immigration, land and justice offices; Indonesians abroad and the overseas vote), holdout split (never read)'],
    ['blind30-holdout', 'Thirtieth blind drafts (transport, public works and infrastructure offices; culture, tourism, sport and youth offices), holdout split (never read)'],
    ['blind31-holdout', 'Thirty-first blind drafts (agriculture, fisheries, forestry and environment offices; civil registry, statistics, planning and personnel offices), holdout split (never read)'],
    ['blind32-holdout', 'Thirty-second blind drafts (trade, industry, cooperatives, small-business and manpower offices; communication and informatics offices, public relations, libraries and archives), holdout split (never read)'],
    ['blind33-holdout', 'Thirty-third blind drafts (regional parliament and regional secretariats, election bodies\' secretariats; disaster management, fire and rescue, public order and civil protection offices), holdout split (never read)'],
    ['', 'All written holdouts together'],
  ] as const) {
    const part = holdout.filter((o) => !source || o.post.source === source);
    if (part.length === 0) continue;
    const t = tally(part.map((o) => ({ pos: o.post.expect === 'flag', flagged: flaggedWith(o, score(model, o.features).p, compiled.model!.thresholds) })));
    const recall = t.tp + t.fn > 0 ? `recall ${pct(recallOf(t))}, ` : '';
    console.log(`\n${what}, ${part.length} drafts: ${recall}false-positive rate ${pct(fprOf(t))} (tp ${t.tp}, fn ${t.fn}, fp ${t.fp}, tn ${t.tn}).`);
  }
  console.log(`(${((Date.now() - started) / 1000).toFixed(0)} s)`);
}

function rewrites() {
  const readable = loadDatasets().learn.filter((p) => p.set === 'corpus' || p.set === 'blind');
  console.log(`\nRewritten drafts (${readable.length} of our corpus and the blind dev splits): what a rewrite loses or adds`);
  console.log(robustnessText(robustness(engine, readable, date)));
}
