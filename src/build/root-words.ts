/**
 * The stemmer's Indonesian root-word list (`natural`'s kata-dasar.json, ~30,000 words) is the
 * largest part of the content script. Shipped as JSON it is 90 KB gzip; front-coded (each word
 * as the length it shares with the word before and the rest, in sorted order, no separators) it
 * is 55 KB, and decoding takes a few milliseconds. This build transform replaces the JSON module
 * with the encoded list and its decoder; the stemmer sees the same array.
 */
import { readFileSync } from 'node:fs';
import type { Plugin as VitePlugin } from 'vite';
import { frontDecode } from './front-decode';

export { frontDecode };

const ROOT_WORDS = /natural[\\/]lib[\\/]natural[\\/]stemmers[\\/]indonesian[\\/]data[\\/]kata-dasar\.json$/;

/** Characters 48 ('0') … 88 ('X') mark a word's start and say how much of the previous word it keeps. */
const SHARED_MAX = 40;

/**
 * Sorted words → each as "<shared prefix length as one char from '0'><rest>", run together (the
 * length character also separates the words, so no word may contain one: the encoder checks).
 */
export function frontCode(words: readonly string[]): string {
  const sorted = [...new Set(words.filter(Boolean))].sort();
  let prev = '';
  return sorted
    .map((w) => {
      if (/[0-X]/.test(w)) throw new Error(`front coding: "${w}" has a character from '0' to 'X'`);
      let p = 0;
      while (p < prev.length && p < w.length && p < SHARED_MAX && prev[p] === w[p]) p++;
      prev = w;
      return String.fromCharCode(48 + p) + w.slice(p);
    })
    .join('');
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
    // The stemmer `require`s the list: hand it the array, not the module namespace object
    // (what a required ES module becomes by default).
    config: () => ({
      build: { commonjsOptions: { requireReturnsDefault: (id: string) => (id === VIRTUAL ? 'auto' : false) } },
    }),
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
