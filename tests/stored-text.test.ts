/**
 * The engine snapshot and the rule body are stored packed (src/page/stored-text.ts): the page's
 * first read is a third of the size. What is read back is exactly what was stored; what an
 * older version stored plain is still read; damage reads as nothing stored.
 */
import { describe, expect, test, vi } from 'vitest';
import { gunzipSync } from 'node:zlib';
import { PACKED_PREFIX, packText, unpackText } from '../src/page/stored-text';
import { loadRules, shippedRules } from '../src/build/load-rules';
import { cutRules } from '../src/build/content-lean';
import { mockLocalStorage } from './mock-local-storage';

describe('texts stored packed', () => {
  const body = cutRules(shippedRules(loadRules())).stored;

  test('the rule body round-trips, and its packed form is much smaller', async () => {
    const packed = await packText(body);
    expect(packed.startsWith(PACKED_PREFIX)).toBe(true);
    expect(packed.length).toBeLessThan(body.length / 2);
    // Plain gzip: any tool reads it.
    expect(gunzipSync(Buffer.from(packed.slice(PACKED_PREFIX.length), 'base64')).toString('utf8')).toBe(body);
    expect(await unpackText(packed)).toBe(body);
  });

  test('text outside Latin-1, and empty text, round-trip', async () => {
    for (const t of ['', 'Pilih nomor 2 ✌️ — “kata” 𝓑𝓸𝓵𝓭', 'x'.repeat(200_000)]) expect(await unpackText(await packText(t))).toBe(t);
  });

  test('a plain string is read as it is; anything else, or a damaged packed text, as nothing', async () => {
    expect(await unpackText('0000000000000000\n{}')).toBe('0000000000000000\n{}');
    for (const junk of [undefined, null, 42, {}, [], `${PACKED_PREFIX}not base64!`, `${PACKED_PREFIX}${btoa('not gzip')}`]) expect(await unpackText(junk)).toBeNull();
    const packed = await packText(body);
    // Damage fails the stream's writing side too: that failure must not be left unhandled (in a
    // page, an error in the console for every fresh tab).
    const unhandled: unknown[] = [];
    const keep = (e: unknown) => void unhandled.push(e);
    process.on('unhandledRejection', keep);
    try {
      for (const damaged of [packed.slice(0, packed.length / 2), packed.slice(0, 40), `${PACKED_PREFIX}${btoa('not gzip')}`]) expect(await unpackText(damaged)).toBeNull();
      await new Promise((resolve) => setTimeout(resolve, 50));
    } finally {
      process.off('unhandledRejection', keep);
    }
    expect(unhandled).toEqual([]);
  });

  test('the background stores the body packed once, and answers with it plain', async () => {
    const { store, writes, restore } = mockLocalStorage();
    vi.doMock('virtual:netra-rules-body', () => ({ default: () => body }));
    const { keepRulesBody } = await import('../src/background/rules-body');
    const { RULES_BODY_KEY } = await import('../src/page/rules-body');
    expect(await keepRulesBody(body)).toBe(body);
    expect(String(store[RULES_BODY_KEY]).startsWith(PACKED_PREFIX)).toBe(true);
    expect(await unpackText(store[RULES_BODY_KEY])).toBe(body);
    expect(await keepRulesBody(body)).toBe(body);
    expect(writes()).toBe(1);
    // Another version's, plain as an older Netra stored it: replaced.
    store[RULES_BODY_KEY] = '0000000000000000\n{}';
    await keepRulesBody(body);
    expect(writes()).toBe(2);
    expect(await unpackText(store[RULES_BODY_KEY])).toBe(body);
    restore();
    vi.doUnmock('virtual:netra-rules-body');
  });
});
