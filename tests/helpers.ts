import { createEngine } from '../src/engine/engine';
import { loadRules } from '../src/build/load-rules';

export const compiled = loadRules();
export const engine = createEngine(compiled);
