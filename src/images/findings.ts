/**
 * Findings from attached pictures, from what the analyser found in them and the draft's own
 * findings. Pure: the page calls it on every check, the unit tests call it directly.
 *
 * - Text read from a picture runs through the same engine as the draft; its findings say "in the
 *   picture" and carry the picture's id. A poster reading "Coblos No. 2" is flagged by itself.
 * - A known logo is a finding (`official-logo`) only when the post is partisan: the draft text,
 *   or the text of any of its pictures, has a finding that flags it. A logo on a work post is
 *   what logos are for.
 */
import { isFlagged, type Finding } from '../engine/finding';
import { ballotWord } from './ocr-words';
import type { PictureAnalysis } from './types';

export const LOGO_RULE_ID = 'gambar.logo-instansi';
export const LOGO_GUIDELINE_ID = 'logo-instansi';

export interface AnalysedPicture {
  id: string;
  analysis: PictureAnalysis;
}

export interface PictureFindingOptions {
  lang: 'id' | 'en';
  disabled?: readonly string[];
  /** Check text read from a picture (the page's engine with its options). */
  check(text: string): Finding[];
  /** " (in the picture)"-style suffix for messages, in the user's language. */
  inPicture: string;
  /** Message of a logo finding, given the logo's name. */
  logoMessage(name: string): string;
}

/** Separates the text of the analyser's reading passes (normal, then inverted) in `text`. */
export const PASS_SEPARATOR = '\f';

const BALLOT_WORDS = /^(no\.?|nomor|nomer|nmr|urut|paslon|coblos|pilih|calon|caleg|capres|cawapres)$/i;

/**
 * The text the engine reads from a picture. OCR gives it line by line, and the engine treats a
 * line break as the end of a sentence; a poster's lines ("AYO COBLOS" / "NOMOR 2") are one
 * message, so each reading pass becomes one line. Ballot words misread in display fonts
 * ("CGOBLOS", "PlLIH") are read as the words (ocr-words.ts). Tesseract also reads display-font
 * digits as look-alike letters ("01" → "OI", "1" → "|"): a short token made only of digits and
 * those letters becomes digits when it has a digit or follows a ballot word.
 */
export function pictureText(ocr: string): string {
  return ocr
    .split(PASS_SEPARATOR)
    .map((pass) => {
      const words = pass.replace(/\s+/g, ' ').trim().split(' ').map(ballotWord);
      return words
        .map((w, i) => {
          const m = /^([0-9OoIl|]{1,3})([.,:;!)]?)$/.exec(w);
          if (!m || (!/\d/.test(m[1]!) && !BALLOT_WORDS.test(words[i - 1] ?? ''))) return w;
          return m[1]!.replace(/[Oo]/g, '0').replace(/[Il|]/g, '1') + m[2]!;
        })
        .join(' ');
    })
    .filter((x) => x !== '')
    .join('\n');
}

export function pictureFindings(pictures: readonly AnalysedPicture[], textFindings: readonly Finding[], o: PictureFindingOptions): Finding[] {
  const fromText: Finding[] = [];
  for (const p of pictures) {
    // Offsets below are into pictureText(p.analysis.text).
    const text = pictureText(p.analysis.text);
    if (!text) continue;
    const seen = new Set<string>();
    for (const f of o.check(text)) {
      // Both reading passes may read the same words.
      const key = `${f.ruleId}\u0000${f.text.toLowerCase()}`;
      if (seen.has(key)) continue;
      seen.add(key);
      // Offsets stay in the picture's text; a fix cannot edit a picture.
      const { suggestions: _drop, ...rest } = f;
      fromText.push({ ...rest, source: 'image', imageId: p.id, message: `${f.message} (${o.inPicture})` });
    }
  }
  const partisan = isFlagged(textFindings) || isFlagged(fromText);
  const out = [...fromText];
  if (partisan && !o.disabled?.includes(LOGO_RULE_ID)) {
    for (const p of pictures) {
      const best = p.analysis.logos[0];
      if (!best) continue;
      out.push({
        ruleId: LOGO_RULE_ID,
        category: 'official-logo',
        severity: 'serious',
        confidence: Math.round(Math.min(1, Math.max(0, best.score)) * 100) / 100,
        start: 0,
        end: 0,
        text: best.name,
        message: o.logoMessage(best.name),
        guidelineId: LOGO_GUIDELINE_ID,
        source: 'image',
        imageId: p.id,
      });
    }
  }
  return out;
}
