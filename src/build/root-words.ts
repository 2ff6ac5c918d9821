/**
 * The stemmer's Indonesian root-word list (`natural`'s kata-dasar.json, ~30,000 words) is the
 * largest part of the content script. Shipped as JSON it is 90 KB gzip; front-coded (each word
 * as the length it shares with the word before and the rest, in sorted order) it is about a third
 * smaller, and decoding takes a few milliseconds. This build transform replaces the JSON module
 * with the encoded list and its decoder; the stemmer sees the same array.
 */
import { readFileSync } from 'node:fs';
import type { Plugin as VitePlugin } from 'vite';

const ROOT_WORDS = /natural[\\/]lib[\\/]natural[\\/]stemmers[\\/]indonesian[\\/]data[\\/]kata-dasar\.json$/;

/** Sorted words → "<shared prefix length as one char from '0'><rest>" lines. */
export function frontCode(words: readonly string[]): string {
  const sorted = [...new Set(words.filter(Boolean))].sort();
  let prev = '';
  return sorted
    .map((w) => {
      let p = 0;
      while (p < prev.length && p < w.length && p < 40 && prev[p] === w[p]) p++;
      prev = w;
      return String.fromCharCode(48 + p) + w.slice(p);
    })
    .join('\n');
}

/** The inverse of `frontCode`. Kept self-contained: its source is inlined into the bundle. */
export function frontDecode(s: string): string[] {
  const out: string[] = [];
  let prev = '';
  for (const line of s.split('\n')) {
    const w = prev.slice(0, line.charCodeAt(0) - 48) + line.slice(1);
    out.push(w);
    prev = w;
  }
  return out;
}

export function rootWordsModule(json: string): string {
  const encoded = frontCode(JSON.parse(json) as string[]);
  return `${frontDecode.toString()}\nexport default frontDecode(${JSON.stringify(encoded)});\n`;
}

const VIRTUAL = '\0netra-root-words.js';

export function rootWordsVite(): VitePlugin {
  let file = '';
  return {
    name: 'netra-root-words',
    enforce: 'pre',
    async resolveId(source, importer, options) {
      if (!/kata-dasar\.json$/.test(source)) return null;
      const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
      if (!resolved || !ROOT_WORDS.test(resolved.id.split('?')[0]!)) return null;
      file = resolved.id.split('?')[0]!;
      return VIRTUAL;
    },
    load(id) {
      return id === VIRTUAL ? { code: rootWordsModule(readFileSync(file, 'utf8')), map: null } : null;
    },
  };
}
