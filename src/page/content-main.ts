/**
 * What the content script does on a supported site, wired from entrypoints/content.ts.
 *
 * Speed where the user feels it: the rule engine is built before the user types, in the first
 * idle moment after the page starts, and warmed in the next (see `engine-holder.ts`).
 *
 * Lifetime: everything is tied to WXT's content-script context. When the extension is updated
 * or removed, the old script's context is invalidated: listeners, watches and Netra's UI go,
 * and the site carries on as if Netra had never been there.
 */
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import loadRules, { receiveBody } from 'virtual:netra-rules';
import loadGuidelines from 'virtual:netra-guidelines';
import askEnglish from 'virtual:netra-english';
import askRuleMessages from 'virtual:netra-rule-messages';
import { AccountIndex } from '../engage/accounts';
import type { CompiledRules } from '../engine/rules';
import { localDate } from '../engine/merge';
import { isMessage, sendToBackground, type TabStatus } from '../messages';
import { activeRules, loadInstalled, watchInstalled, type InstalledPack } from '../packs/installed';
import { buildActiveEngine } from '../packs/active-engine';
import { siteFor, siteForDocument } from '../sites';
import { addAcknowledgment, addDismissal, loadEffective, loadEffectiveCached, watchJudgement } from '../settings/store';
import type { EffectiveSettings } from '../settings/model';
import { setLang } from '../ui/i18n';
import { startPage, type PageController } from './manager';
import { lifetime, type Lifetime } from './lifetime';
import { createTimings, mark, type Timings } from './timings';
import { engineHolder } from './engine-holder';
import { loadEngineInputs } from './engine-store';
import { takeEarlyRead } from './engine-early';
import { snapshotFits } from '../engine/index-snapshot';
import { warmEngagement } from './engage-warm';
import { deferVocabRoots } from './vocab-roots';

/** How long the page waits for the agency policy before starting without it. */
const POLICY_WAIT_MS = 300;
/** Longest wait for an idle moment before a step of the engagement guard's warm-up runs anyway. */
const IDLE_TIMEOUT_MS = 3000;

export async function runContent(ctx?: ContentScriptContext): Promise<PageController | null> {
  const timings = createTimings();
  const life = lifetime(ctx);
  // A host outside the manifest's list is a Mastodon instance the user added (the script is
  // registered there at run time): served only if the page really is one.
  const adapter = siteFor(location.hostname) ?? siteForDocument(document);
  if (!adapter) return null;
  // Asked first: the engine waits for it (`engine-store.ts`), and the page for the rule body in
  // it (or the background's, when storage has none that fits: `rules-body.ts`).
  const inputs = loadEngineInputs((at, parseMs) => (timings.stored = { at, parseMs }), takeEarlyRead()).then(async (x) => {
    await receiveBody(x.rulesBody);
    return x;
  });
  // storage.managed can take seconds to answer the first time after the browser starts (Chrome
  // loads the policy then), and until the page starts no draft is checked at all. So after a
  // short wait the page starts on the user's settings under the last policy the browser
  // delivered (cached by the background, locks included), and the policy itself is applied the
  // moment it arrives (below).
  const full = loadEffective();
  const cached = new Promise<void>((resolve) => setTimeout(resolve, POLICY_WAIT_MS)).then(() => loadEffectiveCached());
  // The bundled rules are decoded while those reads are on their way: every engine needs them.
  timedRules(timings);
  // The engine does not wait for the settings: it needs only the installed packs (and the region
  // settings when a regional pack is installed, see `regionOf`), so it is built while the page
  // waits for the policy, and is ready when the first composer is.
  let pending: EffectiveSettings | undefined;
  let installed: InstalledPack[] = [];
  let engineRegion = '';
  // What the engine worked out on an earlier page, loaded while the page starts (`engine-store.ts`).
  let storedEngine: unknown = null;
  let engineRules: CompiledRules | null = null;
  // Before anything is stemmed: the stemmer's root words are complete only with these.
  deferVocabRoots(() => storedEngine);
  const regionOf = (s: EffectiveSettings | undefined) => (installed.some((p) => p.info.kind === 'regional') ? `${s?.regionPack ?? ''}\n${s?.profile.region ?? ''}` : '');
  const make = () => {
    engineRegion = regionOf(pending);
    // A broken installed pack is left out (and named in the console); the others keep working.
    const built = buildActiveEngine(timedRules(timings), installed, localDate(), pending?.regionPack, pending?.profile.region, undefined, storedEngine);
    engineRules = built.active.rules;
    return built.engine;
  };
  // Once warmed, an engine built in full from the bundled rules: the background stores a snapshot
  // for the next pages (once per browser and version; only it writes them, engine-snapshot.ts).
  const keep = () => {
    if (engineRules?.index?.id && !snapshotFits(engineRules, storedEngine)) sendToBackground({ type: 'netra:engine-snapshot' }).catch(() => undefined);
  };
  // The engagement guard is warmed after the engine (once the page listens), and again after
  // each rebuild: its account table is rebuilt with the engine.
  let engineWarm = false;
  let warmGuard = () => {};
  const engines = engineHolder(make, () => pending?.lang ?? 'id', timings, undefined, () => {
    keep();
    engineWarm = true;
    warmGuard();
  });
  const stored = inputs.then((x) => x.installed);
  void inputs.then(({ installed: list, snapshot }) => {
    installed = list;
    storedEngine = snapshot;
    // Loaded from a snapshot made for the bundled rules, the engine costs a few milliseconds:
    // built at once, not in an idle moment that a busy page may give late.
    if (life.alive()) engines.scheduleIdle(list.length === 0 && snapshotFits(timedRules(timings), snapshot));
    // Without the rule body the page does not start (`installed = await stored`, below, says why).
  }, () => undefined);
  // The content script carries no rule messages (a highlight's tooltip says one): asked once the
  // engine's inputs are read, so after the engine when it loads from a stored snapshot (the common
  // case: sending the first message costs the page a millisecond or two). One round trip while the
  // page starts; until they come a rule says what its guideline's card says.
  const messagesAsked = inputs.then(() => askRuleMessages(), () => askRuleMessages());
  let settings: EffectiveSettings = (pending = await Promise.race([full, cached]));
  if (!life.alive()) return null;
  setLang(settings.lang);
  // The content script carries Indonesian only: in English, the English is asked of the
  // background now, while the page starts (one message's round trip, well before a user has
  // written a post), and shown from the next check: Indonesian until then, or if it never comes.
  const englishAsked = settings.lang === 'en' ? askEnglish() : undefined;
  installed = await stored;
  // Built before the settings came, for another region than theirs: build it again.
  if (engines.built() && regionOf(settings) !== engineRegion) engines.reset();
  // The engagement guard's account table: from the same entity lists, built on first use; an
  // installed pack whose lists cannot be read leaves the bundled ones.
  let accounts: AccountIndex | null = null;
  const accountIndex = () => (accounts ??= accountsOf(() => activeRules(loadRules(), installed, localDate(), settings.regionPack, settings.profile.region).rules));

  const active = () => life.alive() && !settings.paused && !settings.disabledSites.includes(adapter.id);
  const page = startPage({
    adapter,
    engine: engines.engine,
    library: loadGuidelines(),
    settings: () => settings,
    active,
    acknowledge: (ruleIds) => void addAcknowledgment({ time: Date.now(), site: adapter.id, ruleIds }),
    dismiss: (ruleIds) => void addDismissal({ time: Date.now(), site: adapter.id, ruleIds }),
    openGuideline: (id) => void sendToBackground({ type: 'netra:open-guideline', id }).catch(() => undefined),
    log: (m) => console.warn(`[Netra] ${m}`),
    timing: (kind, at) => mark(kind === 'check' ? timings.checks : kind === 'engage' ? timings.engage : timings.dialogs, at),
    engage: {
      accounts: accountIndex,
      active: () => !settings.engageOffSites.includes(adapter.id),
      // Rule ids, the kind of action, the site and the time: never the target.
      acknowledge: (ruleIds, action) => void addAcknowledgment({ time: Date.now(), site: adapter.id, ruleIds, action }),
    },
  });
  timings.pageReady = performance.now();
  // Texts asked of the background (English, the rules' messages): shown from the next render.
  const withTexts = (asked: Promise<boolean> | undefined) => void asked?.then((filled) => filled && life.alive() && page.refresh());
  withTexts(englishAsked);
  withTexts(messagesAsked);
  if (adapter.engage) {
    warmGuard = () =>
      warmEngagement({
        engine: engines.engine,
        accounts: accountIndex,
        settings: () => settings,
        idle: idleWhile(life),
        active: () => active() && !settings.engageOffSites.includes(adapter.id),
        warmed: (w) => (timings.engageWarmed = w),
      });
    if (engineWarm && engines.built()) warmGuard();
  }

  const apply = (s: EffectiveSettings) => {
    // The policy (or else the profile's region) picks the regional packs the engine is built with.
    if (s.regionPack !== settings.regionPack || s.profile.region !== settings.profile.region) {
      engines.reset();
      accounts = null;
    }
    settings = pending = s;
    setLang(s.lang);
    withTexts(s.lang === 'en' ? askEnglish() : undefined);
    page.refresh();
  };
  void full.then((s) => s !== settings && life.alive() && apply(s), () => undefined);
  const unwatchJudgement = watchJudgement(() => void loadEffective().then(apply));
  // Agency packs can arrive or change while the page is open: apply them live.
  const unwatchPacks = watchInstalled(() => {
    void loadInstalled().then((list) => {
      installed = list;
      engines.reset();
      accounts = null;
      page.refresh();
    });
  });
  const onMessage = (msg: unknown) => {
    if (!isMessage(msg, 'netra:status')) return undefined;
    const cur = page.current();
    const status: TabStatus = { site: adapter.id, siteName: adapter.name, active: active(), paused: settings.paused, siteOff: settings.disabledSites.includes(adapter.id), findings: cur?.findings ?? [] };
    return Promise.resolve(status);
  };
  browser.runtime.onMessage.addListener(onMessage);
  life.onEnd(() => {
    unwatchJudgement();
    unwatchPacks();
    browser.runtime.onMessage.removeListener(onMessage);
    page.stop();
  });
  return page;
}

/** The bundled rules, decoded on first use; how long that took is kept for the benchmark. */
function timedRules(timings: Timings): CompiledRules {
  const t0 = performance.now();
  const rules = loadRules();
  timings.rulesMs ??= performance.now() - t0;
  return rules;
}

function accountsOf(rules: () => CompiledRules): AccountIndex {
  try {
    return new AccountIndex(rules());
  } catch (e) {
    console.warn(`[Netra] engagement accounts from the bundled lists only: ${e instanceof Error ? e.message : String(e)}`);
    return new AccountIndex(loadRules());
  }
}

/**
 * Runs `run` in the next idle moment (at the latest after IDLE_TIMEOUT_MS), unless this copy of
 * the script has ended by then: cancelled when it ends. Not ctx's own idle callback, which a
 * forged "newer script" event cancels (`lifetime.ts`).
 */
function idleWhile(life: Lifetime): (run: (deadline?: IdleDeadline) => void) => void {
  return (run) => {
    if (typeof requestIdleCallback !== 'function') return void setTimeout(() => life.alive() && run(), 0);
    const id = requestIdleCallback((deadline) => life.alive() && run(deadline), { timeout: IDLE_TIMEOUT_MS });
    life.onEnd(() => cancelIdleCallback(id));
  };
}
