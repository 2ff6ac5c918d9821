/**
 * The content script's styles are minified in its build (src/build/content-css.ts): the same
 * rules, in fewer bytes, the shared styles still put in where content-styles.ts puts them.
 */
import { readFileSync } from 'node:fs';
import { transformWithEsbuild } from 'vite';
import { describe, expect, test } from 'vitest';
import { minifyCssLiteral } from '../src/build/content-css';

const FILE = 'src/ui/content-styles.ts';
const SHARED = readFileSync('assets/styles/shared.css', 'utf8');
/** The CSS the module's CONTENT_CSS literal makes, with `shared` for the shared styles. */
const cssOf = (code: string, shared: string) => (new Function('SHARED_CSS', `return \`${/CONTENT_CSS = `([^`]*)`/.exec(code)![1]!}\`;`) as (s: string) => string)(shared);
const minified = async (css: string) => (await transformWithEsbuild(css, 'x.css', { loader: 'css', minify: true })).code;

describe('the content script’s styles', () => {
  test('are minified to the same rules, the shared styles in the same place', async () => {
    const code = readFileSync(FILE, 'utf8');
    const out = await minifyCssLiteral(code, FILE);
    const before = cssOf(code, SHARED);
    const after = cssOf(out, SHARED);
    expect(cssOf(out, '').length).toBeLessThan(cssOf(code, '').length * 0.85);
    expect(cssOf(out, '')).not.toContain('/*');
    expect(await minified(after)).toBe(await minified(before));
    // The rest of the module is untouched.
    expect(out.replace(/CONTENT_CSS = `[^`]*`/, '')).toBe(code.replace(/CONTENT_CSS = `[^`]*`/, ''));
  });

  test('a literal with a backslash is left as written; text that a template would read is escaped', async () => {
    const odd = 'export const CONTENT_CSS = `.a::before { content: "\\\\201C"; }`;';
    expect(await minifyCssLiteral(odd, FILE)).toBe(odd);
    const dollar = 'export const CONTENT_CSS = `\n.a::before { content: "$"; }\n${SHARED_CSS}\n.b::after { content: "{"; }\n`;';
    const out = await minifyCssLiteral(dollar, FILE);
    expect(cssOf(out, '.x{}')).toBe('.a:before{content:"$"}.x{}.b:after{content:"{"}');
  });
});
