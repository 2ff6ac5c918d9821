/**
 * Background: when agency policy arrives (it can come a few seconds after the browser starts)
 * or changes, compile the packs it carries and store them for every page and tab.
 */
import { browser } from 'wxt/browser';
import loadRules from 'virtual:netra-rules';
import loadGuidelines from 'virtual:netra-guidelines';
import { refreshPolicyPacks } from '../packs/install';
import { loadPolicyReport } from '../settings/store';

export async function applyPolicyPacks(): Promise<void> {
  const report = await loadPolicyReport();
  await refreshPolicyPacks(report.policy.extraPacks, loadRules(), new Set(Object.keys(loadGuidelines().guidelines)));
}

export function watchPolicy(): void {
  void applyPolicyPacks();
  browser.storage.onChanged.addListener((_changes, area) => {
    if (area === 'managed') void applyPolicyPacks();
  });
}
