/**
 * The picture check on the command line, for administrators setting up a logo and for checks
 * outside the repository:
 *
 *   npm run --silent check -- --picture FILE [--logo NAME=FILE]… ["draft text"]
 *   → {"flagged", "findings": [...], "logos": [{"id", "name", "score", "box"}], "text": "…"}
 *
 * and `--jsonl` lines that carry `"picture": "path"` beside or instead of `"text"`. The analysis
 * is the extension's own (src/images/pipeline.ts: the same templates, matcher, OCR passes and
 * findings); only decoding (decode.ts) and the text reader's start-up differ. Relative paths are
 * taken from the folder the command was started in (npm run moves to the project folder).
 */
import { createRequire } from 'node:module';
import { dirname, isAbsolute, join, resolve } from 'node:path';
import { isFlagged, type Finding } from '../engine/finding';
import type { Engine } from '../engine/engine';
import { builtinTemplates } from '../images/emblems';
import { pictureFindings, pictureText } from '../images/findings';
import { OCR_LANG, OCR_PSM } from '../images/ocr-config';
import { analyseDecoded, givenLogo } from '../images/pipeline';
import { resize, type Rgba } from '../images/raster';
import type { LogoTemplate } from '../images/template';
import type { PictureAnalysis } from '../images/types';
import { contract } from './contract';
import { writeOut } from './output';
import { isCalendarDate } from '../engine/merge';
import { PictureFileError, readPicture } from './decode';

export { PictureFileError } from './decode';

export interface PictureOptions {
  lang: 'id' | 'en';
  noInfo: boolean;
  /** The day to check as (YYYY-MM-DD); a JSONL line's own "date" wins. */
  date?: string;
  /** `--logo NAME=FILE`, in the order given. */
  logos: ReadonlyArray<{ name: string; file: string }>;
}

/** Where a path given on the command line or in a JSONL line points. */
export function userPath(p: string): string {
  return isAbsolute(p) ? p : resolve(process.env.INIT_CWD ?? process.cwd(), p);
}

const PROBLEMS = {
  'too-small': 'is too small to be recognised; use a larger picture',
  'too-narrow': 'is too long and thin to be an emblem; crop it to the emblem',
  'too-plain': 'is too plain (a flat shape or colour) to tell apart from ordinary things in photos; use the full logo with its detail',
} as const;

/** The logos looked for: the built-in emblems and the ones given with --logo (as an agency's). */
export function templatesFor(o: PictureOptions): LogoTemplate[] {
  const given = o.logos.map((l, i) => {
    // As the extension does with a policy logo: at most 256 pixels, background cut away.
    const img = readPicture(userPath(l.file));
    const k = Math.min(1, 256 / Math.max(img.width, img.height));
    const t = givenLogo(`logo:${i}`, l.name, k < 1 ? resize(img, img.width * k, img.height * k) : img);
    if ('problem' in t) throw new PictureFileError(`--logo ${l.name}=${l.file}: the picture ${PROBLEMS[t.problem]}`);
    return t;
  });
  return [...builtinTemplates(o.lang), ...given];
}

type OcrWorker = { recognize(b: Buffer): Promise<{ data: { text: string } }>; terminate(): Promise<unknown> };

/** Tesseract in a worker thread, with the same Indonesian data the extension ships; started on first use. */
export class TextReader {
  private worker: Promise<OcrWorker> | null = null;

  read = async (bytes: Uint8Array): Promise<string> => {
    this.worker ??= (async () => {
      const { createWorker, OEM } = await import('tesseract.js');
      const require = createRequire(import.meta.url);
      const langPath = join(dirname(require.resolve(`@tesseract.js-data/${OCR_LANG}/package.json`)), '4.0.0_best_int');
      const w = await createWorker(OCR_LANG, OEM.LSTM_ONLY, { langPath, cacheMethod: 'none', gzip: true });
      // Tesseract's own notes ("Estimating resolution as …") would clutter the user's terminal.
      await w.setParameters({ tessedit_pageseg_mode: OCR_PSM as never, debug_file: '/dev/null' } as never);
      return w as unknown as OcrWorker;
    })();
    const w = await this.worker;
    return (await w.recognize(Buffer.from(bytes))).data.text;
  };

  async close(): Promise<void> {
    const w = this.worker;
    this.worker = null;
    if (w) await (await w).terminate();
  }
}

export async function analyseFile(path: string, templates: readonly LogoTemplate[], reader: TextReader): Promise<PictureAnalysis> {
  const img: Rgba = readPicture(path);
  const decoded = { width: img.width, height: img.height, scaled: (k: number) => (k < 1 ? resize(img, img.width * k, img.height * k) : img) };
  return { ...(await analyseDecoded(decoded, templates, reader.read)), thumbnail: null };
}

/** Found in the picture: `source` says so, and start/end index into the picture's text. */
const pictureContract = (f: Finding) => ({ ...contract(f), ...(f.source === 'image' ? { source: 'picture' } : {}) });

/**
 * The draft's findings and the picture's, as the extension makes them: campaign text read in the
 * picture is a finding by itself; a known logo is one only in a partisan post.
 */
export function verdict(engine: Engine, draft: string, analysis: PictureAnalysis, o: Pick<PictureOptions, 'lang' | 'noInfo' | 'date'>) {
  const opts = { lang: o.lang, ...(o.noInfo ? { minSeverity: 'warning' as const } : {}), ...(o.date ? { date: o.date } : {}) };
  const own = draft ? engine.check(draft, opts) : [];
  const fromPicture = pictureFindings([{ id: 'picture', analysis }], own, {
    lang: o.lang,
    check: (t) => engine.check(t, opts),
    inPicture: o.lang === 'id' ? 'di dalam gambar' : 'in the picture',
    logoMessage: (n) => (o.lang === 'id' ? `Logo resmi di dalam gambar: ${n}` : `Official logo in the picture: ${n}`),
  });
  const findings = [...own, ...fromPicture];
  return {
    flagged: isFlagged(findings),
    findings: findings.map(pictureContract),
    logos: analysis.logos.map((l) => ({ id: l.id, name: l.name, score: l.score, box: l.box })),
    text: pictureText(analysis.text),
    ...(analysis.error ? { warning: analysis.error } : {}),
  };
}

/**
 * One JSONL line that names a picture → one output line (never throws): `{"id", "flagged",
 * "findings", "logos", "pictureText"}`; `"text"` keeps its meaning of the input draft, so the
 * picture's text is `pictureText` here.
 */
export async function checkPictureLine(engine: Engine, o: Record<string, unknown>, lineNo: number, templates: () => LogoTemplate[], reader: TextReader, opts: Pick<PictureOptions, 'lang' | 'noInfo' | 'date'>): Promise<string> {
  const id = 'id' in o ? o.id : null;
  if (typeof o.picture !== 'string' || !o.picture) return JSON.stringify({ id, error: `line ${lineNo}: "picture" must be a file path` });
  if ('text' in o && typeof o.text !== 'string') return JSON.stringify({ id, error: `line ${lineNo}: "text" must be a string` });
  try {
    const analysis = await analyseFile(userPath(o.picture), templates(), reader);
    const date = typeof o.date === 'string' && isCalendarDate(o.date) ? o.date : opts.date;
    const { text, ...rest } = verdict(engine, typeof o.text === 'string' ? o.text : '', analysis, { ...opts, ...(date ? { date } : {}) });
    return JSON.stringify({ id, ...rest, pictureText: text });
  } catch (e) {
    if (e instanceof PictureFileError) return JSON.stringify({ id, error: `line ${lineNo}: ${e.message}` });
    throw e;
  }
}

/** Why the picture or a --logo file cannot be used, or null: checked before the rules are loaded, so a bad file is told at once. */
export function pictureFilesProblem(file: string, o: PictureOptions): string | null {
  try {
    readPicture(userPath(file));
    templatesFor(o);
    return null;
  } catch (e) {
    if (e instanceof PictureFileError) return e.message;
    throw e;
  }
}

/** `--picture FILE [--logo NAME=FILE]… ["draft"]`: one JSON object; bad files exit 2 with the reason. */
export async function pictureCommand(engine: Engine, file: string, draft: string, o: PictureOptions, out: NodeJS.WritableStream, err: NodeJS.WritableStream): Promise<number> {
  const reader = new TextReader();
  try {
    const analysis = await analyseFile(userPath(file), templatesFor(o), reader);
    await writeOut(out, JSON.stringify(verdict(engine, draft, analysis, o)) + '\n');
    return 0;
  } catch (e) {
    if (!(e instanceof PictureFileError)) throw e;
    await writeOut(err, `netra check: ${e.message}\n`);
    return 2;
  } finally {
    await reader.close();
  }
}

/**
 * For --jsonl: lines that name a picture are checked here; `check` answers null for any other
 * line (the text checker takes it). Bad --logo files throw PictureFileError before any line.
 */
export function pictureLines(engine: Engine, o: PictureOptions) {
  let templates: LogoTemplate[] | null = o.logos.length ? templatesFor(o) : null;
  const reader = new TextReader();
  return {
    async check(line: string, lineNo: number): Promise<string | null> {
      if (!line.includes('"picture"')) return null;
      let obj: unknown;
      try {
        obj = JSON.parse(line);
      } catch {
        return null;
      }
      if (!obj || typeof obj !== 'object' || Array.isArray(obj) || !('picture' in obj)) return null;
      return checkPictureLine(engine, obj as Record<string, unknown>, lineNo, () => (templates ??= templatesFor(o)), reader, o);
    },
    close: () => reader.close(),
  };
}
