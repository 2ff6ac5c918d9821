/**
 * The matcher's grid: template sizes, cells, rotations and scales. The built-in emblems' shipped
 * data (emblems-data.ts) is made with these values and records them; a test fails when they
 * change without the data being made again (`npm run make:emblems`).
 */

/** Coarse template: cells along the logo's longer side, and their size in pixels. */
export const COARSE = 8;
export const COARSE_CELL = 6;
/** Fine template: cells along the logo's longer side, and their size in pixels. */
export const FINE = 16;
export const CELL = 6;
/** Rotations of the coarse templates (degrees). */
export const COARSE_ROTATIONS: readonly number[] = [0];
/** Rotations and scales of the fine templates. */
export const ROTATIONS: readonly number[] = [-10, -5, 0, 5, 10];
export const SCALES: readonly number[] = [0.92, 1, 1.08];
/** A template cell takes part when the drawing covers at least this share of it. */
export const MASK_COVER = 0.1;
