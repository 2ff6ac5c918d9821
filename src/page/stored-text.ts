/**
 * Long texts kept in storage.local gzip-compressed, as base64: the engine snapshot and the rule
 * body (about 1 MB of JSON) come to about 300 KB. A fresh page waits for that read before its
 * engine is ready, and the read's time grows with its size: in Chromium, on the fixture pages of
 * `npm run bench:browser`, about 75 ms plain against about 21 ms packed (any read at all takes
 * some 15 ms). Inflating takes back some of that (about 30 ms in a page still loading): the engine
 * is ready some 15 ms sooner. The browser's own streams inflate (Chrome 80, Firefox 113): no
 * code of ours is shipped for it.
 */

/** What starts a packed text; anything else stored under the same keys is read as it is. */
export const PACKED_PREFIX = 'gz64:';

/** `text` gzip-compressed, as base64, after `PACKED_PREFIX`. */
export async function packText(text: string): Promise<string> {
  const stream = new Blob([text]).stream().pipeThrough(new CompressionStream('gzip'));
  const bytes = new Uint8Array(await new Response(stream).arrayBuffer());
  let binary = '';
  // In slices: one call with every byte as an argument overflows the stack.
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return PACKED_PREFIX + btoa(binary);
}

/**
 * The text `stored` holds: a packed one inflated, a plain string as it is (what an older version
 * stored), else null; null too when the packed text is damaged (the caller then does without it,
 * as when nothing was stored).
 */
export async function unpackText(stored: unknown): Promise<string | null> {
  if (typeof stored !== 'string') return null;
  if (!stored.startsWith(PACKED_PREFIX)) return stored;
  try {
    const binary = atob(stored.slice(PACKED_PREFIX.length));
    const bytes = new Uint8Array(binary.length);
    for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
    return await inflate(bytes);
  } catch {
    return null;
  }
}

/**
 * `bytes` gunzipped, as text. Written to the stream and read back directly: through a Response,
 * each chunk waits for a task of its own, which a page still loading gives late (some 100 ms).
 */
async function inflate(bytes: Uint8Array<ArrayBuffer>): Promise<string> {
  const stream = new DecompressionStream('gzip');
  const writer = stream.writable.getWriter();
  const written = writer.write(bytes).then(() => writer.close());
  // Damaged data fails both sides: the read below throws it, and this is not left unhandled.
  written.catch(() => undefined);
  const reader = stream.readable.getReader();
  const decoder = new TextDecoder();
  let text = '';
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    text += decoder.decode(value, { stream: true });
  }
  await written;
  return text + decoder.decode();
}
