// @vitest-environment happy-dom
/**
 * A page whose UI is in English, as the content script runs it: it carries Indonesian only (UI
 * messages, guideline cards; no rule messages at all; issue 11: its size) and asks the background
 * once for the English (the rules' Indonesian messages it asked when the page started). Until the answer comes, or when it fails, the pre-post dialog is in Indonesian,
 * never empty or a key; once it came, the same engine and dialog are in English, word for word
 * what the full data gives.
 */
import { readFileSync } from 'node:fs';
import { h, render } from 'preact';
import { act } from 'preact/test-utils';
import { afterAll, beforeAll, describe, expect, test, vi } from 'vitest';
import { loadRules, shippedGuidelines, shippedRules } from '../../src/build/load-rules';
import { leanGuidelines, packRules } from '../../src/build/content-lean';
import { unpackRules } from '../../src/build/packed-rules';
import { englishText, withIndonesianCards } from '../../src/build/english-text';
import { fillRuleMessages, ruleMessages, withCardMessages } from '../../src/build/rule-messages';
import { createEngine } from '../../src/engine/engine';
import type { Finding } from '../../src/engine/finding';
import type { GuidelineLibrary } from '../../src/engine/guideline';
import type { CompiledRules } from '../../src/engine/rules';

type Table = Record<string, { message: string }>;
const readTable = (lang: string) => JSON.parse(readFileSync(`public/_locales/${lang}/messages.json`, 'utf8')) as Table;

// What the content script's modules hold (src/build/content-lean.ts, content-messages.ts): rules
// and guidelines packed and read back as the page reads them, and no English UI table.
const page = vi.hoisted(() => ({ rules: null as unknown as CompiledRules, library: null as unknown as GuidelineLibrary, send: vi.fn() }));
vi.mock('../../public/_locales/en/messages.json', () => ({ default: {} }));
vi.mock('../../src/messages', () => ({ sendToBackground: page.send }));

const { askEnglish } = await import('../../src/build/lean-english');
const { PrePostDialog } = await import('../../src/ui/PrePostDialog');
const { setLang } = await import('../../src/ui/i18n');

const DRAFT = 'Sebagai Kepala Dinas saya ajak warga coblos nomor 2 ✌️';
const fullRules = shippedRules(loadRules());
const fullLibrary = shippedGuidelines();
const id = readTable('id');
const en = readTable('en');
// What the background answers, through the browser's message passing (plain data).
const answer = () => JSON.parse(JSON.stringify(englishText(fullRules, fullLibrary, en))) as unknown;

function dialogText(findings: Finding[]): string {
  const box = document.createElement('div');
  void act(() => render(h(PrePostDialog, { findings, text: DRAFT, library: page.library, onEdit: () => {}, onPostAnyway: () => {}, onLearnMore: () => {} }), box));
  const text = box.textContent ?? '';
  render(null, box);
  return text;
}

describe('the content script in an English UI', () => {
  beforeAll(() => {
    page.library = withIndonesianCards(JSON.parse(JSON.stringify(leanGuidelines(fullLibrary))) as GuidelineLibrary);
    page.rules = withCardMessages(unpackRules(JSON.parse(JSON.stringify(packRules(fullRules))) as Record<string, unknown>), page.library);
    fillRuleMessages(JSON.parse(JSON.stringify(ruleMessages(fullRules))) as Record<string, string>, page.rules);
    setLang('en');
  });
  afterAll(() => setLang('id'));

  test('shows Indonesian until the English comes, retries a failed answer, then shows English from the next check', async () => {
    // The engine is made before the answer, as in the page: the English reaches it in place.
    const engine = createEngine(page.rules);
    const reference = createEngine(fullRules);
    const before = engine.check(DRAFT, { lang: 'en' });
    expect(before.length).toBeGreaterThan(0);
    expect(before.map((f) => f.message)).toEqual(reference.check(DRAFT, { lang: 'id' }).map((f) => f.message));
    const g = fullLibrary.guidelines[before[0]!.guidelineId]!;
    const indonesian = dialogText(before);
    expect(indonesian).toContain(id.dialogTitle!.message);
    expect(indonesian).toContain(g.dialog.do.id);
    expect(indonesian).not.toMatch(/dialogTitle|severity_|undefined/);

    // The extension was reloaded under the page: no answer, still Indonesian, asked again later.
    page.send.mockRejectedValueOnce(new Error('Extension context invalidated.'));
    expect(await askEnglish(() => page.rules, () => page.library)).toBe(false);
    expect(dialogText(engine.check(DRAFT, { lang: 'en' }))).toBe(indonesian);

    page.send.mockResolvedValue(answer());
    expect(await askEnglish(() => page.rules, () => page.library)).toBe(true);
    expect(await askEnglish(() => page.rules, () => page.library)).toBe(true);
    expect(page.send.mock.calls).toEqual([[{ type: 'netra:english' }], [{ type: 'netra:english' }]]);

    const after = engine.check(DRAFT, { lang: 'en' });
    expect(after).toEqual(reference.check(DRAFT, { lang: 'en' }));
    const english = dialogText(after);
    expect(english).toContain(en.dialogTitle!.message);
    expect(english).toContain(en.severity_serious!.message);
    expect(english).toContain(g.dialog.do.en);
    expect(english).not.toContain(id.dialogTitle!.message);
    expect(english).not.toContain(g.dialog.do.id);
    for (const [gid, lean] of Object.entries(page.library.guidelines)) {
      const full = fullLibrary.guidelines[gid]!;
      expect([lean.title, lean.dialog, lean.sanction.text]).toEqual([full.title, full.dialog, full.sanction.text]);
    }
  });
});
