/**
 * The stemmer's Indonesian root-word list (`natural`'s kata-dasar.json, ~30,000 words) is the
 * largest part of the content script. Shipped as JSON it is 90 KB gzip; front-coded (each word
 * as the length it shares with the word before and the rest, in sorted order, no separators) it
 * is 55 KB, and decoding takes a few milliseconds. This build transform replaces the JSON module
 * with the encoded list and its decoder. Pages get every word; the content script only the root
 * words that can change a finding (root-words-kept.ts), and of those the words of the rules'
 * vocabulary as marks (`virtual:netra-vocab-roots`, vocab-roots.ts): 6 KB and 1 KB.
 *
 * The module's value is one Set, which the stemmer's two modules use as their dictionary instead
 * of each making their own (`shareDictionary`): the words the content script adds to it when the
 * stemmer is first used (src/engine/stem.ts) reach them, and pages make one Set of 30,000 words,
 * not three.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import type { Plugin as VitePlugin } from 'vite';
import { frontDecode } from './front-decode';
import { CONTENT_DATA_ID, isContentBuild } from './content-lean';
import { loadRules, ruleFiles, RULES_DIR, shippedRules } from './load-rules';
import { keptRootWords, seenFile } from './root-words-kept';
import { splitVocabRoots } from './vocab-roots';

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
  return `${frontDecode.toString()}\nexport default new Set(frontDecode(${JSON.stringify(encoded)}));\n`;
}

/** The `virtual:netra-vocab-roots` module: the marked words of the vocabulary it is given (vocab-roots.ts). */
export function vocabRootsModule(marks: string): string {
  return `import { unpackVocabRoots } from ${JSON.stringify(fileURLToPath(new URL('./vocab-roots.ts', import.meta.url)))};\nexport default (vocab) => unpackVocabRoots(${JSON.stringify(marks)}, vocab);\n`;
}

const DICTIONARY_USERS = /natural[\\/]lib[\\/]natural[\\/]stemmers[\\/]indonesian[\\/](stemmer_id|prefix_rules)\.js$/;
const OWN_SET = 'return new Set(fin.filter(Boolean))';

/** A stemmer module's dictionary: the root-word module's Set itself, not a copy of it. */
export function shareDictionary(code: string): string {
  if (!code.includes(OWN_SET)) throw new Error(`root-words: natural's stemmer no longer makes its dictionary with "${OWN_SET}"`);
  return code.replace(OWN_SET, 'return fin');
}

const VIRTUAL = '\0netra-root-words.js';
const MARKS_ID = 'virtual:netra-vocab-roots';
const MARKS = '\0netra-vocab-roots.js';

const allRootWords = () => JSON.parse(readFileSync(createRequire(import.meta.url).resolve('natural/lib/natural/stemmers/indonesian/data/kata-dasar.json'), 'utf8')) as string[];

// One split per build, shared by this plugin (the marks) and the rules' (the list, which it
// writes beside the rule data: `contentDataModule` in content-lean.ts): the list and the marks
// must be made from the same rules. Each plugin forgets it when a content build starts.
const splits = new Map<string, { words: string[]; marks: string }>();

/** The content script's root words, as a list and as marks over the vocabulary (see `rootWordsVite`). */
export function contentRootWords(root = RULES_DIR): { words: string[]; marks: string } {
  let split = splits.get(root);
  if (!split) {
    const rules = loadRules(root);
    splits.set(root, (split = splitVocabRoots(keptRootWords(allRootWords(), rules), shippedRules(rules).vocab)));
  }
  return split;
}

export function forgetContentRootWords(root = RULES_DIR): void {
  splits.delete(root);
}

/** The content script's root-word module: the list's text is in `virtual:netra-content-data`. */
const leanRootWordsModule = () => `import { rootWords } from ${JSON.stringify(CONTENT_DATA_ID)};\n${frontDecode.toString()}\nexport default new Set(frontDecode(rootWords));\n`;

/**
 * The content script carries only the root words that can change a finding (root-words-kept.ts),
 * those of the rules' vocabulary as marks (`virtual:netra-vocab-roots`, which only the content
 * script imports).
 */
export function rootWordsVite(root = RULES_DIR): VitePlugin {
  let lean = false;
  return {
    name: 'netra-root-words',
    enforce: 'pre',
    configResolved(config) {
      lean = isContentBuild(config);
    },
    buildStart() {
      if (lean) forgetContentRootWords(root);
    },
    // The stemmer `require`s the list: hand it the Set, not the module namespace object
    // (what a required ES module becomes by default).
    config: () => ({
      build: { commonjsOptions: { requireReturnsDefault: (id: string) => (id === VIRTUAL ? 'auto' : false) } },
    }),
    async resolveId(source, importer, options) {
      if (source === MARKS_ID) return MARKS;
      if (!/kata-dasar\.json$/.test(source)) return null;
      const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
      if (!resolved || !ROOT_WORDS.test(resolved.id.split('?')[0]!)) return null;
      return VIRTUAL;
    },
    load(id) {
      if (id !== VIRTUAL && id !== MARKS) return null;
      // Pages have every root word: no marks to read.
      if (!lean) return { code: id === VIRTUAL ? rootWordsModule(allRootWords()) : 'export default () => [];\n', map: null };
      // What the content script keeps follows the rules (`wxt dev` rebuilds when they change).
      for (const f of [...ruleFiles(root), seenFile()]) this.addWatchFile(f);
      return { code: id === VIRTUAL ? leanRootWordsModule() : vocabRootsModule(contentRootWords(root).marks), map: null };
    },
    transform(code, id) {
      // The module itself, not the proxies the CommonJS plugin makes for it (`…?commonjs-es-import`).
      return DICTIONARY_USERS.test(id) ? { code: shareDictionary(code), map: null } : null;
    },
  };
}
