/**
 * Per-check arrays of 32-bit integers carved from large shared blocks. A typed array of more
 * than 64 bytes gets its own buffer outside the JavaScript heap, and making one cost about as
 * much as reading a short draft's tokens; a view into a block costs a small object. Each
 * request gets a part of a block never handed out before (a used block is dropped, not
 * reused), so an array stays valid for as long as its owner keeps it, as a fresh one would,
 * and starts zeroed.
 */

/** Ints per block (256 KB); a request of more than an eighth of one gets its own array. */
const BLOCK = 1 << 16;
const LARGE = BLOCK >>> 3;

let block = new Int32Array(0);
let top = 0;

/** A zeroed array of `n` 32-bit integers. */
export function int32s(n: number): Int32Array {
  if (n > LARGE) return new Int32Array(n);
  if (top + n > block.length) {
    block = new Int32Array(BLOCK);
    top = 0;
  }
  const out = block.subarray(top, top + n);
  top += n;
  return out;
}
