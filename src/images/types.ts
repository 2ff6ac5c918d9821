/**
 * What the page and the picture analyser (offscreen document in Chrome, background page in
 * Firefox) say to each other. Messages are JSON: bytes travel as base64.
 */

/** Content script → background. */
export interface PictureRequest {
  type: 'netra:picture';
  /** The picture's bytes as base64 (no data: prefix). */
  bytes: string;
  mime: string;
  lang: 'id' | 'en';
}

/** Content script → background: the user is about to attach a picture (a file picker, a drag). */
export interface PictureWarmUpRequest {
  type: 'netra:picture-warm-up';
}

/** An agency's own logo, from policy, as the analyser receives it. */
export interface AgencyLogoInput {
  id: string;
  name: string;
  /** PNG or JPEG as base64 or a data: URL. */
  image: string;
}

/** Background → analyser (Chrome: to the offscreen document). */
export interface AnalyserRequest {
  type: 'netra:analyse-picture';
  target: 'netra-analyser';
  bytes: string;
  mime: string;
  lang: 'id' | 'en';
  agencyLogos: AgencyLogoInput[];
}

/** Background → analyser: get ready for a picture. */
export interface AnalyserWarmUp {
  type: 'netra:warm-up-analyser';
  target: 'netra-analyser';
  agencyLogos: AgencyLogoInput[];
}

export interface PictureAnalysis {
  /** Known logos found, best first; `box` in the picture's pixels. */
  logos: Array<{ id: string; name: string; score: number; box?: { x: number; y: number; w: number; h: number } }>;
  /** Text read from the picture (OCR); empty when none. */
  text: string;
  /** A small JPEG data: URL for the dialog. */
  thumbnail: string | null;
  /** Milliseconds spent: decoding + logos, and OCR. */
  ms: { logos: number; ocr: number };
  /** Set when the picture could not be read; the rest is then empty. */
  error?: string;
}
