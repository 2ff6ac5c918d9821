/**
 * The engagement guard's browser flows, the same for every platform (one browser per platform,
 * one page per test): a like / repost / follow on a campaign target is held with a small
 * confirmation, Batal leaves the page as it was, Tetap lakukan performs the action exactly once;
 * the undo of it passes at once; the same controls on a neutral news post and an ordinary post
 * pass with no UI; single-key shortcuts are held too; nothing goes to the network.
 *
 * Each fixture records what the app believes happened in window.__engaged.
 */
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { browserFor, clickDialogButton, netraView, settled, waitFor, type Browser } from './harness';

export interface EngageStep {
  name: string;
  /** Page to open (default: the spec's url). */
  url?: string;
  /** Selector of the control pressed. */
  press: string;
  /** Hovered first: the control is in a layer that opens from it (Facebook's reactions bar). */
  hover?: string;
  /** What the app records when the action happens. */
  log: string;
  /** The undo control that appears afterwards, and what it records: never held. */
  undo?: { press: string; log: string };
}

export interface EngageSpec {
  id: string;
  url: string;
  fixture: string;
  held: EngageStep[];
  /** Controls on neutral targets (news about a candidate, an ordinary post, KPU): never held. */
  free: EngageStep[];
  /** One-key shortcuts: focus `focus`, press `key`; held, and Tetap lakukan performs `log` once. */
  keys?: Array<{ focus: string; key: string; log: string }>;
}

export const engaged = (page: Page) => page.evaluate(() => (window as unknown as { __engaged: string[] }).__engaged);

/**
 * Netra's engagement confirmation (or the advise hint) is showing: its layer in Netra's closed
 * shadow root, read through DevTools (the page itself cannot see it).
 */
export const engageShown = async (page: Page) => {
  const { layers } = await netraView(page);
  return { confirm: layers.includes('engage'), hint: layers.includes('engage-hint') };
};

/** Netra's content script answers in the tab at `url` (what the popup asks): it is running. */
export async function netraRunning(b: Browser, url: string): Promise<boolean> {
  return waitFor(async () => {
    const r = (await b.context.serviceWorkers()[0]!.evaluate(async (u) => {
      type Tab = { id: number; url: string };
      const c = (globalThis as unknown as { chrome: { tabs: { query(q: object): Promise<Tab[]>; sendMessage(id: number, m: unknown): Promise<unknown> } } }).chrome;
      const tab = (await c.tabs.query({})).find((t) => t.url === u);
      return tab ? c.tabs.sendMessage(tab.id, { type: 'netra:status' }).catch(() => null) : null;
    }, url)) as { active?: boolean } | null;
    return r?.active === true;
  });
}

export function engageFlows(spec: EngageSpec): void {
  describe(`${spec.id}: engagement guard`, () => {
    const b = browserFor(spec.url, spec.fixture);

    const open = async (url = spec.url) => {
      const page = await b().context.newPage();
      await page.goto(url);
      expect(await netraRunning(b(), page.url())).toBe(true);
      return page;
    };
    const held = (page: Page) => waitFor(async () => (await engageShown(page)).confirm);

    for (const step of spec.held) {
      test(`${step.name}: held; Batal leaves it undone; Tetap lakukan does it once${step.undo ? '; undoing is not held' : ''}`, async () => {
        const page = await open(step.url);
        if (step.hover) await page.hover(step.hover);
        await page.click(step.press);
        expect(await held(page)).toBe(true);
        expect(await engaged(page)).toEqual([]);
        await clickDialogButton(page, 'Batal');
        expect(await waitFor(async () => !(await engageShown(page)).confirm)).toBe(true);
        await settled(page);
        expect(await engaged(page)).toEqual([]);
        await page.click(step.press);
        expect(await held(page)).toBe(true);
        await clickDialogButton(page, 'Tetap lakukan');
        expect(await waitFor(async () => (await engaged(page)).length > 0)).toBe(true);
        await settled(page);
        expect(await engaged(page)).toEqual([step.log]);
        expect((await engageShown(page)).confirm).toBe(false);
        if (step.undo) {
          await page.click(step.undo.press);
          expect(await waitFor(async () => (await engaged(page)).length === 2)).toBe(true);
          expect(await engaged(page)).toEqual([step.log, step.undo.log]);
          expect(await engageShown(page)).toEqual({ confirm: false, hint: false });
        }
        await page.close();
      });
    }

    test('neutral news, ordinary posts and official accounts: done at once, no UI', async () => {
      const pages = new Map<string, Page>();
      for (const step of spec.free) {
        const url = step.url ?? spec.url;
        const page = pages.get(url) ?? (await open(url));
        pages.set(url, page);
        const before = (await engaged(page)).length;
        if (step.hover) await page.hover(step.hover);
        await page.click(step.press);
        expect(await waitFor(async () => (await engaged(page)).length > before)).toBe(true);
        expect((await engaged(page)).slice(before)).toEqual([step.log]);
        await settled(page);
        expect(await engageShown(page)).toEqual({ confirm: false, hint: false });
      }
      for (const p of pages.values()) await p.close();
    });

    for (const k of spec.keys ?? []) {
      test(`the "${k.key}" shortcut on a campaign post is held too, and done once after Tetap lakukan`, async () => {
        const page = await open();
        await page.focus(k.focus);
        await page.keyboard.press(k.key);
        expect(await held(page)).toBe(true);
        await settled(page);
        expect(await engaged(page)).toEqual([]);
        await clickDialogButton(page, 'Tetap lakukan');
        expect(await waitFor(async () => (await engaged(page)).length > 0)).toBe(true);
        await settled(page);
        expect(await engaged(page)).toEqual([k.log]);
        await page.close();
      });
    }

    test('no network requests', () => {
      expect(b().stray).toEqual([]);
    });
  });
}
