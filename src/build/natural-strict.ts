/**
 * `natural`'s Indonesian stemmer (a Sastrawi port) keeps its state on `this` inside plain
 * functions. As CommonJS in sloppy mode that `this` is the global object; bundled for the
 * browser the code is strict, `this` is undefined and stemming throws. This build transform
 * gives those two files a module-local state object instead: same behaviour, no globals.
 */
import type { Plugin as VitePlugin } from 'vite';
import type { Plugin as EsbuildPlugin } from 'esbuild';
import { readFileSync } from 'node:fs';

const AFFECTED = /natural[\\/]lib[\\/]natural[\\/]stemmers[\\/]indonesian[\\/](prefix|suffix)_rules\.js$/;

export function makeStrictSafe(code: string): string {
  return (
    'var __netraState = {};\n' +
    code.replace(/\bthis\.(removal|currentWord)\b/g, '__netraState.$1').replace(/\breturn this\b/g, 'return __netraState')
  );
}

const BASE_STEMMER = /natural[\\/]lib[\\/]natural[\\/]stemmers[\\/]indonesian[\\/]base_stemmer_id\.js$/;

/**
 * The stemmer's base also offers `tokenizeAndStem`, which needs `natural`'s Indonesian stopword
 * list and tokenizer (6 KB gzip). Netra stems word by word (src/engine/stem.ts) and never calls
 * it, so the browser builds get an empty list and a tokenizer that says it is not bundled.
 */
export function withoutTokenizeAndStem(code: string): string {
  return code
    .replace(/require\(['"]\.\.\/\.\.\/util\/stopwords_id['"]\)/, '{ words: [] }')
    .replace(/require\(['"]\.\.\/\.\.\/tokenizers\/aggressive_tokenizer_id['"]\)/, "function () { throw new Error('natural tokenizeAndStem is not bundled'); }");
}

export function naturalStrictVite(): VitePlugin {
  return {
    name: 'netra-natural-strict',
    enforce: 'pre',
    transform(code, id) {
      const file = id.split('?')[0]!;
      if (BASE_STEMMER.test(file)) return { code: withoutTokenizeAndStem(code), map: null };
      return AFFECTED.test(file) ? { code: makeStrictSafe(code), map: null } : null;
    },
  };
}

export function naturalStrictEsbuild(): EsbuildPlugin {
  return {
    name: 'netra-natural-strict',
    setup(build) {
      build.onLoad({ filter: AFFECTED }, (args) => ({ contents: makeStrictSafe(readFileSync(args.path, 'utf8')), loader: 'js' }));
    },
  };
}
