/**
 * Guideline library compiler. Beyond shape, it enforces the legal promises: no citation graded
 * M ever reaches a user, sanctions are worded as possibilities, every channel exists, and what
 * users read carries no research grade and no hedge from the sources (those belong in the
 * maintainers' `note`/`notes` fields, which never ship: see `forUsers`).
 */
import { parse } from 'yaml';
import { CITATION_WORDS, citeEnglish, SANCTION_KINDS, THEMES, type SourceChannel, type SourceGuideline, type SourceLibrary } from '../engine/guideline';
import { CompileErrors, RuleError, type SourceFile } from './compile';

const GRADES = ['V1', 'V2', 'V3', 'C'];

/**
 * Words of research notes, not of guidance: a grade in brackets, "the sources say", "a cautious
 * reading", "as reported", "not checked against the official text", in either language.
 */
export const HEDGES: readonly RegExp[] = [
  /\((?:V[123]|C|M)\)/,
  /\bsumber(?:nya| lain| yang kami)\b|\bsebagian sumber\b|\bmenurut (?:sumber|pemberitaan|transkripsi)\b|\bdiberitakan\b|\btranskripsi\b|\bbelum dicek\b|\bbacaan yang berhati-hati\b|\bkami (?:memperlakukan|memasukkan)/i,
  /\b(?:the|some|other) sources\b|\baccording to the (?:sources|same reports)\b|\bas reported\b|\breported in the news\b|\btranscription\b|\bnot checked against\b|\bcautious reading\b|\bwe (?:treat|count)\b/i,
];

export function findHedge(text: string): string | null {
  for (const re of HEDGES) {
    const m = text.match(re);
    if (m) return m[0];
  }
  return null;
}

export function compileGuidelines(files: SourceFile[]): SourceLibrary {
  const errors: RuleError[] = [];
  const lib: SourceLibrary = { guidelines: {}, channels: {} };
  const fail = (file: string, reason: string) => errors.push(new RuleError(file, 1, reason));
  /** A text users read: both languages, and no hedge. */
  const loc = (file: string, v: unknown, what: string) => {
    const o = v as { id?: unknown; en?: unknown } | undefined;
    if (!o || typeof o.id !== 'string' || typeof o.en !== 'string' || !o.id.trim() || !o.en.trim()) return fail(file, `${what} needs "id" and "en" text`);
    for (const text of [o.id, o.en]) {
      const hedge = findHedge(text);
      if (hedge) fail(file, `${what}: "${hedge}" is a research note, not guidance; say it plainly and keep the note in "note"/"notes"`);
    }
  };
  const list = (file: string, v: unknown, what: string) => {
    const o = v as { id?: unknown; en?: unknown } | undefined;
    if (!Array.isArray(o?.id) || !Array.isArray(o?.en) || o.id.length === 0) return fail(file, `${what} needs id and en lists`);
    (o.id as unknown[]).forEach((s, i) => loc(file, { id: s, en: (o.en as unknown[])[i] }, `${what}[${i}]`));
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
      for (const c of (data as SourceChannel[]) ?? []) {
        if (!c?.id || !c.name) fail(f.path, 'each channel needs id and name');
        else if (!GRADES.includes(c.grade)) fail(f.path, `channel ${c.id}: grade must be one of ${GRADES.join(', ')} (M is never shown)`);
        else lib.channels[c.id] = c;
        loc(f.path, c?.name, `channel ${c?.id} name`);
        loc(f.path, c?.note, `channel ${c?.id} note`);
      }
      continue;
    }
    const g = data as SourceGuideline & { legal?: Array<{ says?: unknown }> };
    const base = f.path.split('/').pop()!.replace(/\.ya?ml$/, '');
    if (!g || g.id !== base) {
      fail(f.path, `id must equal the file name "${base}"`);
      continue;
    }
    if (!THEMES.includes(g.theme)) fail(f.path, `theme must be one of ${THEMES.join(', ')}`);
    for (const k of ['title', 'short', 'explanation'] as const) loc(f.path, g[k], k);
    loc(f.path, g.dialog?.found, 'dialog.found');
    loc(f.path, g.dialog?.do, 'dialog.do');
    for (const lang of ['id', 'en'] as const) if (g.dialog?.found?.[lang] && !g.dialog.found[lang].includes('{match}')) fail(f.path, `dialog.found.${lang} must name the words with {match}`);
    list(f.path, g.instead, 'instead');
    if (!Array.isArray(g.legal) || g.legal.length === 0) fail(f.path, 'at least one legal reference');
    for (const r of g.legal ?? []) {
      if (!GRADES.includes(r.grade)) fail(f.path, `legal "${r.ref}": grade ${r.grade} may not be shown (allowed: ${GRADES.join(', ')})`);
      if ('says' in r) fail(f.path, `legal "${r.ref}": "says" is now "meaning" (plain, one line) plus an optional maintainers' "note"`);
      const english = r.ref_en ?? citeEnglish(r.ref ?? '');
      const left = english.match(CITATION_WORDS)?.[0];
      if (left) fail(f.path, `legal "${r.ref}": its English reading still says "${left}"; give it a "ref_en"`);
      const hedge = findHedge(r.ref ?? '') ?? findHedge(english);
      if (hedge) fail(f.path, `legal "${r.ref}": "${hedge}" belongs in its "note", not in the reference`);
      loc(f.path, r.meaning, `legal "${r.ref}" meaning`);
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
