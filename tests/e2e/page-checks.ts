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
    const r = await (window as unknown as { axe: { run: (o: unknown) => Promise<{ violations: Array<{ id: string; impact: string; nodes: Array<{ html: string }> }> }> } }).axe.run({ resultTypes: ['violations'] });
    // The first offending element, so a failure says where to look.
    return r.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.length, first: v.nodes[0]?.html.slice(0, 160) }));
  })) as Array<{ id: string; impact: string; nodes: number; first?: string }>;
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

/**
 * axe-core's serious and critical violations in Netra's UI on a site page. The UI lives in a
 * closed shadow root that axe (like the page) cannot enter, so its rendered DOM — styles, roles,
 * names and all — is read through DevTools and checked as a copy in an open shadow root on a
 * blank page, with the host's own inline style.
 */
export async function uiAxe(page: Page) {
  const cdp = await page.context().newCDPSession(page);
  let copy: { html: string; hostStyle: string };
  try {
    type Node = { nodeName: string; nodeType: number; backendNodeId: number; children?: Node[]; shadowRoots?: Node[] };
    const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: Node };
    const find = (n: Node): Node | null => {
      if (n.nodeName === 'NETRA-UI') return n;
      for (const c of n.children ?? []) {
        const hit = find(c);
        if (hit) return hit;
      }
      return null;
    };
    const host = find(root);
    const shadow = host?.shadowRoots?.[0];
    if (!host || !shadow) throw new Error("Netra's UI host is not on the page");
    const { object } = (await cdp.send('DOM.resolveNode', { backendNodeId: shadow.backendNodeId })) as { object: { objectId: string } };
    const { result } = (await cdp.send('Runtime.callFunctionOn', {
      objectId: object.objectId,
      returnByValue: true,
      functionDeclaration: 'function () { return { html: this.innerHTML, hostStyle: this.host.style.cssText }; }',
    })) as { result: { value: { html: string; hostStyle: string } } };
    copy = result.value;
  } finally {
    await cdp.detach();
  }
  const blank = await page.context().newPage();
  try {
    await blank.setContent('<!doctype html><html lang="id"><head><title>Netra UI</title></head><body><main><h1>Site</h1></main></body></html>');
    await blank.evaluate(({ html, hostStyle }) => {
      const host = document.createElement('netra-ui');
      host.style.cssText = hostStyle;
      host.attachShadow({ mode: 'open' }).innerHTML = html;
      document.body.append(host);
    }, copy);
    return await axe(blank);
  } finally {
    await blank.close();
  }
}
