/**
 * `virtual:netra-rules` and `virtual:netra-guidelines`: the rule packs and guideline library,
 * compiled from `rules/` when the extension is built (and when Vitest runs). No YAML parser
 * ships to users. A broken rule file fails the build with file, line and reason. The content
 * script gets lean copies (`content-lean.ts`); `virtual:netra-rules-body` is the background's
 * copy of the rule patterns the content script reads from storage.
 */
import type { Plugin } from 'vite';
import { loadRules, loadScenarios, ruleFiles, RULES_DIR, shippedGuidelines, shippedRules } from './load-rules';
import { withIndex } from './index-snapshot';
import { CONTENT_DATA_ID, contentDataModule, isContentBuild, leanEnglishModule, leanGuidelinesModule, leanRuleMessagesModule, leanRulesModule, rulesBodyModule } from './content-lean';
import { contentRootWords, forgetContentRootWords, frontCode } from './root-words';
import { seenFile } from './root-words-kept';

const IDS = { 'virtual:netra-rules': 'rules', 'virtual:netra-guidelines': 'guidelines', 'virtual:netra-scenarios': 'scenarios', 'virtual:netra-english': 'english', 'virtual:netra-rule-messages': 'ruleMessages', 'virtual:netra-rules-body': 'rulesBody' } as const;
type VirtualId = keyof typeof IDS;

export function netraRules(root = RULES_DIR): Plugin {
  // The content script gets a leaner copy (src/build/content-lean.ts); pages and tests the full one.
  let lean = false;
  return {
    name: 'netra-rules',
    configResolved(config) {
      lean = isContentBuild(config);
    },
    buildStart() {
      if (lean) forgetContentRootWords(root);
    },
    resolveId(id) {
      return id in IDS || (lean && id === CONTENT_DATA_ID) ? '\0' + id : null;
    },
    load(id) {
      if (!id.startsWith('\0virtual:netra-')) return null;
      if (lean && id === '\0' + CONTENT_DATA_ID) {
        for (const f of [...ruleFiles(root), seenFile()]) this.addWatchFile(f);
        return contentDataModule(withIndex(shippedRules(loadRules(root))), shippedGuidelines(root), frontCode(contentRootWords(root).words));
      }
      const which = IDS[id.slice(1) as VirtualId];
      if (!which) return null;
      // Only the content script lacks English (english-text.ts): elsewhere there is nothing to ask.
      if (which === 'english') return lean ? leanEnglishModule() : 'export default function askEnglish() { return Promise.resolve(false); }';
      // Nor the rules' messages (rule-messages.ts).
      if (which === 'ruleMessages') return lean ? leanRuleMessagesModule() : 'export default function askRuleMessages() { return Promise.resolve(false); }';
      for (const f of ruleFiles(root)) this.addWatchFile(f);
      if (lean && which === 'rules') return leanRulesModule();
      // The background's copy of what pages read from storage; the content script reads it there.
      if (which === 'rulesBody') {
        if (lean) this.error('virtual:netra-rules-body is the background\'s: the content script reads the rule body from storage (src/page/rules-body.ts)');
        return rulesBodyModule(withIndex(shippedRules(loadRules(root))));
      }
      if (lean && which === 'guidelines') return leanGuidelinesModule();
      return module(which === 'rules' ? withIndex(shippedRules(loadRules(root))) : which === 'guidelines' ? shippedGuidelines(root) : loadScenarios(root), which === 'rules');
    },
  };
}

// Parsed on first use, not at import: a page without a composer should not pay for it.
// JSON.parse of a string literal is also faster than an object literal of this size.
// The rules' module also says the body is in place (whole rules need none; content-lean.ts).
const module = (data: unknown, rules = false) =>
  `const src = ${JSON.stringify(JSON.stringify(data))};\nlet parsed;\nexport default function load() { return (parsed ??= JSON.parse(src)); }${rules ? '\nexport function receiveBody() { return Promise.resolve(); }' : ''}`;
