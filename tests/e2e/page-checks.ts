/** Checks shared by the extension-page browser tests: accessibility and readable type. */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** axe-core's serious and critical violations on the page. */
export async function axe(page: Page) {
  // Through DevTools evaluation: extension pages' CSP rightly refuses inline script tags.
  await page.evaluate(axeSource);
  const result = (await page.evaluate(async () => {
    const r = await (window as unknown as { axe: { run: (o: unknown) => Promise<{ violations: Array<{ id: string; impact: string; nodes: unknown[] }> }> } }).axe.run({ resultTypes: ['violations'] });
    return r.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.length }));
  })) as Array<{ id: string; impact: string; nodes: number }>;
  return result.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}

/** Visible text set in less than `min` px (the design floor for anything a user reads). */
export function smallText(page: Page, min = 13): Promise<string[]> {
  return page.evaluate((floor) => {
    const out: string[] = [];
    const walk = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walk.nextNode(); n; n = walk.nextNode()) {
      const el = n.parentElement;
      if (!el || !n.textContent?.trim() || el.closest('.sr-only')) continue;
      const rect = el.getBoundingClientRect();
      if (rect.width === 0 || rect.height === 0) continue;
      const size = parseFloat(getComputedStyle(el).fontSize);
      if (size < floor) out.push(`${size}px: ${n.textContent.trim().slice(0, 40)}`);
    }
    return out;
  }, min);
}
