/**
 * The logos the picture check knows out of the box: the emblems an ASN post is most likely to
 * carry. Their detection data (masked HOG templates, not pictures) is derived at development time
 * from the real artwork by scripts/make-emblems.ts and shipped in emblems-data.ts; no emblem image
 * is shipped. An agency adds its own logo through policy (`agencyLogos`), a user in Settings; those
 * are prepared from the picture handed over (template.ts) and matched the same way.
 *
 * This module holds only names and bars, so the options page can list the logos without loading
 * the templates.
 */
import type { Rgba } from './raster';

export interface LogoSource {
  /** Stable id, used in findings and tests (`builtin:korpri`, `agency:0`, `user:…`). */
  id: string;
  /** Shown to the user: "Lambang KORPRI". */
  name: string;
  /** The logo, on transparency or on a plain background (cut away, cutout.ts). */
  image: Rgba;
}

export interface BuiltinLogo {
  id: string;
  name: { id: string; en: string };
  /**
   * Fine correlation a match needs, per emblem, chosen on a tuning set of generated pictures
   * (seeds apart from the benchmark's: `npm run bench:images -- --tune`): the best logo-free
   * window's score there plus a margin of 0.15, rounded up to 0.05, and never above 0.6. A
   * drawing of another hand scores lower than the drawings the templates were made from (the
   * Garuda's two drawings score 0.4–0.5 against each other) while logo-free windows score far
   * below both; the bar sits as low as the logo-free scores allow. docs/pictures.md has the
   * figures.
   */
  threshold: number;
}

export const BUILTIN_LOGOS: readonly BuiltinLogo[] = [
  { id: 'builtin:garuda', name: { id: 'Lambang negara Garuda Pancasila', en: 'Garuda Pancasila, the state emblem' }, threshold: 0.4 },
  { id: 'builtin:korpri', name: { id: 'Lambang KORPRI', en: 'KORPRI emblem' }, threshold: 0.55 },
  { id: 'builtin:kemenpan-rb', name: { id: 'Logo Kementerian PANRB', en: 'KemenPAN-RB logo' }, threshold: 0.6 },
  { id: 'builtin:bkn', name: { id: 'Logo Badan Kepegawaian Negara (BKN)', en: 'BKN (civil service agency) logo' }, threshold: 0.55 },
];
