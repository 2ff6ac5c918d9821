/**
 * One CSS source for what the in-page dialog and the extension pages share (the issue found
 * about 20 card and button selectors written twice, and drifting apart): assets/styles/shared.css.
 * Neither the dialog's own styles nor the pages' may define one of its selectors again, and
 * nothing in it a user reads is set under 13 px.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';

const UI = join(__dirname, '../src/ui');
const STYLES = join(__dirname, '../assets/styles');
/** A stylesheet (assets/styles) or the dialog's styles module (src/ui). */
const read = (f: string) => readFileSync(join(f.endsWith('.ts') ? UI : STYLES, f), 'utf8');

/** Every selector of a stylesheet, one per comma-separated part, whitespace squashed. */
function selectors(css: string): Set<string> {
  const rules = css.replace(/\/\*[\s\S]*?\*\//g, '').matchAll(/([^{}]+)\{[^{}]*\}/g);
  return new Set([...rules].flatMap((m) => m[1]!.split(',').map((s) => s.trim().replace(/\s+/g, ' '))).filter((s) => s && !s.startsWith('@')));
}

/** The dialog's own rules: the template literal of content-styles.ts before the shared part. */
const contentOwn = () => {
  const src = read('content-styles.ts');
  const css = src.slice(src.indexOf('CONTENT_CSS = `') + 15, src.indexOf('${SHARED_CSS}'));
  expect(css.length).toBeGreaterThan(500);
  return css;
};

describe('shared styles', () => {
  const shared = selectors(read('shared.css'));

  test('the card and button styles are in the shared file', () => {
    for (const s of ['.btn', '.btn-primary', '.btn-danger', '.btn-link', '.finding', '.finding.sev-serious', '.sev', '.sev.sev-serious', '.finding-title', '.sr-only']) expect(shared, s).toContain(s);
  });

  test('both users of the shared file take it from there', () => {
    expect(read('page.css')).toMatch(/^@import '\.\/shared\.css';/);
    expect(read('content-styles.ts')).toMatch(/import SHARED_CSS from '@\/assets\/styles\/shared\.css\?raw'/);
  });

  test('neither the pages nor the dialog define a shared selector again', () => {
    const twice = (css: string) => [...selectors(css)].filter((s) => shared.has(s));
    expect(twice(read('page.css'))).toEqual([]);
    expect(twice(contentOwn())).toEqual([]);
    const page = selectors(read('page.css'));
    expect([...selectors(contentOwn())].filter((s) => page.has(s))).toEqual([]);
  });

  test('no font size under 13 px in the shared styles', () => {
    const sizes = [...read('shared.css').matchAll(/font(?:-size)?:[^;]*?\b(\d+(?:\.\d+)?)px/g)].map((m) => Number(m[1]));
    expect(sizes.length).toBeGreaterThan(3);
    expect(sizes.filter((n) => n < 13)).toEqual([]);
  });

  test('the selector reader sees duplicates when there are some', () => {
    const a = selectors('.btn { color: red } .x, .finding.sev-info { margin: 0 }');
    expect([...a]).toEqual(['.btn', '.x', '.finding.sev-info']);
  });
});
