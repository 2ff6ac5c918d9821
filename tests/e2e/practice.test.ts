/**
 * The practice room in Chromium, as a trainer uses it: a quiz keeps Netra's verdict (badge,
 * highlights, dialog) hidden until the room has answered; scores survive a reload and export
 * as CSV; teams; keyboard; presenter mode enlarges the dialog too; the printed handout and
 * answer key; a regional deck imported with located errors; and nothing posted in practice is
 * ever recorded as an acknowledgement.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { SHOTS_DIR, clickDialogButton, dialogReady, highlighted, launch, netraState, readDialog, screenshot, waitFor, type Browser } from './harness';
import { axe, smallText } from './page-checks';

describe('practice room', () => {
  let b: Browser;
  const url = (p: string) => `chrome-extension://${b.extensionId}/${p}`;
  const storage = () =>
    b.context.serviceWorkers()[0]!.evaluate(async () => {
      const c = (globalThis as unknown as { chrome: { storage: { local: { get(k: null): Promise<Record<string, unknown>> } } } }).chrome;
      return c.storage.local.get(null);
    });

  beforeAll(async () => {
    b = await launch();
  });
  afterAll(async () => {
    await b?.close();
  });
  beforeEach(async () => {
    await b.context.serviceWorkers()[0]!.evaluate(async () => {
      const c = (globalThis as unknown as { chrome: { storage: { local: { remove(k: string[]): Promise<void>; set(v: object): Promise<void> } } } }).chrome;
      await c.storage.local.remove(['practiceSession', 'practiceDeck', 'practicePresenter', 'acknowledgments', 'dismissals']);
      await c.storage.local.set({ settings: { lang: 'id' } });
    });
  });

  /** From the start screen: a session in deck order (the first scenario is s01, a vote call). */
  async function startSession(page: Page, setup: (p: Page) => Promise<void> = async () => undefined) {
    await page.goto(url('practice.html'));
    await page.getByRole('checkbox', { name: 'Acak urutan' }).uncheck();
    await setup(page);
    await page.getByRole('button', { name: 'Mulai sesi', exact: true }).click();
    await page.waitForSelector('.run');
    await expect.poll(() => page.locator('#practice-composer').textContent()).toMatch(/coblos 01/);
  }
  const scenarioTitle = (page: Page) => page.locator('.run-title').textContent();

  test('quiz: the verdict, badge, highlights and dialog stay hidden until the answer; then all appear', async () => {
    const page = await b.context.newPage();
    await startSession(page);
    expect(await scenarioTitle(page)).toBe('Skenario 1 dari 10');
    await screenshot(page, 'practice-quiz-question-id');
    // Netra is not running on the box at all before the answer: no UI host, no highlight.
    expect(await page.evaluate(() => document.querySelector('netra-ui'))).toBeNull();
    expect(await highlighted(page)).toEqual([]);
    expect(await page.locator('.verdict').count()).toBe(0);
    expect(await page.locator('#practice-post').isDisabled()).toBe(true);
    expect(await page.getByRole('checkbox', { name: 'Tunjukkan alasan' }).count()).toBe(0);

    await page.keyboard.press('t'); // "tidak boleh"
    await expect.poll(() => page.locator('.verdict h2').textContent()).toBe('Tidak boleh');
    expect(await page.locator('.quiz').textContent()).toContain('benar');
    expect(await page.locator('.score').textContent()).toBe('Anda: 1 benar dari 1');
    expect(await waitFor(async () => (await netraState(page)).badge, 5000)).toBe(true);
    expect((await highlighted(page)).join(' ')).toMatch(/01/);
    expect(await axe(page)).toEqual([]);
    expect(await smallText(page)).toEqual([]);
    await page.click('#practice-post');
    expect(await dialogReady(page)).toBe(true);
    await screenshot(page, 'practice-quiz-dialog-id');
    await page.keyboard.press('Escape');

    // The score and the revealed answer survive a reload.
    await page.reload();
    await page.waitForSelector('.run');
    expect(await scenarioTitle(page)).toBe('Skenario 1 dari 10');
    expect(await page.locator('.score').textContent()).toBe('Anda: 1 benar dari 1');
    expect(await page.locator('.verdict').count()).toBe(1);

    // Keyboard: the next scenario hides its verdict again; back shows the answered one.
    await page.locator('h1').click();
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => scenarioTitle(page)).toBe('Skenario 2 dari 10');
    expect(await page.locator('.verdict').count()).toBe(0);
    // Netra stops on the box right after the new question is drawn (an effect, after paint).
    await expect.poll(() => page.evaluate(() => document.querySelector('netra-ui'))).toBeNull();
    expect(await highlighted(page)).toEqual([]);
    await page.keyboard.press('PageUp');
    await expect.poll(() => scenarioTitle(page)).toBe('Skenario 1 dari 10');
    expect(await page.locator('.verdict').count()).toBe(1);
    await page.close();
  });

  test('scores export as CSV', async () => {
    const page = await b.context.newPage();
    await startSession(page);
    await page.getByRole('button', { name: 'Boleh', exact: true }).click();
    await expect.poll(() => page.locator('.score').textContent()).toBe('Anda: 0 benar dari 1');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Unduh skor (CSV)' }).click()]);
    expect(download.suggestedFilename()).toBe('netra-latihan-skor.csv');
    const csv = readFileSync((await download.path())!, 'utf8').split('\n');
    expect(csv[0]).toBe('team,number,scenario,level,draft,answer,correct,right,time');
    expect(csv[1]).toMatch(/^individual,1,s01,mudah,"Perubahan harus dimulai dari kita! .*coblos 01.*",boleh,tidak-boleh,0,\d{4}-\d\d-\d\dT/);
    await page.close();
  });

  test('teams: the verdict waits for every team; each team has its score', async () => {
    const page = await b.context.newPage();
    await startSession(page, async (p) => {
      await p.getByRole('textbox', { name: 'Tim (opsional)' }).fill('Tim Merah, Tim Biru');
      await p.getByRole('textbox', { name: 'Tim (opsional)' }).blur();
    });
    await page.getByRole('button', { name: 'Tim Merah menjawab Tidak boleh' }).click();
    await expect.poll(() => page.getByRole('button', { name: 'Tim Merah menjawab Boleh' }).isDisabled()).toBe(true);
    expect(await page.locator('.verdict').count()).toBe(0);
    expect(await page.evaluate(() => document.querySelector('netra-ui'))).toBeNull();
    await page.getByRole('button', { name: 'Tim Biru menjawab Boleh' }).click();
    await expect.poll(() => page.locator('.verdict').count()).toBe(1);
    expect(await page.locator('.score li').allTextContents()).toEqual(['Tim Merah: 1 benar dari 1', 'Tim Biru: 0 benar dari 1']);
    await screenshot(page, 'practice-teams-id');
    expect(await axe(page)).toEqual([]);
    await page.close();
  });

  test('practice never writes acknowledgement or dismissal records, even after "Bukan masalah di sini" and "Tetap kirim"', async () => {
    const page = await b.context.newPage();
    await startSession(page, (p) => p.getByRole('radio', { name: 'Bahas bersama' }).check());
    expect(await page.locator('.verdict').count()).toBe(1);
    expect(await waitFor(async () => (await netraState(page)).badge, 5000)).toBe(true);
    await page.click('#practice-post');
    expect(await waitFor(async () => (await netraState(page)).dialog)).toBe(true);
    const cards = (await readDialog(page))!.cards.length;
    await clickDialogButton(page, 'Bukan masalah di sini');
    expect(await waitFor(async () => (await readDialog(page))!.cards.length === cards - 1)).toBe(true);
    // With every card dismissed the dialog offers a plain "Kirim" (the practice box's own "Kirim"
    // comes first in the page); otherwise "Tetap kirim".
    if (cards > 1) await clickDialogButton(page, 'Tetap kirim');
    else await clickDialogButton(page, 'Kirim', 1);
    await expect.poll(() => page.locator('.posted li').count()).toBe(1);
    const stored = await storage();
    expect(stored.acknowledgments).toBeUndefined();
    expect(stored.dismissals).toBeUndefined();
    await page.close();
  });

  test('presenter mode zooms the whole tab, so the dialog and badge grow with the text', async () => {
    const page = await b.context.newPage();
    await startSession(page, (p) => p.getByRole('radio', { name: 'Bahas bersama' }).check());
    expect(await page.evaluate(() => devicePixelRatio)).toBe(1);
    await page.getByRole('checkbox', { name: 'Mode presentasi' }).check();
    await expect.poll(() => page.evaluate(() => devicePixelRatio)).toBe(1.5);
    expect(await page.evaluate(() => document.body.classList.contains('presenter-body'))).toBe(true);
    expect(await waitFor(async () => (await netraState(page)).badge, 5000)).toBe(true);
    await page.click('#practice-post');
    expect(await dialogReady(page)).toBe(true);
    await screenshot(page, 'practice-presenter-dialog-id');
    await page.keyboard.press('Escape');
    await page.getByRole('checkbox', { name: 'Mode presentasi' }).uncheck();
    await expect.poll(() => page.evaluate(() => devicePixelRatio)).toBe(1);
    await page.close();
  });

  test('handout and answer key print on paper: no toolbar, the key on its own pages', async () => {
    const page = await b.context.newPage();
    await startSession(page, (p) => p.getByRole('radio', { name: '5', exact: true }).check());
    await page.getByRole('link', { name: 'Lembar cetak' }).click();
    await page.waitForSelector('.handout');
    expect(await page.locator('.sheet:not(.answer-key) .handout-item').count()).toBe(5);
    expect(await page.locator('.answer-key .handout-item').count()).toBe(5);
    expect(await page.locator('.answer-key').textContent()).toContain('Catatan fasilitator');
    expect(await axe(page)).toEqual([]);
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.handout-tools').isVisible()).toBe(false);
    expect(await page.locator('.practice-head').isVisible()).toBe(false);
    expect(await page.locator('.answer-key').evaluate((el) => getComputedStyle(el).breakBefore)).toBe('page');
    await page.screenshot({ path: join(SHOTS_DIR, 'practice-handout-print-id.png'), fullPage: true });
    const pdf = await page.pdf({ path: join(SHOTS_DIR, 'practice-handout-id.pdf'), format: 'A4' });
    expect(pdf.toString('latin1').match(/\/Type\s*\/Page\b/g)!.length).toBeGreaterThanOrEqual(2);
    await page.emulateMedia({ media: 'screen' });
    await page.close();
  });

  test("a trainer's deck: problems are listed with file, line and reason; a good deck is used", async () => {
    const page = await b.context.newPage();
    await page.goto(url('practice.html'));
    const input = page.locator('input[type="file"][accept=".yml,.yaml,.csv"]');
    const head = 'id,guideline,verdict,platform,level,draft_id,why_id\n';
    await input.setInputFiles({ name: 'sukamaju.csv', mimeType: 'text/csv', buffer: Buffer.from(`${head}d1,kampanye-media-sosial,tidak-boleh,x,mudah,"Ayo, coblos Pak Calon",Ajakan memilih\nd2,kampanye-media-sosial,ya,x,mudah,draf,alasan\n`) });
    await expect.poll(() => page.getByRole('alert').textContent()).toContain('sukamaju.csv:3: scenario d2: verdict is boleh or tidak-boleh, not "ya"');
    expect(await page.locator('.status').textContent()).toMatch(/ditolak/);
    await input.setInputFiles({ name: 'sukamaju.yml', mimeType: 'text/yaml', buffer: Buffer.from('- id: d1\n  guideline: pedoman-lain\n  verdict: boleh\n  platform: x\n  level: mudah\n  draft: { id: "Halo" }\n  why: { id: "Netral" }\n') });
    await expect.poll(() => page.getByRole('alert').textContent()).toContain('sukamaju.yml:2: scenario d1: unknown guideline "pedoman-lain"');
    expect(await page.getByRole('radio', { name: /sukamaju/ }).count()).toBe(0);
    await screenshot(page, 'practice-deck-errors-id');

    await input.setInputFiles({ name: 'sukamaju.csv', mimeType: 'text/csv', buffer: Buffer.from(`${head}d1,kampanye-media-sosial,tidak-boleh,x,mudah,"Ayo, coblos Pak Calon nomor 3",Ajakan memilih\n`) });
    await expect.poll(() => page.locator('.status').textContent()).toBe('Dek sukamaju.csv dengan 1 skenario siap dipakai.');
    expect(await page.getByRole('alert').count()).toBe(0);
    await page.getByRole('radio', { name: 'sukamaju.csv (1)' }).check();
    await page.getByRole('button', { name: 'Mulai sesi', exact: true }).click();
    await expect.poll(() => page.locator('#practice-composer').textContent()).toBe('Ayo, coblos Pak Calon nomor 3');
    expect(await scenarioTitle(page)).toBe('Skenario 1 dari 1');
    await page.close();
  });

  test('English UI: a draft whose English wording Netra reads otherwise is shown in the original, with the translation beside it', async () => {
    await b.context.serviceWorkers()[0]!.evaluate(() => (globalThis as unknown as { chrome: { storage: { local: { set(v: object): Promise<void> } } } }).chrome.storage.local.set({ settings: { lang: 'en' } }));
    const page = await b.context.newPage();
    await page.goto(url('practice.html'));
    const head = 'id,guideline,verdict,platform,level,draft_id,draft_en,why_id\n';
    // The English line is a stand-in Netra cannot read as a vote call; the original is one.
    await page.locator('input[type="file"][accept=".yml,.yaml,.csv"]').setInputFiles({ name: 'mixed.csv', mimeType: 'text/csv', buffer: Buffer.from(`${head}d1,kampanye-media-sosial,tidak-boleh,x,mudah,"Ayo, coblos Pak Calon nomor 3",Nice weather in the square today,Ajakan memilih\n`) });
    await expect.poll(() => page.locator('.status').textContent()).toBe('Deck mixed.csv with 1 scenarios is ready.');
    await page.getByRole('radio', { name: 'mixed.csv (1)' }).check();
    await page.getByRole('button', { name: 'Start the session', exact: true }).click();
    await expect.poll(() => page.locator('#practice-composer').textContent()).toBe('Ayo, coblos Pak Calon nomor 3');
    expect(await page.locator('.original-note').textContent()).toBe('The original Indonesian draft, as Netra checks it. In English: Nice weather in the square today');
    await page.keyboard.press('t'); // "not allowed"
    expect(await waitFor(async () => (await netraState(page)).badge, 5000)).toBe(true);
    await page.close();
  });

  test('free writing: the reasoning reads in plain words, with no rule codes or internal names', async () => {
    const page = await b.context.newPage();
    await page.goto(url('practice.html#free'));
    await page.click('#practice-composer');
    await page.keyboard.insertText('Ayo c0bl0s nomor 2');
    await page.getByRole('checkbox', { name: 'Tunjukkan alasan' }).check();
    await expect.poll(() => page.locator('.reasoning').textContent()).toMatch(/coblos/);
    const text = (await page.locator('.reasoning').textContent())!;
    expect(text).toMatch(/menahan draf ini/);
    expect(text).not.toMatch(/\b[a-z]+(-[a-z0-9]+)*\.[a-z0-9]+(-[a-z0-9]+)+\b|civic-call|dinormal/);
    await screenshot(page, 'practice-free-reasoning-id');
    await page.close();
  });

  test('no page requested anything from the network', () => {
    expect(b.stray).toEqual([]);
  });
});
