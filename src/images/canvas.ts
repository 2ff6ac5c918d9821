/** Drawing a decoded picture where there is a document (extension pages, the offscreen document). */

/**
 * `bitmap` shrunk so its longer side is at most `maxSide` (never enlarged), drawn with
 * high-quality smoothing on a new <canvas>. `readBack`: the pixels will be read, so keep the
 * canvas in memory rather than on the GPU.
 */
export function fitCanvas(bitmap: ImageBitmap, maxSide: number, readBack = false): { canvas: HTMLCanvasElement; ctx: CanvasRenderingContext2D } {
  const k = Math.min(1, maxSide / Math.max(bitmap.width, bitmap.height));
  const canvas = document.createElement('canvas');
  canvas.width = Math.max(1, Math.round(bitmap.width * k));
  canvas.height = Math.max(1, Math.round(bitmap.height * k));
  const ctx = canvas.getContext('2d', readBack ? { willReadFrequently: true } : undefined)!;
  ctx.imageSmoothingQuality = 'high';
  ctx.drawImage(bitmap, 0, 0, canvas.width, canvas.height);
  return { canvas, ctx };
}
