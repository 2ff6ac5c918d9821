/**
 * The user's own job title and agency, as written in Settings, found in a draft: whole words,
 * any case, any spacing between words. The profile is the user's text: it is escaped, never read
 * as a pattern, and a very short or very long entry finds nothing.
 */
import type { CheckOptions } from './engine';

const MIN = 3;
const MAX = 120;

export function profileSpans(src: string, profile: CheckOptions['profile']): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (const raw of [profile?.jobTitle, profile?.agency]) {
    const words = (raw ?? '').trim().split(/\s+/).filter(Boolean);
    const joined = words.join(' ');
    if (joined.length < MIN || joined.length > MAX) continue;
    const body = words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('\\s+');
    const re = new RegExp(`(?<![\\p{L}\\p{N}])${body}(?![\\p{L}\\p{N}])`, 'giu');
    for (const m of src.matchAll(re)) out.push([m.index, m.index + m[0].length]);
  }
  return out.sort((a, b) => a[0] - b[0]);
}
