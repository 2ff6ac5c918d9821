/**
 * What the content script does on a supported site, wired from entrypoints/content.ts.
 * Work is deferred until it is needed: the engine is built when a composer is first used.
 */
import { browser } from 'wxt/browser';
import loadRules from 'virtual:netra-rules';
import loadGuidelines from 'virtual:netra-guidelines';
import { createEngine, type Engine } from '../engine/engine';
import { siteFor, siteForDocument } from '../sites';
import { addAcknowledgment, loadEffective, watchSettings } from '../settings/store';
import type { EffectiveSettings } from '../settings/model';
import { setLang } from '../ui/i18n';
import { startPage, type PageController } from './manager';

export async function runContent(): Promise<PageController | null> {
  // A host outside the manifest's list is a Mastodon instance the user added (the script is
  // registered there at run time): served only if the page really is one.
  const adapter = siteFor(location.hostname) ?? siteForDocument(document);
  if (!adapter) return null;
  let settings: EffectiveSettings = await loadEffective();
  setLang(settings.lang);
  let engine: Engine | null = null;
  const lazyEngine: Engine = {
    get rules() {
      return (engine ??= createEngine(loadRules())).rules;
    },
    check: (text, o) => (engine ??= createEngine(loadRules())).check(text, o),
    explain: (text, o) => (engine ??= createEngine(loadRules())).explain(text, o),
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
  watchSettings(() => {
    void loadEffective().then((s) => {
      settings = s;
      setLang(s.lang);
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
