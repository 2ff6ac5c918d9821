/**
 * `npm run bench`: speed and size figures, printed with the targets beside them. Benchmarks,
 * not tests: they report, and exit 0 unless something breaks — or the built content script is
 * over its size budget (issue 11), which fails the run with the figure.
 *
 * The `alex` linter runs on the same drafts in the same process so the figures can be compared
 * across machines: "Netra is N× faster than alex" means the same on a laptop and on CI.
 */
import { build } from 'esbuild';
import { gzipSync } from 'node:zlib';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { performance } from 'node:perf_hooks';
import { text as alexText } from 'alex';
import type { createEngine } from '../src/engine/engine';
import { loadRules, ruleSources, loadGuidelines, shippedRules } from '../src/build/load-rules';
import { compileSources } from '../src/build/compile';
import { loadCorpus, readJsonl } from '../src/eval/evaluate';
import { naturalStrictEsbuild } from '../src/build/natural-strict';
import { withIndex } from '../src/build/index-snapshot';
import { CheckRun } from '../src/engine/check-run';
import { clauseIds } from '../src/engine/clauses';
import { judge, type EngineParts } from '../src/engine/judge';
import { PatternIndex } from '../src/engine/pattern-index';
import { readingOf } from '../src/engine/reading';
import type { CompiledRules } from '../src/engine/rules';
import { decide } from '../src/engine/scorer/apply';
import { featureHashes, type FeatureInput } from '../src/engine/scorer/features';
import { loadModel, probabilityOfHashes } from '../src/engine/scorer/model';
import { isRootWord } from '../src/engine/stem';
import { TargetIndex } from '../src/engine/targets';

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const us = (ms: number) => `${(ms * 1000).toFixed(1)} µs`;

function timeEach(fn: (s: string) => unknown, inputs: string[], rounds: number): number[] {
  const samples: number[] = [];
  for (let r = 0; r < rounds; r++) {
    for (const s of inputs) {
      const t = performance.now();
      fn(s);
      samples.push(performance.now() - t);
    }
  }
  return samples;
}

function postsOfLength(pool: string[], target: number, count: number): string[] {
  const out: string[] = [];
  let k = 0;
  for (let i = 0; i < count; i++) {
    let s = '';
    while (s.length < target) s += pool[k++ % pool.length] + (s.length % 3 === 0 ? '\n' : ' ');
    out.push(s.slice(0, target));
  }
  return out;
}

async function main() {
  const poolArg = process.argv.indexOf('--pool');
  const pool = (poolArg > 0 ? readJsonl(process.argv[poolArg + 1]!) : loadCorpus()).map((p) => p.text);
  if (pool.length === 0) throw new Error('tests/corpus is empty');

  // Compile time: from source files already read, as the build does.
  const sources = ruleSources();
  const guidelines = new Set(Object.keys(loadGuidelines().guidelines));
  const compileTimes: number[] = [];
  for (let i = 0; i < 10; i++) {
    const t = performance.now();
    compileSources(sources, guidelines);
    compileTimes.push(performance.now() - t);
  }
  const compiled = loadRules();
  // Time the engine as it ships: bundled and minified by esbuild, as Vite does for the
  // extension, rather than through tsx's development transform.
  const shipped = await build({
    entryPoints: ['src/engine/engine.ts'],
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'neutral',
    mainFields: ['module', 'main'],
    plugins: [naturalStrictEsbuild()],
    write: false,
  });
  const dir = mkdtempSync(join(tmpdir(), 'netra-bench-'));
  const file = join(dir, 'engine.mjs');
  writeFileSync(file, shipped.outputFiles[0]!.contents);
  const { createEngine: createShipped } = (await import(pathToFileURL(file).href)) as { createEngine: typeof createEngine };
  // Created from the rules as the extension ships them (with the index learnt at build time).
  const asShipped = withIndex(shippedRules(compiled));
  const t0 = performance.now();
  const engine = createShipped(asShipped);
  const initMs = performance.now() - t0;

  const short = postsOfLength(pool, 280, 200);
  const mid = postsOfLength(pool, 2000, 40);
  const long = postsOfLength(pool, 20000, 6);
  // Warm up: the stemmer memo and the JIT. A content script checks a draft at every pause in
  // typing, so its steady state is the one to time; a few hundred checks leave the JIT still
  // compiling (the median then moves by a third from run to run). alex is warmed the same way below.
  for (let r = 0; r < 4; r++) for (const s of [...short, ...mid]) engine.check(s);

  const m280 = median(timeEach((s) => engine.check(s), short, 5));
  const m2k = median(timeEach((s) => engine.check(s), mid, 5));
  const m20k = median(timeEach((s) => engine.check(s), long, 3));
  const scorer280 = scorerTime(compiled, short);
  for (let r = 0; r < 4; r++) for (const s of [...short.slice(0, 60), ...mid.slice(0, 10)]) alexText(s);
  const alex280 = median(timeEach((s) => alexText(s), short.slice(0, 60), 2));
  const alex2k = median(timeEach((s) => alexText(s), mid.slice(0, 10), 2));

  // Throughput as the CLI sees it.
  const batch = postsOfLength(pool, 200, 10_000);
  const tb = performance.now();
  for (const s of batch) engine.check(s);
  const batchMs = performance.now() - tb;

  // Content-script bundle of the engine with every rule, minified and gzipped.
  const bundle = await build({
    stdin: {
      contents: `import { createEngine } from './src/engine/engine';\nconst rules = ${JSON.stringify(shippedRules(compiled))};\nexport const engine = createEngine(rules);`,
      resolveDir: process.cwd(),
      loader: 'ts',
    },
    bundle: true,
    minify: true,
    format: 'iife',
    platform: 'browser',
    plugins: [naturalStrictEsbuild()],
    write: false,
  });
  const bytes = bundle.outputFiles[0]!.contents;
  const gz = gzipSync(bytes).length;

  const rows: Array<[string, string, string]> = [
    ['compile all rule packs (median of 10)', `${median(compileTimes).toFixed(1)} ms`, '≤ 100 ms'],
    ['create engine from compiled packs', `${initMs.toFixed(1)} ms`, ''],
    ['check(), 280-character post, warm median', us(m280), '≤ 100 µs'],
    ['learned scorer, 280-character post (CPU, mean)', us(scorer280), '≤ 30 µs'],
    ['check(), 2,000-character post, warm median', us(m2k), '≤ 600 µs'],
    ['check(), 20,000-character post, warm median', us(m20k), ''],
    ['  20,000 / 2,000 time ratio', `${(m20k / m2k).toFixed(1)}×`, '≤ 12× (linear)'],
    ['alex, 280-character post, median', us(alex280), ''],
    ['alex, 2,000-character post, median', us(alex2k), ''],
    ['  alex / Netra, 280 characters', `${(alex280 / m280).toFixed(1)}×`, '> 1 means Netra is faster'],
    ['  alex / Netra, 2,000 characters', `${(alex2k / m2k).toFixed(1)}×`, ''],
    ['10,000 posts of 200 characters (CLI work)', `${(batchMs / 1000).toFixed(2)} s`, 'seconds'],
    ['engine + all rules bundle, minified', `${(bytes.length / 1024).toFixed(1)} KB`, ''],
    ['engine + all rules bundle, gzip', `${(gz / 1024).toFixed(1)} KB`, '< 200 KB'],
  ];
  const content = builtContentScript();
  rows.push(['built content script (wxt build), gzip', content ? `${(content.gz / 1024).toFixed(1)} KB` : 'not built', `≤ ${CONTENT_BUDGET_KB} KB, model inside`]);
  for (const part of content?.parts ?? []) rows.push([`  of which ${part.name}`, `${(part.gz / 1024).toFixed(1)} KB`, part.rest ? '' : 'saved if left out']);
  const w = Math.max(...rows.map((r) => r[0].length));
  console.log(`Netra engine benchmark — ${compiled.rules.length} rules, ${Object.keys(compiled.macros).length} macros, node ${process.version}\n`);
  for (const [name, value, target] of rows) console.log(`${name.padEnd(w)}  ${value.padStart(12)}  ${target}`);
  if (!content) console.log('\n(no built content script: run `npx wxt build` first to measure it)');
  else if (content.gz > CONTENT_BUDGET_KB * 1024) {
    console.error(`\nOver budget: ${content.file} is ${(content.gz / 1024).toFixed(1)} KB gzip (budget ${CONTENT_BUDGET_KB} KB).`);
    process.exitCode = 1;
  }
}

/**
 * The learned scorer's inference on drafts already read by the engine: features hashed as they
 * are made, the weighted sum and the decision, the part the model adds to a check. CPU time, so
 * that other work on a loaded machine does not count.
 */
function scorerTime(compiled: CompiledRules, drafts: string[]): number {
  const parts: EngineParts = { compiled, index: new PatternIndex(compiled), reading: readingOf(compiled), targets: new TargetIndex(compiled, isRootWord, compiled.index?.targets), model: null, learnedRule: undefined };
  const model = loadModel(compiled.model!);
  const inputs: FeatureInput[] = drafts.map((d) => {
    const j = judge(parts, d);
    const run = new CheckRun(parts.index, j.analysis, parts.reading);
    const { src, tokens, stems } = j.analysis;
    return { src, tokens, stems, targets: j.targets, signals: j.signals, clauses: clauseIds(src, tokens, parts.reading), findings: j.findings, silencedBy: j.silenced.map((x) => x.by), headline: tokens.length ? run.titleShare(0) : 0, firstPerson: parts.reading.firstPerson };
  });
  const once = () => {
    for (const x of inputs) {
      const h = featureHashes(x);
      decide(x.findings, x.targets, probabilityOfHashes(model, h), model.thresholds, false);
    }
  };
  once();
  const rounds = 50;
  const t = process.cpuUsage();
  for (let r = 0; r < rounds; r++) once();
  const d = process.cpuUsage(t);
  return (d.user + d.system) / 1000 / rounds / inputs.length;
}

/** Every page with a composer loads the content script: what it weighs is what users download and parse. */
const CONTENT_BUDGET_KB = 200;

/** The content script of the last build (`NETRA_OUT_DIR` or .output), gzipped as a server would. */
function builtContentScript(): { file: string; gz: number; parts: Part[] } | null {
  for (const out of [process.env.NETRA_OUT_DIR, '.output'].filter((x): x is string => !!x)) {
    const file = join(out, 'chrome-mv3/content-scripts/content.js');
    if (!existsSync(file)) continue;
    const code = readFileSync(file, 'utf8');
    return { file, gz: gzipSync(code).length, parts: dataParts(code) };
  }
  return null;
}

interface Part {
  name: string;
  gz: number;
  rest?: true;
}

/** The data the build writes into the content script as string literals, known by how each starts. */
const DATA_PARTS: Array<[string, string]> = [
  ['rule data (packed)', '{"packs":'],
  // Patterns and entity lists are in extension storage, not in the script (src/page/rules-body.ts).
  ['model weights (Huffman-coded)', '{"n":'],
  ['guideline cards', '{"guidelines":'],
  // Front-coded: '0' and the first kept word, which changes with the rules (src/build/root-words-kept.ts).
  ['root words (stemmer)', '0a'],
];

/**
 * What each large data literal costs: the gzip size of the script minus that of the script with
 * the literal emptied (gzip shares context across parts, so this is the saving, not a share).
 * What is left is code, UI text and styles.
 */
function dataParts(code: string): Part[] {
  const total = gzipSync(code).length;
  const parts: Part[] = [];
  for (const [name, start] of DATA_PARTS) {
    const at = literalStarting(code, start);
    if (!at) continue;
    parts.push({ name, gz: total - gzipSync(code.slice(0, at[0] + 1) + code.slice(at[1])).length });
  }
  const data = parts.reduce((n, p) => n + p.gz, 0);
  return parts.length ? [...parts, { name: 'code, UI text and styles (the rest)', gz: total - data, rest: true as const }] : [];
}

/**
 * [open quote, close quote] of the longest string or template literal whose text starts with
 * `start` (two front-coded word lists start alike: the rule vocabulary's and the root words').
 */
function literalStarting(code: string, start: string): [number, number] | null {
  let best: [number, number] | null = null;
  for (const q of ['`', '"', "'"]) {
    // Inside double quotes the minifier escapes the text's double quotes; inside the others it does not.
    const head = q + (q === '"' ? JSON.stringify(start).slice(1, -1) : start);
    for (let open = code.indexOf(head); open >= 0; open = code.indexOf(head, open + 1)) {
      if (code[open - 1] === '\\') continue; // a quote inside another literal
      let i = open + 1;
      while (i < code.length && code[i] !== q) i += code[i] === '\\' ? 2 : 1;
      if (!best || i - open > best[1] - best[0]) best = [open, i];
    }
  }
  return best;
}

main().catch((e) => {
  console.error(e);
  process.exitCode = 1;
});
