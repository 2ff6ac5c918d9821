/**
 * The stemmer's Indonesian root-word list (`natural`'s kata-dasar.json, ~30,000 words) is the
 * largest part of the content script. Shipped as JSON it is 90 KB gzip; front-coded (each word
 * as the length it shares with the word before and the rest, in sorted order, no separators) it
 * is 55 KB, and decoding takes a few milliseconds. This build transform replaces the JSON module
 * with the encoded list and its decoder. Pages get every word; the content script only the root
 * words that can change a finding (root-words-kept.ts: 9 KB).
 */
import { readFileSync } from 'node:fs';
import type { Plugin as VitePlugin } from 'vite';
import { frontDecode } from './front-decode';
import { isContentBuild } from './content-lean';
import { loadRules, ruleFiles, RULES_DIR } from './load-rules';
import { keptRootWords, seenFile } from './root-words-kept';

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

export function rootWordsModule(words: readonly string[]): string {
  const encoded = frontCode(words);
  return `${frontDecode.toString()}\nexport default frontDecode(${JSON.stringify(encoded)});\n`;
}

const VIRTUAL = '\0netra-root-words.js';

/** The content script carries only the root words that can change a finding (root-words-kept.ts). */
export function rootWordsVite(root = RULES_DIR): VitePlugin {
  let file = '';
  let lean = false;
  return {
    name: 'netra-root-words',
    enforce: 'pre',
    configResolved(config) {
      lean = isContentBuild(config);
    },
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
      if (id !== VIRTUAL) return null;
      // What the content script keeps follows the rules (`wxt dev` rebuilds when they change).
      if (lean) for (const f of [...ruleFiles(root), seenFile()]) this.addWatchFile(f);
      const all = JSON.parse(readFileSync(file, 'utf8')) as string[];
      return { code: rootWordsModule(lean ? keptRootWords(all, loadRules(root)) : all), map: null };
    },
  };
}
