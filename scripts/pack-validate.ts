/**
 * `npm run pack:validate -- FILE…` checks single-file rule packs before an agency rolls them
 * out: schema, patterns, macros, examples (each flag example must be found, each allow example
 * must stay clean), checksum and validity dates, with file:line for every problem.
 * `--write` puts the correct checksum into the file. Exit code: 0 ok, 1 problems, 2 usage.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { loadGuidelines, loadRules } from '../src/build/load-rules';
import { createEngine } from '../src/engine/engine';
import { mergeRules, localDate } from '../src/engine/merge';
import { parseMarked } from '../src/engine/marked';
import { checkPackFile, withChecksum } from '../src/packs/pack-file';
import { runMain } from '../src/cli/output';

async function main(argv: string[]): Promise<number> {
  const write = argv.includes('--write');
  const files = argv.filter((a) => a !== '--write' && a !== '--');
  const unknown = files.find((f) => f.startsWith('-'));
  if (unknown || files.length === 0) {
    console.error(`pack:validate: ${unknown ? `unknown option ${unknown}` : 'give one or more pack files'}\nUsage: npm run pack:validate -- [--write] FILE…`);
    return 2;
  }
  const bundled = loadRules();
  const guidelines = new Set(Object.keys(loadGuidelines().guidelines));
  let bad = 0;
  for (const file of files) {
    if (!existsSync(file)) {
      console.error(`${file}: no such file`);
      bad++;
      continue;
    }
    let text = readFileSync(file, 'utf8');
    if (write) {
      text = await withChecksum(text);
      writeFileSync(file, text);
    }
    const r = await checkPackFile(text, file, { external: bundled, guidelines, today: localDate() });
    // Examples run against the bundled packs plus this one, as in the browser.
    if (r.compiled) {
      const engine = createEngine(mergeRules(bundled, r.compiled));
      for (const rule of r.compiled.rules) {
        for (const ex of rule.examples.flag) {
          const { text: t, spans } = parseMarked(ex);
          const got = engine.check(t, { only: [rule.id] }).map((f) => [f.start, f.end]);
          if (JSON.stringify(got) !== JSON.stringify(spans)) r.errors.push(`${file}: ${rule.id}: flag example not found as marked: ${ex}`);
        }
        for (const ex of rule.examples.allow) if (engine.check(ex, { only: [rule.id] }).length) r.errors.push(`${file}: ${rule.id}: allow example is flagged: ${ex}`);
      }
      r.ok = r.errors.length === 0;
    }
    if (r.ok) {
      const i = r.info!;
      console.log(`${file}: OK — ${i.name} ${i.version} (${i.kind}), ${r.compiled!.rules.length} rules, ${Object.keys(r.compiled!.macros).length} lists, valid ${i.validFrom ?? '…'} to ${i.validUntil ?? '…'}; ${r.checksum.expected}`);
    } else {
      bad++;
      console.log(`${file}: ${r.errors.length} problem${r.errors.length === 1 ? '' : 's'}`);
      for (const e of r.errors) console.log(`  ${e}`);
    }
    for (const w of r.warnings) console.log(`  note: ${w}`);
  }
  return bad ? 1 : 0;
}

runMain('pack:validate', () => main(process.argv.slice(2)));
