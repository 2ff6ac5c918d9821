/**
 * The flows every platform must pass, run against that platform's fixture: a partisan draft is
 * highlighted and blocked on Post; Edit returns with the draft identical; Post anyway submits
 * exactly once with the identical draft; a clean draft submits at once; keyboard submission is
 * intercepted the same way; the extension requests nothing from the network. Each flow runs
 * twice in a fresh page, without retries, so flakiness shows.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { dialogA11y, dialogReady, fixtureHtml, flaggedDraft, focusHeld, highlighted, launch, netraState, posted, screenshot, settled, typedAndSettled, waitFor, type Browser } from './harness';

/** Longest a picture check may take in these flows (the first one sets the analyser up). */
const PICTURE_CHECK_MS = 30_000;

export interface PlatformSpec {
  /** Site id, used in names and screenshots. */
  id: string;
  /** A real URL of the platform the fixture is served at. */
  url: string;
  /** Fixture file name in tests/e2e/fixtures (without extension). */
  fixture: string;
  /** Selector of the editable element the user types in. */
  composer: string;
  /** Selector of the submit control the user clicks; null when the box submits by key only. */
  submit: string | null;
  /** How a keyboard user submits here; null where no key posts (LinkedIn): keys are then left alone. */
  key: 'Control+Enter' | 'Enter' | null;
  /**
   * Where that key is pressed: in the composer (default), or on the focused submit control, for
   * boxes with no shortcut whose Post is a div[role="button"] the site activates from the key.
   */
  keyOn?: 'composer' | 'submit';
  /** Editor kind: textarea values are read with inputValue. */
  field?: boolean;
  /**
   * Extra steps to open the composer (click "Reply", open a dialog…). Called again after a post
   * when the site closed the composer.
   */
  open?: (page: Page) => Promise<void>;
  /**
   * Every post here carries a picture (Instagram's create flow starts from one): a clean draft
   * goes out once the picture is checked, not at once.
   */
  withPicture?: boolean;
}

export const PARTISAN = 'Besok jangan lupa ya, ayo coblos nomor 2 biar menang satu putaran! 🇮🇩';
export const CLEAN = 'Selamat pagi rekan-rekan, jangan lupa rapat koordinasi jam 9 di aula. 🙏';

export function platformFlows(spec: PlatformSpec, rounds = 2) {
  describe(`${spec.id}: composer flows in Chromium`, () => {
    let b: Browser;
    beforeAll(async () => {
      b = await launch();
      b.serve(new URL(spec.url).origin + '/', await fixtureHtml(spec.fixture, spec.id));
    });
    afterAll(async () => {
      await b?.close();
    });

    const openPage = async () => {
      const page = await b.context.newPage();
      await page.goto(spec.url);
      await spec.open?.(page);
      await page.waitForSelector(spec.composer);
      return page;
    };
    // A partisan draft is then waited for until Netra flags it; Post itself checks a draft at
    // once, so a clean one needs no wait.
    const typeDraft = async (page: Page, text: string) => {
      await page.click(spec.composer);
      // A key on Post right after typing needs the editor done with the typing (typedAndSettled).
      if (spec.keyOn === 'submit') await typedAndSettled(page, spec.composer, text.slice(-12), () => page.keyboard.insertText(text));
      else await page.keyboard.insertText(text);
    };
    const draftText = (page: Page) =>
      spec.field ? page.locator(spec.composer).inputValue() : page.locator(spec.composer).evaluate((el) => (el as HTMLElement).innerText.replace(/\n$/, ''));
    const pressPost = async (page: Page, how: 'click' | 'key') => {
      if (how === 'click' && spec.submit) await page.click(spec.submit);
      else {
        if (spec.keyOn === 'submit' && spec.submit) expect(await focusHeld(page, spec.submit), 'Post holds the keyboard focus').toBe(true);
        else await page.focus(spec.composer);
        // Where no key posts, Ctrl+Enter is still pressed to prove Netra leaves it alone.
        await page.keyboard.press(spec.key ?? 'Control+Enter');
      }
    };
    /**
     * What the page and Netra show after a send that did not arrive, for the failure message:
     * where the focus is (a key that reached the editor instead of Post leaves a line break in
     * the draft), whether the site's control refused it, and Netra's layers (a dialog, a notice).
     */
    const afterSend = async (page: Page) => {
      const site = await page.evaluate(
        ({ composer, submit }) => {
          const el = document.activeElement;
          const name = (e: Element | null) => (e ? `${e.tagName.toLowerCase()}[role=${e.getAttribute('role')}][aria-label=${e.getAttribute('aria-label')}] "${(e.textContent ?? '').trim().slice(0, 16)}"` : 'none');
          const box = document.querySelector(composer);
          const post = submit ? [...document.querySelectorAll(submit.replace(/:has-text\(.*\)$/, ''))] : [];
          return {
            focus: name(el),
            draft: box ? ((box as HTMLTextAreaElement).value ?? (box as HTMLElement).innerText) : null,
            submit: post.map((b) => `${name(b)} disabled=${b.matches(':disabled, [aria-disabled="true"]')}`),
            posted: (window as unknown as { __posted?: string[] }).__posted ?? [],
          };
        },
        { composer: spec.composer, submit: spec.submit },
      );
      return JSON.stringify({ ...site, netra: await netraState(page) });
    };
    // Composers in dialogs (Facebook, Threads, Instagram) close once they have posted.
    const reopen = async (page: Page) => {
      if (await page.$(spec.composer)) return;
      await spec.open?.(page);
      await page.waitForSelector(spec.composer);
    };

    for (let round = 1; round <= rounds; round++) {
      test(`round ${round}: a partisan draft is highlighted, blocked on Post, and Edit keeps it identical`, async () => {
        const page = await openPage();
        await typeDraft(page, PARTISAN);
        expect(await flaggedDraft(page)).toBe(true);
        if (!spec.field) expect(await waitFor(async () => /coblos nomor 2/i.test((await highlighted(page)).join(' ')))).toBe(true);
        if (round === 1) await screenshot(page, `${spec.id}-1-highlighted`);

        const before = await draftText(page);
        await pressPost(page, spec.submit ? 'click' : 'key');
        expect(await dialogReady(page)).toBe(true);
        expect(await posted(page)).toEqual([]);
        const a11y = await dialogA11y(page);
        expect(a11y?.name).toMatch(/netralitas/i);
        expect(a11y?.buttons).toEqual(expect.arrayContaining(['Ubah draf', 'Tetap kirim', 'Pelajari lebih lanjut']));
        if (round === 1) await screenshot(page, `${spec.id}-2-dialog`);

        // Focus starts on "Ubah draf" (Edit draft): Enter goes back to the composer.
        await page.keyboard.press('Enter');
        expect(await waitFor(async () => !(await netraState(page)).dialog)).toBe(true);
        expect(await draftText(page)).toBe(before);
        expect(await posted(page)).toEqual([]);
        await page.close();
      });

      test(`round ${round}: Post anyway submits exactly once with the identical draft and records no text`, async () => {
        const page = await openPage();
        await typeDraft(page, PARTISAN);
        expect(await flaggedDraft(page)).toBe(true);
        const before = await draftText(page);
        await pressPost(page, spec.submit ? 'click' : 'key');
        expect(await dialogReady(page)).toBe(true);
        await page.keyboard.press('Tab');
        await page.keyboard.press('Enter');
        expect(await waitFor(async () => (await posted(page)).length > 0)).toBe(true);
        await settled(page); // a second post caused by the first would be out by now
        expect(await posted(page)).toEqual([before]);
        const acks = await b.context.serviceWorkers()[0]!.evaluate(async () => {
          const c = (globalThis as unknown as { chrome: { storage: { local: { get(k: string): Promise<Record<string, unknown>> } } } }).chrome;
          return (await c.storage.local.get('acknowledgments')).acknowledgments;
        });
        const last = (acks as Array<Record<string, unknown>>).at(-1)!;
        expect(Object.keys(last).sort()).toEqual(['ruleIds', 'site', 'time']);
        expect(JSON.stringify(acks)).not.toContain('coblos');
        await page.close();
      });

      if (spec.key === null) {
        test(`round ${round}: no key posts here, so Ctrl+Enter in a partisan draft is left to the site`, async () => {
          const page = await openPage();
          await typeDraft(page, PARTISAN);
          // Flagged first, so that leaving the key alone is Netra's choice, not a draft unchecked yet.
          expect(await flaggedDraft(page)).toBe(true);
          await pressPost(page, 'key');
          await settled(page);
          expect((await netraState(page)).dialog).toBe(false);
          expect(await posted(page)).toEqual([]);
          await page.close();
        });
      } else {
        test(`round ${round}: keyboard submission of a partisan draft is intercepted the same way`, async () => {
          const page = await openPage();
          await typeDraft(page, PARTISAN);
          expect(await flaggedDraft(page)).toBe(true);
          await pressPost(page, 'key');
          expect(await dialogReady(page)).toBe(true);
          expect(await posted(page)).toEqual([]);
          await page.keyboard.press('Escape');
          expect(await waitFor(async () => !(await netraState(page)).dialog)).toBe(true);
          expect(await posted(page)).toEqual([]);
          await page.close();
        });
      }

      test(`round ${round}: a clean draft submits immediately, by click and by key`, async () => {
        const page = await openPage();
        await typeDraft(page, CLEAN);
        expect((await netraState(page)).badge).toBe(false);
        const before = await draftText(page);
        await pressPost(page, spec.submit ? 'click' : 'key');
        expect(await waitFor(async () => (await posted(page)).length === 1, spec.withPicture ? PICTURE_CHECK_MS : undefined)).toBe(true);
        expect((await netraState(page)).dialog).toBe(false);
        expect(await posted(page)).toEqual([before]);
        if (spec.submit && spec.key) {
          await reopen(page);
          await typeDraft(page, CLEAN);
          await pressPost(page, 'key');
          const sent = await waitFor(async () => (await posted(page)).length === 2, spec.withPicture ? PICTURE_CHECK_MS : undefined);
          expect(sent, sent ? undefined : `the key posted nothing: ${await afterSend(page)}`).toBe(true);
        }
        await page.close();
      });
    }

    test('the extension requested nothing from the network', () => {
      expect(b.stray).toEqual([]);
    });
  });
}
