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
    if (!/^[a-z0-9][a-z0-9-]*$/.test(name)) throw new PatternError(`bad macro name "${a}"`);
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
