/**
 * UI text. The `_locales` message files are the one source (the browser's i18n reads them for
 * the manifest); they are also bundled here so the user's own language choice in Netra's
 * settings wins over the browser's language, as a civil servant on an English-language browser
 * may still want Indonesian.
 */
import id from '../../public/_locales/id/messages.json';
import en from '../../public/_locales/en/messages.json';

export type Lang = 'id' | 'en';
type Messages = Record<string, { message: string }>;
const TABLES: Record<Lang, Messages> = { id, en };
export type MessageKey = keyof typeof id;

let current: Lang = 'id';

/** Browser language → Netra language: Indonesian unless the browser asks for English. */
export function detectLang(uiLanguage: string | undefined): Lang {
  return uiLanguage?.toLowerCase().startsWith('en') ? 'en' : 'id';
}

export function setLang(lang: Lang) {
  current = lang;
}
export function getLang(): Lang {
  return current;
}

/** chrome.i18n-compatible lookup: `$1`…`$9` are replaced by `subs`. */
export function t(key: MessageKey, ...subs: Array<string | number>): string {
  return tIn(current, key, ...subs);
}

/** `t` in a given language, whatever the page's: for text made outside a page (the CLI). */
export function tIn(lang: Lang, key: MessageKey, ...subs: Array<string | number>): string {
  const entry = TABLES[lang][key] ?? TABLES.id[key];
  if (!entry) return key;
  return entry.message.replace(/\$(\d)/g, (_, d: string) => String(subs[Number(d) - 1] ?? ''));
}

/**
 * Messages that came later (the content script's English, src/build/lean-english.ts), for keys
 * the Indonesian table has: a key whose text is missing or empty keeps the table's own text, or
 * else the Indonesian.
 */
export function addMessages(lang: Lang, table: Record<string, { message?: unknown } | undefined>): void {
  for (const [k, v] of Object.entries(table)) if (Object.hasOwn(TABLES.id, k) && typeof v?.message === 'string' && v.message) TABLES[lang][k] = { message: v.message };
}

export const MESSAGE_TABLES = TABLES;
