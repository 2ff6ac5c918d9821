/**
 * What the content script does on a supported site, wired from entrypoints/content.ts.
 * Work is deferred until it is needed: the engine is built when a composer is first used.
 */
import { browser } from 'wxt/browser';
import loadRules from 'virtual:netra-rules';
import loadGuidelines from 'virtual:netra-guidelines';
import { createEngine, type Engine } from '../engine/engine';
import { localDate } from '../engine/merge';
import { activeRules, loadInstalled, watchInstalled, type InstalledPack } from '../packs/installed';
import { siteFor, siteForDocument } from '../sites';
import { addAcknowledgment, loadEffective, loadUserSettings, watchSettings } from '../settings/store';
import { effectiveSettings, type EffectiveSettings } from '../settings/model';
import { detectLang, setLang } from '../ui/i18n';
import { startPage, type PageController } from './manager';

/** How long the page waits for the agency policy before starting without it. */
const POLICY_WAIT_MS = 300;

export async function runContent(): Promise<PageController | null> {
  // A host outside the manifest's list is a Mastodon instance the user added (the script is
  // registered there at run time): served only if the page really is one.
  const adapter = siteFor(location.hostname) ?? siteForDocument(document);
  if (!adapter) return null;
  // storage.managed can take seconds to answer the first time after the browser starts (Chrome
  // loads the policy then), and until the page starts no draft is checked at all. So after a
  // short wait the page starts on the user's own settings, and the agency policy is applied the
  // moment it arrives (below).
  const full = loadEffective();
  const userOnly = new Promise<void>((resolve) => setTimeout(resolve, POLICY_WAIT_MS)).then(async () =>
    effectiveSettings(await loadUserSettings(), undefined, Date.now(), detectLang(browser.i18n.getUILanguage())),
  );
  let settings: EffectiveSettings = await Promise.race([full, userOnly]);
  setLang(settings.lang);
  let installed: InstalledPack[] = await loadInstalled().catch(() => []);
  let engine: Engine | null = null;
  // Built on first use: a page without a composer pays nothing for the rules.
  const build = () => (engine ??= createEngine(activeRules(loadRules(), installed, localDate(), settings.regionPack).rules));
  const lazyEngine: Engine = {
    get rules() {
      return build().rules;
    },
    check: (text, o) => build().check(text, o),
    explain: (text, o) => build().explain(text, o),
  };
  const page = startPage({
    adapter,
    engine: lazyEngine,
    library: loadGuidelines(),
    settings: () => ({ ...settings, disabledRules: settings.disabledRules }),
    active: () => !settings.paused && !settings.disabledSites.includes(adapter.id),
    acknowledge: (ruleIds) => void addAcknowledgment({ time: Date.now(), site: adapter.id, ruleIds }),
    openGuideline: (id) => void browser.runtime.sendMessage({ type: 'netra:open-guideline', id }),
    log: (m) => console.warn(`[Netra] ${m}`),
  });
  void full.then(
    (s) => {
      if (s === settings) return;
      // The policy can pick the regional pack, which the engine is built with.
      if (s.regionPack !== settings.regionPack) engine = null;
      settings = s;
      setLang(s.lang);
      page.refresh();
    },
    () => undefined,
  );
  watchSettings(() => {
    void loadEffective().then((s) => {
      if (s.regionPack !== settings.regionPack) engine = null;
      settings = s;
      setLang(s.lang);
      page.refresh();
    });
  });
  // Agency packs can arrive or change while the page is open: apply them live.
  watchInstalled(() => {
    void loadInstalled().then((list) => {
      installed = list;
      engine = null;
      page.refresh();
    });
  });
  browser.runtime.onMessage.addListener((msg: unknown) => {
    const m = msg as { type?: string };
    if (m?.type !== 'netra:status') return undefined;
    const cur = page.current();
    return Promise.resolve({
      site: adapter.id,
      siteName: adapter.name,
      active: !settings.paused && !settings.disabledSites.includes(adapter.id),
      findings: cur?.findings ?? [],
    });
  });
  return page;
}
