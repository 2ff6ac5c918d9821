/**
 * One check, start to end: read the draft, run every rule, drop what exceptions silence, then
 * the identity rules (a job title counts only in a draft that is already partisan).
 */
import { Analysis } from './analysis';
import { CheckRun } from './check-run';
import type { CheckOptions, Explanation } from './engine';
import { SEVERITY_RANK, type Category, type Finding } from './finding';
import { dedupe, ruleFinding } from './finding-build';
import { silencer } from './exceptions';
import type { PatternIndex } from './pattern-index';
import type { Reading } from './reading';
import { candidatesOf } from './rule-kinds';
import type { CompiledRule, CompiledRules } from './rules';

export interface Judgement {
  analysis: Analysis;
  findings: Finding[];
  silenced: Explanation['silenced'];
}

export function judge(compiled: CompiledRules, index: PatternIndex, reading: Reading, text: string, options: CheckOptions = {}): Judgement {
  const analysis = new Analysis(index, reading, text);
  const run = new CheckRun(index, analysis, reading);
  const { src, tokens } = analysis;
  const lang = options.lang ?? 'id';
  const disabled = new Set(options.disabled ?? []);
  const findings: Finding[] = [];
  const silenced: Explanation['silenced'] = [];

  const runRule = (r: CompiledRule, owner: number) => {
    for (const c of candidatesOf(run, r, owner)) {
      const by = silencer(run, compiled.contexts, r, owner, c.anchor, c.a);
      let { a, b } = c;
      // A hashtag is reported whole: "#GuruPilih03", not "Pilih03".
      while (a > 0 && tokens[a]!.tag && tokens[a - 1]!.tag === tokens[a]!.tag) a--;
      while (b < tokens.length && tokens[b - 1]!.tag && tokens[b]!.tag === tokens[b - 1]!.tag) b++;
      const start = tokens[a]!.start;
      const end = tokens[b - 1]!.end;
      if (by) silenced.push({ ruleId: r.id, start, end, by });
      else findings.push(ruleFinding(r, src, start, end, lang));
    }
  };

  const rules = compiled.rules;
  // Every rule that is not switched off runs, so identity rules see the whole draft even when
  // `only` asks for one rule; `only` then filters what is reported.
  const enabled = (r: CompiledRule) => !disabled.has(r.id);
  rules.forEach((r, i) => {
    if (r.kind !== 'identity' && enabled(r)) runRule(r, i);
  });
  // Identity findings only count when the draft is already partisan.
  const present = new Set<Category>(findings.filter((f) => SEVERITY_RANK[f.severity] >= SEVERITY_RANK.warning).map((f) => f.category));
  rules.forEach((r, i) => {
    if (r.kind === 'identity' && enabled(r) && r.requires.some((c) => present.has(c))) runRule(r, i);
  });
  let out = findings;
  let quiet = silenced;
  if (options.only) {
    const only = new Set(options.only);
    const keep = (x: { ruleId: string }) => only.has(x.ruleId) && !disabled.has(x.ruleId);
    out = out.filter(keep);
    quiet = quiet.filter(keep);
  }
  out = dedupe(out);
  if (options.minSeverity) {
    const min = SEVERITY_RANK[options.minSeverity];
    out = out.filter((f) => SEVERITY_RANK[f.severity] >= min);
  }
  return { analysis, findings: out, silenced: quiet };
}
