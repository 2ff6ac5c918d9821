/**
 * The UI text tables (`public/_locales/{id,en}/messages.json`, imported by src/ui/i18n.ts) in the
 * content script hold only the messages its own code can ask for: pages and the browser keep the
 * full files. Which keys are used is read from the bundled modules' code once the chunk is
 * complete: a key written as a string ('dialogTitle'), or a prefix a key is built from
 * (`severity_${…}`, 'policyProblem_' + …). The English table is left empty: a page whose UI
 * is in English asks the background for it (src/build/english-text.ts), and until it comes
 * `t` falls back to the Indonesian.
 */
import { readFileSync } from 'node:fs';
import type { Plugin } from 'vite';
import { isContentBuild } from './content-lean';

const MESSAGES = /[\\/]_locales[\\/]([a-z]{2})[\\/]messages\.json$/;
const PLACEHOLDER = '__netra_messages__';
const VIRTUAL = '\0netra-messages:';

/**
 * The keys of `all` that `codes` can ask for: a key in quotes, or a key that starts with a quoted
 * prefix ending in "_" that code completes (`severity_${…}`, 'policyProblem_' + …). Over-keeping
 * is harmless; nothing is parsed, so an apostrophe in a comment cannot hide a key.
 */
export function usedKeys(codes: readonly string[], all: readonly string[]): Set<string> {
  const quoted = new Set<string>();
  const prefixes = new Set<string>();
  for (const c of codes) {
    for (const m of c.matchAll(/['"`]([A-Za-z0-9_]+)(?=['"`])/g)) quoted.add(m[1]!);
    for (const m of c.matchAll(/['"`]([A-Za-z0-9]\w*_)(?=\$\{|['"`])/g)) prefixes.add(m[1]!);
  }
  return new Set(all.filter((k) => quoted.has(k) || [...prefixes].some((p) => k.startsWith(p))));
}

export function contentMessages(): Plugin {
  let lean = false;
  const files = new Map<string, string>();
  return {
    name: 'netra-content-messages',
    enforce: 'pre',
    configResolved(config) {
      lean = isContentBuild(config);
    },
    // A module of its own (not the JSON file), so Vite's JSON plugin leaves it alone.
    async resolveId(source, importer, options) {
      if (!lean || !/messages\.json$/.test(source)) return null;
      const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
      const m = resolved ? MESSAGES.exec(resolved.id.split('?')[0]!) : null;
      if (!m) return null;
      files.set(m[1]!, resolved!.id.split('?')[0]!);
      return VIRTUAL + m[1];
    },
    load(id) {
      return id.startsWith(VIRTUAL) ? `export default JSON.parse(${JSON.stringify(PLACEHOLDER + id.slice(VIRTUAL.length))});` : null;
    },
    renderChunk(code, chunk) {
      if (!lean || !code.includes(PLACEHOLDER)) return null;
      const codes = Object.keys(chunk.modules)
        .filter((id) => !id.startsWith(VIRTUAL))
        .map((id) => this.getModuleInfo(id)?.code ?? '');
      const tables = new Map([...files].map(([lang, file]) => [lang, JSON.parse(readFileSync(file, 'utf8')) as Record<string, { message: string }>]));
      const keys = usedKeys(codes, [...new Set([...tables.values()].flatMap((t) => Object.keys(t)))]);
      let out = code;
      for (const [lang, table] of tables) {
        const subset = lang === 'en' ? {} : Object.fromEntries(Object.entries(table).filter(([k]) => keys.has(k)).map(([k, v]) => [k, { message: v.message }]));
        const literal = JSON.stringify(JSON.stringify(subset));
        out = out.replace(new RegExp(`(["'\`])${PLACEHOLDER}${lang}\\1`, 'g'), () => literal);
      }
      return { code: out, map: null };
    },
  };
}
