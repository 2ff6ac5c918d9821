/**
 * In Chromium, the content script warms its engagement guard once the page is idle
 * (src/page/engage-warm.ts): its timings, kept in its isolated world (src/page/timings.ts), say
 * so. Removing the warm-up, or the wiring that starts it, fails the wait below. The guard still
 * judges after it: neutral news passes at once, a vote call is held.
 */
import type { CDPSession, Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { engaged, engageShown } from './engage-flows';
import { browserFor, settled, waitFor } from './harness';

interface Timings {
  pageReady?: number;
  warmed?: { ms: number; at: number };
  engageWarmed?: { ms: number; at: number };
  engage: number[];
}

/** Netra's timings from its content script's isolated world (found by the extension's name), through DevTools. */
async function netraTimings(page: Page): Promise<() => Promise<Timings | undefined>> {
  const cdp: CDPSession = await page.context().newCDPSession(page);
  const contexts: Array<{ id: number; name: string; auxData?: { type?: string } }> = [];
  cdp.on('Runtime.executionContextCreated', (e: { context: (typeof contexts)[number] }) => contexts.push(e.context));
  await cdp.send('Runtime.enable');
  return async () => {
    for (const c of contexts.filter((x) => x.auxData?.type === 'isolated' && /netra/i.test(x.name)).reverse()) {
      const r = (await cdp.send('Runtime.evaluate', { expression: 'globalThis.__netraTimings', contextId: c.id, returnByValue: true })) as { result: { value?: Timings } };
      if (r.result.value) return r.result.value;
    }
    return undefined;
  };
}

const post = (id: string, control: string) => `article[data-post="${id}"] [data-testid="${control}"]`;

describe('x: the engagement guard warmed while the page is idle', () => {
  const b = browserFor('https://x.com/home', 'x-engage', 'x');

  test('warmed after the engine, once the page listens; then a neutral like passes and a vote call is held', async () => {
    const page = await b().context.newPage();
    const timings = await netraTimings(page);
    await page.goto('https://x.com/home');
    expect(await waitFor(async () => (await timings())?.engageWarmed !== undefined)).toBe(true);
    const t = (await timings())!;
    expect(t.engageWarmed!.at).toBeGreaterThanOrEqual(t.warmed!.at);
    expect(t.engageWarmed!.at).toBeGreaterThanOrEqual(t.pageReady!);
    expect(t.engage).toEqual([]);

    await page.click(post('p-news', 'like'));
    expect(await waitFor(async () => (await engaged(page)).length > 0)).toBe(true);
    await settled(page);
    expect(await engaged(page)).toEqual(['like:p-news']);
    expect(await engageShown(page)).toEqual({ confirm: false, hint: false });
    // Judged by the guard (it records its work on every press it lets through).
    expect((await timings())!.engage.length).toBe(1);

    await page.click(post('p-campaign', 'like'));
    expect(await waitFor(async () => (await engageShown(page)).confirm)).toBe(true);
    expect(await engaged(page)).toEqual(['like:p-news']);
    await page.close();
  });

  test('no network requests', () => {
    expect(b().stray).toEqual([]);
  });
});
