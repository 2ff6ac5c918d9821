/**
 * The token pattern language rules are written in. A pattern is a space-separated sequence:
 *
 *   word        a token whose canonical form (or surface form) is `word`
 *   WORD        the same, written in capitals in the draft ("AMIN" the ticket, not "amin" the prayer)
 *   ~word       a token with the same Indonesian stem (~pilih matches memilih, dipilih, pilihlah)
 *   word*       a token starting with `word`
 *   /re/        a token whose canonical form fully matches the regular expression
 *   @name       any of the patterns of macro `name` (entity lists, ballot numbers, vote verbs)
 *   ^name       a capitalised word that is not the first of its sentence (a person's name, e.g.
 *               "vote for Budi", "coblos Pak Hendra"); common capitalised words are excluded
 *   #x          prefix: the token must be part of a hashtag (#amin, but not "amin" in a prayer);
 *               on the first alternative it marks the whole position (#pilih|coblos)
 *   a|~b|@c     alternatives for one position
 *   [x]         optional position
 *   ..N         skip up to N tokens (never across a sentence)
 *
 * Parsing happens at build time (errors carry the rule file and line); the parsed form is plain
 * JSON so the extension ships no parser for YAML and no pattern compiler at run time.
 */

export type Atom =
  | { k: 'w'; v: string; tag?: true; caps?: true }
  | { k: 's'; v: string; tag?: true }
  | { k: 'p'; v: string; tag?: true }
  | { k: 'r'; v: string; tag?: true }
  | { k: 'm'; v: string; tag?: true }
  | { k: 'n'; v: ''; tag?: true }
  /**
   * A name from the entity lists of a target class (`kandidat`, `tokoh-lemah`, `pasangan` …; see
   * `TARGET_CLASSES` in targets.ts), found by the target layer's name index. Not written in
   * patterns: the compiler puts one such atom in each macro the entity lists fill.
   */
  | { k: 't'; v: string; tag?: true };

export type Elem = { k: 'e'; alts: Atom[]; opt?: true } | { k: 'gap'; max: number };
export type Pattern = Elem[];

export class PatternError extends Error {}

/**
 * The closed grammar of the names packs give things (macros, contexts, pack ids): lower case,
 * digits and dashes, at most 64 characters, and never a name every plain object already has
 * (`constructor`): packs are data from outside, and a name must never reach the prototype.
 */
const NAME = /^[a-z0-9][a-z0-9-]{0,63}$/;
const RESERVED = new Set(Object.getOwnPropertyNames(Object.prototype));
export function isPackName(name: string): boolean {
  return NAME.test(name) && !RESERVED.has(name);
}

export function parsePattern(src: string, stem: (w: string) => string): Pattern {
  const parts = src.trim().split(/\s+/).filter(Boolean);
  if (parts.length === 0) throw new PatternError('empty pattern');
  const out: Pattern = [];
  for (const part of parts) {
    const gap = /^\.\.(\d+)$/.exec(part);
    if (gap) {
      if (out.length === 0) throw new PatternError(`"${part}": a pattern cannot start with a gap`);
      out.push({ k: 'gap', max: Number(gap[1]) });
      continue;
    }
    let body = part;
    let opt = false;
    if (body.startsWith('[') && body.endsWith(']')) {
      opt = true;
      body = body.slice(1, -1);
    }
    if (!body) throw new PatternError(`"${part}": empty element`);
    // A leading `#` marks the whole position: `#pilih|coblos` is `#pilih|#coblos`.
    let parts = splitAlternatives(body);
    if (body.startsWith('#')) parts = parts.map((a) => (a.startsWith('#') ? a : '#' + a));
    const alts = parts.map((a) => parseAtom(a, stem, src));
    out.push(opt ? { k: 'e', alts, opt: true } : { k: 'e', alts });
  }
  if (out.every((e) => e.k === 'gap' || e.opt)) throw new PatternError('every element is optional');
  if (out[out.length - 1]!.k === 'gap') throw new PatternError('a pattern cannot end with a gap');
  return out;
}

/** Split on `|` outside of /regex/ atoms. */
function splitAlternatives(body: string): string[] {
  const alts: string[] = [];
  let cur = '';
  let inRe = false;
  for (let i = 0; i < body.length; i++) {
    const c = body[i]!;
    if (c === '/') {
      if (!inRe && (cur === '' || cur === '#')) inRe = true;
      else if (inRe && body[i - 1] !== '\\') inRe = false;
    }
    if (c === '|' && !inRe) {
      alts.push(cur);
      cur = '';
    } else cur += c;
  }
  alts.push(cur);
  return alts;
}

function parseAtom(raw: string, stem: (w: string) => string, src: string): Atom {
  let a = raw;
  const tag = a.startsWith('#') && a.length > 1;
  if (tag) a = a.slice(1);
  const t = tag ? ({ tag: true } as const) : {};
  if (!a) throw new PatternError(`empty alternative in "${src}"`);
  if (a.startsWith('/') && a.endsWith('/') && a.length > 2) {
    const re = a.slice(1, -1);
    const unsafe = regexProblem(re);
    if (unsafe) throw new PatternError(`regular expression /${re}/ refused: ${unsafe}`);
    try {
      new RegExp(`^(?:${re})$`, 'u');
    } catch (e) {
      throw new PatternError(`invalid regular expression /${re}/: ${(e as Error).message}`);
    }
    return { k: 'r', v: re, ...t };
  }
  if (a === '^name') return { k: 'n', v: '', ...t };
  if (a.startsWith('@')) {
    const name = a.slice(1);
    if (!isPackName(name)) throw new PatternError(`bad macro name "${a}": lower case, digits and dashes, not a reserved word`);
    return { k: 'm', v: name, ...t };
  }
  if (a.startsWith('~')) {
    const w = a.slice(1);
    checkWord(w, raw);
    return { k: 's', v: stem(w), ...t };
  }
  if (a.endsWith('*')) {
    const w = a.slice(0, -1);
    checkWord(w, raw);
    return { k: 'p', v: w, ...t };
  }
  // A word written in capitals matches only a word written in capitals.
  if (a !== a.toLowerCase() && a === a.toUpperCase() && /^[\p{Lu}\p{N}]+$/u.test(a) && /\p{Lu}.*\p{Lu}/u.test(a)) {
    const w = a.toLowerCase();
    checkWord(w, raw);
    return { k: 'w', v: w, caps: true, ...t };
  }
  checkWord(a, raw);
  return { k: 'w', v: a, ...t };
}

const PLAIN_WORD = /^[a-z0-9'_]+$/;
function checkWord(w: string, raw: string) {
  if (PLAIN_WORD.test(w)) return; // the common case, without Unicode classes
  if (!w) throw new PatternError(`empty word in "${raw}"`);
  if (w !== w.toLowerCase()) throw new PatternError(`"${raw}": write words in lower case (or a whole word in capitals to require capitals)`);
  if (!/^[\p{Ll}\p{N}'_]+$/u.test(w)) throw new PatternError(`"${raw}": a word may hold only letters, digits and ' (split phrases into words)`);
}

/** Longest `/regex/` a pack may hold (the longest bundled one is about 700 characters). */
export const MAX_REGEX_LENGTH = 1000;

/**
 * Why a pack's regular expression could take more than linear time, or null when it is in the
 * safe subset. A running `RegExp.test` cannot be interrupted, so safety is decided before it
 * ever runs: no repeated group that itself repeats or has alternatives (`(a+)*`, `(a|ab)*`, the
 * exponential cases), at most one unbounded repeat in each alternative (`a*b*c*` is polynomial), no back-references,
 * and a length limit. Every regex in the bundled packs is in this subset.
 */
export function regexProblem(re: string): string | null {
  if (re.length > MAX_REGEX_LENGTH) return `longer than ${MAX_REGEX_LENGTH} characters`;
  interface Frame {
    repeats: boolean;
    alts: boolean;
    /** Unbounded repeats in the current alternative, and the most in any earlier one. */
    cur: number;
    most: number;
  }
  const frame = (): Frame => ({ repeats: false, alts: false, cur: 0, most: 0 });
  const stack: Frame[] = [frame()];
  let last: Frame | 'atom' | null = null;
  for (let i = 0; i < re.length; i++) {
    const c = re[i]!;
    const top = stack[stack.length - 1]!;
    if (c === '\\') {
      const n = re[i + 1] ?? '';
      if (/[1-9]/.test(n) || (n === 'k' && re[i + 2] === '<')) return 'back-references are not allowed';
      if ((n === 'p' || n === 'P') && re[i + 2] === '{') i = re.indexOf('}', i);
      else i++;
      if (i < 0) return 'an unfinished \\p{…}';
      last = 'atom';
    } else if (c === '[') {
      for (i++; i < re.length && re[i] !== ']'; i++) if (re[i] === '\\') i++;
      last = 'atom';
    } else if (c === '(') {
      stack.push(frame());
      const head = /^\(\?(?::|=|!|<=|<!|<[A-Za-z_]\w*>)/.exec(re.slice(i));
      if (head) i += head[0].length - 1;
      last = null;
    } else if (c === ')') {
      const done = stack.pop()!;
      if (stack.length === 0) return 'unbalanced parentheses';
      const parent = stack[stack.length - 1]!;
      parent.repeats ||= done.repeats;
      parent.alts ||= done.alts;
      parent.cur += Math.max(done.most, done.cur);
      last = done;
    } else if (c === '|') {
      top.alts = true;
      top.most = Math.max(top.most, top.cur);
      top.cur = 0;
      last = null;
    } else if (c === '*' || c === '+' || c === '?' || c === '{') {
      let max = c === '?' ? 1 : Infinity;
      if (c === '{') {
        const q = /^\{(\d+)(,(\d*))?\}/.exec(re.slice(i));
        if (!q) {
          last = 'atom'; // a literal brace
          continue;
        }
        max = q[2] === undefined ? Number(q[1]) : q[3] ? Number(q[3]) : Infinity;
        i += q[0].length - 1;
      }
      if (re[i + 1] === '?') i++; // lazy: the same work when the match fails
      if (max <= 1) continue;
      if (last !== null && last !== 'atom' && (last.repeats || last.alts)) return 'a repeated group may not itself repeat or hold alternatives (nested quantifiers can take exponential time)';
      if (max === Infinity && ++top.cur + stack.reduce((n, f) => n + (f === top ? 0 : f.cur), 0) > 1) return 'at most one unbounded repeat (*, + or {n,}) in each alternative';
      top.repeats = true;
    } else last = 'atom';
  }
  return stack.length === 1 ? null : 'unbalanced parentheses';
}
