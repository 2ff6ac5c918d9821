/** Installing packs: compiles and validates them (YAML parser included), for pages and background. */
import { browser } from 'wxt/browser';
import type { CompiledRules } from '../engine/rules';
import { localDate } from '../engine/merge';
import { POLICY_KEY, POLICY_REPORT_KEY, USER_KEY, type InstalledPack, type PolicyPackReport } from './installed';
import { checkPackFile } from './pack-file';
import { checkPolicyPacks } from './policy-packs';

/** Validate and install a pack file the user chose. On any error nothing changes. */
export async function importUserPack(text: string, fileName: string, bundled: CompiledRules, guidelines: ReadonlySet<string>) {
  const r = await checkPackFile(text, fileName, { external: bundled, guidelines, today: localDate() });
  if (!r.ok || !r.compiled || !r.info) return r;
  const got = await browser.storage.local.get(USER_KEY);
  const list = ((got[USER_KEY] as InstalledPack[]) ?? []).filter((p) => p.info.id !== r.info!.id);
  list.push({ info: r.info, source: 'user', fileName, checksum: r.checksum.expected, installedAt: Date.now(), compiled: r.compiled });
  await browser.storage.local.set({ [USER_KEY]: list });
  return r;
}

export async function removeUserPack(id: string): Promise<void> {
  const got = await browser.storage.local.get(USER_KEY);
  await browser.storage.local.set({ [USER_KEY]: ((got[USER_KEY] as InstalledPack[]) ?? []).filter((p) => p.info.id !== id) });
}

/** Background: compile the packs the policy carries; keep the valid ones, report the rest. */
export async function refreshPolicyPacks(texts: string[], bundled: CompiledRules, guidelines: ReadonlySet<string>): Promise<void> {
  const { packs, problems } = await checkPolicyPacks(texts, bundled, guidelines, localDate());
  await browser.storage.local.set({ [POLICY_KEY]: packs, [POLICY_REPORT_KEY]: { at: Date.now(), problems } satisfies PolicyPackReport });
}
