/**
 * The content script's styles (src/ui/content-styles.ts and the CSS files it imports `?raw`)
 * are text that Vite does not minify: in the content build they are minified here (comments and
 * spaces out, ~0.4 KB gzip; issue 11). Pages get their CSS minified by Vite already.
 */
import { readFileSync } from 'node:fs';
import { transformWithEsbuild, type Plugin } from 'vite';
import { isContentBuild } from './content-lean';

const minify = async (css: string, file: string) => (await transformWithEsbuild(css, file, { loader: 'css', minify: true })).code.trim();

/** The CSS text of content-styles.ts's template literal: its static parts minified, `${…}` kept. */
export async function minifyCssLiteral(code: string, file: string): Promise<string> {
  const m = /(CONTENT_CSS = `)([^`]*)(`)/.exec(code);
  if (!m) throw new Error(`content-css: no CONTENT_CSS template literal in ${file}`);
  // A backslash in the literal would be an escape of the template's, not the CSS's: left as written.
  if (m[2]!.includes('\\')) return code;
  const escape = (css: string) => css.replace(/[`\\]|\$\{/g, (c) => `\\${c}`);
  const parts = m[2]!.split(/(\$\{\w+\})/);
  const out = await Promise.all(parts.map((p, i) => (i % 2 ? p : minify(p, file).then(escape))));
  return code.slice(0, m.index) + m[1] + out.join('') + m[3] + code.slice(m.index + m[0].length);
}

export function contentCss(): Plugin {
  let lean = false;
  return {
    name: 'netra-content-css',
    enforce: 'pre',
    configResolved(config) {
      lean = isContentBuild(config);
    },
    async load(id) {
      if (!lean || !/\.css\?raw$/.test(id)) return null;
      const file = id.slice(0, -'?raw'.length);
      return `export default ${JSON.stringify(await minify(readFileSync(file, 'utf8'), file))};`;
    },
    async transform(code, id) {
      if (!lean || !/[\\/]src[\\/]ui[\\/]content-styles\.ts$/.test(id)) return null;
      return { code: await minifyCssLiteral(code, id), map: null };
    },
  };
}
