/**
 * Guideline library compiler. Beyond shape, it enforces the legal promises: no citation graded
 * M ever reaches a user, sanctions are worded as possibilities, every channel exists.
 */
import { parse } from 'yaml';
import { SANCTION_KINDS, THEMES, type Channel, type Guideline, type GuidelineLibrary } from '../engine/guideline';
import { CompileErrors, RuleError, type SourceFile } from './compile';

const GRADES = ['V1', 'V2', 'V3', 'C'];

export function compileGuidelines(files: SourceFile[]): GuidelineLibrary {
  const errors: RuleError[] = [];
  const lib: GuidelineLibrary = { guidelines: {}, channels: {} };
  const fail = (file: string, reason: string) => errors.push(new RuleError(file, 1, reason));
  const loc = (file: string, v: unknown, what: string) => {
    const o = v as { id?: unknown; en?: unknown } | undefined;
    if (!o || typeof o.id !== 'string' || typeof o.en !== 'string' || !o.id.trim() || !o.en.trim()) fail(file, `${what} needs "id" and "en" text`);
  };

  for (const f of files) {
    let data: unknown;
    try {
      data = parse(f.text);
    } catch (e) {
      const line = (e as { linePos?: Array<{ line: number }> }).linePos?.[0]?.line ?? 1;
      errors.push(new RuleError(f.path, line, `YAML: ${(e as Error).message.split('\n')[0]}`));
      continue;
    }
    if (f.path.endsWith('channels.yml')) {
      for (const c of (data as Channel[]) ?? []) {
        if (!c?.id || !c.name) fail(f.path, 'each channel needs id and name');
        else if (!GRADES.includes(c.grade)) fail(f.path, `channel ${c.id}: grade must be one of ${GRADES.join(', ')} (M is never shown)`);
        else lib.channels[c.id] = c;
        loc(f.path, c?.note, `channel ${c?.id} note`);
      }
      continue;
    }
    const g = data as Guideline;
    const base = f.path.split('/').pop()!.replace(/\.ya?ml$/, '');
    if (!g || g.id !== base) {
      fail(f.path, `id must equal the file name "${base}"`);
      continue;
    }
    if (!THEMES.includes(g.theme)) fail(f.path, `theme must be one of ${THEMES.join(', ')}`);
    for (const k of ['title', 'short', 'explanation'] as const) loc(f.path, g[k], k);
    if (!Array.isArray(g.instead?.id) || !Array.isArray(g.instead?.en) || g.instead.id.length === 0) fail(f.path, 'instead needs id and en lists');
    if (!Array.isArray(g.legal) || g.legal.length === 0) fail(f.path, 'at least one legal reference');
    for (const r of g.legal ?? []) {
      if (!GRADES.includes(r.grade)) fail(f.path, `legal "${r.ref}": grade ${r.grade} may not be shown (allowed: ${GRADES.join(', ')})`);
      loc(f.path, r.says, `legal "${r.ref}" says`);
    }
    if (!g.sanction || !Array.isArray(g.sanction.kinds) || g.sanction.kinds.some((k) => !SANCTION_KINDS.includes(k))) fail(f.path, `sanction.kinds must be from ${SANCTION_KINDS.join(', ')}`);
    loc(f.path, g.sanction?.text, 'sanction text');
    lib.guidelines[g.id] = g;
  }
  for (const g of Object.values(lib.guidelines)) {
    for (const c of g.report ?? []) if (!lib.channels[c]) fail(`guidelines/${g.id}.yml`, `unknown report channel "${c}"`);
  }
  if (errors.length) throw new CompileErrors(errors);
  return lib;
}
