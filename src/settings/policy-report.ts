/**
 * What an administrator reads about the agency policy, the same in Settings and in
 * `npm run policy:check`: each problem as one sentence in Indonesian or English naming the field
 * and the value, and the notes on agency packs that are about to end.
 */
import type { PackInfo } from '../engine/rules';
import { tIn, type Lang, type MessageKey } from '../ui/i18n';
import type { PolicyProblem } from './policy';

/** An agency pack is flagged this many days before its last valid day. */
export const PACK_EXPIRY_WARN_DAYS = 28;

export function policyProblemText(p: PolicyProblem, lang: Lang): string {
  const key = `policyProblem_${p.code.replace(/-/g, '_')}` as MessageKey;
  return tIn(lang, key, p.field, p.value ?? '', p.expected ?? '', p.detail ?? '');
}

/** Whole days from `from` to `to`, both YYYY-MM-DD. */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/**
 * Notes on the policy's packs: one that ends within PACK_EXPIRY_WARN_DAYS (send a new version in
 * time), one that has ended (no longer used). `field` is where the pack sits in the policy.
 */
export function packEndNotes(packs: ReadonlyArray<{ info: PackInfo; field: string }>, today: string): PolicyProblem[] {
  const out: PolicyProblem[] = [];
  for (const { info, field } of packs) {
    if (!info.validUntil) continue;
    const left = daysBetween(today, info.validUntil);
    const value = `${info.name} ${info.version}`;
    if (left < 0) out.push({ code: 'pack-expired', field, value, expected: info.validUntil, level: 'note' });
    else if (left <= PACK_EXPIRY_WARN_DAYS) out.push({ code: 'pack-expiring', field, value, expected: info.validUntil, detail: String(left), level: 'note' });
  }
  return out;
}
