/**
 * `npm run fuzz [-- --runs N --long-runs M --seed S --max-n L]`: the engine fuzzed at length. N hostile
 * drafts of everyday length (default 100,000) and M long ones (default 500, pieces up to 5,000
 * characters; tests/fuzz/arbitraries.ts), each checked for exceptions and span errors, with the
 * time per check by length; then the families of long runs the unit suite keeps short — runs of
 * dots and ellipses ("…" × 100,000), long tokens, combining marks — each timed at growing
 * lengths, so a check that grows faster than the text shows (µs per char rising with n). A
 * family's ladder stops when one step takes over a minute, except the two of issue 16 ("…" and
 * "."), always run to 100,000. Timings live here, never in a timed test.
 * Exit code 1 when any invariant breaks (the input is printed to reproduce it).
 */
import fc from 'fast-check';
import { performance } from 'node:perf_hooks';
import { loadRules } from '../src/build/load-rules';
import { createEngine } from '../src/engine/engine';
import { runMain, writeOut } from '../src/cli/output';
import { hostileText, violations } from '../tests/fuzz/arbitraries';

const out = (s: string) => writeOut(process.stdout, s + '\n');

async function main(argv: string[]): Promise<number> {
  const arg = (name: string, dflt: number) => {
    const i = argv.indexOf(name);
    return i >= 0 ? Number(argv[i + 1]) : dflt;
  };
  const runs = arg('--runs', 100_000);
  const longRuns = arg('--long-runs', 500);
  // A quicker look: the family ladders stop at this n (the full run goes to 100,000).
  const maxN = arg('--max-n', 100_000);
  const seed = arg('--seed', Date.now() % 2 ** 31);
  const engine = createEngine(loadRules());
  engine.check('warm-up: ayo coblos nomor 2');
  await out(`Netra engine fuzz — ${runs} hostile drafts and ${longRuns} long ones, seed ${seed}, node ${process.version}\n`);

  const buckets = [100, 1_000, 10_000, 100_000, Infinity].map((upTo) => ({ upTo, n: 0, ms: 0, max: 0, chars: 0, findings: 0 }));
  const bad: string[] = [];
  let done = 0;
  const started = performance.now();
  const property = (long: number) =>
    fc.property(hostileText(long, 24), fc.constantFrom('id' as const, 'en' as const), (text, lang) => {
      const t0 = performance.now();
      const v = violations(engine, text, lang);
      const ms = performance.now() - t0;
      const b = buckets.find((x) => text.length < x.upTo)!;
      b.n++;
      b.ms += ms;
      b.max = Math.max(b.max, ms);
      b.chars += text.length;
      done++;
      if (v.length && bad.length < 5) bad.push(`${v.join('; ')}\n    input: ${JSON.stringify(text.slice(0, 300))}${text.length > 300 ? '…' : ''}`);
      return true;
    });
  fc.check(property(200), { numRuns: runs, seed });
  fc.check(property(5_000), { numRuns: longRuns, seed: seed + 1 });
  const total = (performance.now() - started) / 1000;
  await out(`${done} drafts in ${total.toFixed(1)} s; ${bad.length ? 'INVARIANTS BROKEN' : 'no exception, every span inside its text and equal to it'}`);
  await out('\nlength           drafts   mean ms   max ms   µs per char');
  let lo = 0;
  for (const b of buckets) {
    if (b.n) await out(`${`${lo}–${b.upTo === Infinity ? '…' : b.upTo - 1}`.padEnd(15)}  ${String(b.n).padStart(6)}  ${(b.ms / b.n).toFixed(3).padStart(8)}  ${b.max.toFixed(1).padStart(7)}  ${((b.ms * 1000) / Math.max(1, b.chars)).toFixed(2).padStart(12)}`);
    lo = b.upTo;
  }

  // Long runs: time at growing lengths. A linear check keeps µs per char flat as n grows.
  await out('\nfamily                 n        ms     µs per char   findings');
  const families: Array<[string, (n: number) => string]> = [
    ['"…" × n', (n) => '…'.repeat(n)],
    ['"." × n', (n) => '.'.repeat(n)],
    ['". " × n', (n) => '. '.repeat(n)],
    ['"..…" × n', (n) => '..…'.repeat(n)],
    ['word + "…" × n', (n) => `Ayo coblos nomor 2 ${'…'.repeat(n)} pilih dia`],
    ['"a" × n (one token)', (n) => 'a'.repeat(n)],
    ['"e" + U+0301 × n', (n) => 'e' + '\u0301'.repeat(n)],
    ['"coblos " × n', (n) => 'coblos '.repeat(n)],
  ];
  for (const [name, make] of families) {
    const always = name === '"…" × n' || name === '"." × n';
    for (const n of [1_000, 10_000, 20_000, 100_000].filter((x) => x <= maxN)) {
      const text = make(n);
      const t0 = performance.now();
      const v = violations(engine, text);
      const ms = performance.now() - t0;
      const count = engine.check(text).length;
      if (v.length) bad.push(`${name}, n = ${n}: ${v.slice(0, 3).join('; ')}`);
      await out(`${name.padEnd(20)} ${String(n).padStart(7)} ${ms.toFixed(0).padStart(9)} ${((ms * 1000) / text.length).toFixed(2).padStart(12)} ${String(count).padStart(10)}`);
      if (ms > 60_000 && !always) {
        await out(`${''.padEnd(20)} (longer steps left out: this one took over a minute)`);
        break;
      }
    }
  }
  if (bad.length) await out(`\nBroken invariants (first ${bad.length}):\n  ${bad.join('\n  ')}`);
  return bad.length ? 1 : 0;
}

runMain('fuzz', () => main(process.argv.slice(2)));
