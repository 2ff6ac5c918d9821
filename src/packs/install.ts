/** Installing packs: compiles and validates them (YAML parser included), for pages and background. */
import { browser } from 'wxt/browser';
import type { CompiledRules } from '../engine/rules';
import { localDate } from '../engine/merge';
import { POLICY_KEY, POLICY_REPORT_KEY, USER_KEY, type InstalledPack, type PolicyPackReport } from './installed';
import { checkPackFile, type PackCheck } from './pack-file';
import { checkPolicyPacks } from './policy-packs';

/** Room in storage.local (10 MB) for installed packs; the rest is for settings and records. */
export const STORED_PACKS_BUDGET = 8_000_000;

const refuse = (r: PackCheck, why: string): PackCheck => ({ ...r, ok: false, errors: [...r.errors, why] });

/** Validate and install a pack file the user chose. On any error nothing changes. */
export async function importUserPack(text: string, fileName: string, bundled: CompiledRules, guidelines: ReadonlySet<string>) {
  const r = await checkPackFile(text, fileName, { external: bundled, guidelines, today: localDate() });
  if (!r.ok || !r.compiled || !r.info) return r;
  const got = await browser.storage.local.get([USER_KEY, POLICY_KEY]);
  const list = ((got[USER_KEY] as InstalledPack[]) ?? []).filter((p) => p?.info?.id !== r.info!.id);
  list.push({ info: r.info, source: 'user', fileName, checksum: r.checksum.expected, installedAt: Date.now(), compiled: r.compiled });
  // Every installed pack shares the extension's storage with the settings: keep room for them.
  const size = JSON.stringify(list).length + JSON.stringify(got[POLICY_KEY] ?? []).length;
  if (size > STORED_PACKS_BUDGET) return refuse(r, `${fileName}:1: with this pack the installed packs would take ${(size / 1e6).toFixed(1)} MB, more than the ${STORED_PACKS_BUDGET / 1e6} MB they may use; remove a pack first`);
  try {
    await browser.storage.local.set({ [USER_KEY]: list });
  } catch (e) {
    return refuse(r, `${fileName}: the browser could not store the pack (${e instanceof Error ? e.message : String(e)}); nothing changed`);
  }
  return r;
}

export async function removeUserPack(id: string): Promise<void> {
  const got = await browser.storage.local.get(USER_KEY);
  await browser.storage.local.set({ [USER_KEY]: ((got[USER_KEY] as InstalledPack[]) ?? []).filter((p) => p?.info?.id !== id) });
}

/** Background: compile the packs the policy carries; keep the valid ones, report the rest. */
export async function refreshPolicyPacks(texts: string[], bundled: CompiledRules, guidelines: ReadonlySet<string>): Promise<void> {
  const { packs: all, problems } = await checkPolicyPacks(texts, bundled, guidelines, localDate());
  // Within the storage budget, in the policy's order; the packs past it are reported.
  const packs: typeof all = [];
  let size = 0;
  for (const p of all) {
    size += JSON.stringify(p).length;
    if (size <= STORED_PACKS_BUDGET) packs.push(p);
    else problems.push({ code: 'pack-rejected', field: p.fileName, value: `the policy's packs together take more than the ${STORED_PACKS_BUDGET / 1e6} MB they may use in the browser's storage; this one is left out`, level: 'error' });
  }
  await browser.storage.local.set({ [POLICY_KEY]: packs, [POLICY_REPORT_KEY]: { at: Date.now(), problems } satisfies PolicyPackReport });
}
