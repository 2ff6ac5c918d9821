declare module 'virtual:netra-rules' {
  /** The bundled rule packs, parsed on first call. */
  export default function load(): import('./engine/rules').CompiledRules;
  /**
   * The content script: puts the rule body in place from `stored` (what the page read from
   * storage) or the background's, before any rule is read (src/page/rules-body.ts). Elsewhere
   * the rules are whole: resolves at once.
   */
  export function receiveBody(stored: unknown): Promise<void>;
}
declare module 'virtual:netra-rules-body' {
  /** The background: the rule body the content script reads from storage, as stored (src/background/rules-body.ts). */
  export default function storedRulesBody(): string;
}
declare module 'virtual:netra-guidelines' {
  /** The guideline library, parsed on first call. */
  export default function load(): import('./engine/guideline').GuidelineLibrary;
}
declare module 'virtual:netra-english' {
  /**
   * The content script: asks the background once for the English texts it does not carry and puts
   * them in place; true once they are (then re-render). Elsewhere (all English bundled): false.
   */
  export default function askEnglish(): Promise<boolean>;
}
declare module 'virtual:netra-rule-messages' {
  /**
   * The content script: asks the background once for the rules' messages it does not carry and
   * puts them in place; true once they are (then re-render). Elsewhere (all bundled): false.
   */
  export default function askRuleMessages(): Promise<boolean>;
}
declare module 'virtual:netra-scenarios' {
  /** The practice room's scenario deck, parsed on first call. */
  export default function load(): import('./build/scenarios').Scenario[];
}
declare module 'virtual:netra-vocab-roots' {
  /** The content script's root words among the bundled rules' vocabulary (sorted, `CompiledRules.vocab`), see src/build/vocab-roots.ts. */
  export default function vocabRoots(vocab: readonly string[]): string[];
}
