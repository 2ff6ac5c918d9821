declare module 'virtual:netra-rules' {
  /** The bundled rule packs, parsed on first call. */
  export default function load(): import('./engine/rules').CompiledRules;
}
declare module 'virtual:netra-guidelines' {
  /** The guideline library, parsed on first call. */
  export default function load(): import('./engine/guideline').GuidelineLibrary;
}
declare module 'virtual:netra-scenarios' {
  /** The practice room's scenario deck, parsed on first call. */
  export default function load(): import('./build/scenarios').Scenario[];
}
