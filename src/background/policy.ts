/**
 * Background: when agency policy arrives (it can come a few seconds after the browser starts)
 * or changes, compile the packs it carries and store them for every page and tab. What is wrong
 * with the policy is shown in Settings; it is also written to this worker's console, where an
 * administrator looking at chrome://extensions finds it.
 */
import { browser } from 'wxt/browser';
import loadRules from 'virtual:netra-rules';
import loadGuidelines from 'virtual:netra-guidelines';
import { refreshPolicyPacks } from '../packs/install';
import { cachePolicy, loadPolicyReport } from '../settings/store';
import { policyProblemText } from '../settings/policy-report';

export async function applyPolicyPacks(): Promise<void> {
  const report = await loadPolicyReport();
  await cachePolicy().catch(() => undefined);
  for (const p of report.problems) console.warn(`[Netra] policy: ${policyProblemText(p, 'en')}`);
  await refreshPolicyPacks(report.policy.extraPacks, loadRules(), new Set(Object.keys(loadGuidelines().guidelines)));
}

export function watchPolicy(): void {
  void applyPolicyPacks();
  browser.storage.onChanged.addListener((_changes, area) => {
    if (area === 'managed') void applyPolicyPacks();
  });
}
