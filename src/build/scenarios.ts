/**
 * The practice room's bundled scenario deck (rules/scenarios.yml), validated at build time with
 * the same reader a trainer's imported deck goes through, but strictly: every scenario in both
 * languages and with facilitator notes. A problem fails the build with file and line.
 */
import { readDeckYaml } from '../practice/deck';
import type { Scenario } from '../practice/types';
import { CompileErrors, RuleError } from './compile';

export type { Scenario };

export function compileScenarios(text: string, guidelines: ReadonlySet<string>, file = 'scenarios.yml'): Scenario[] {
  const { scenarios, errors } = readDeckYaml(text, file, { guidelines, strict: true });
  if (errors.length) {
    throw new CompileErrors(
      errors.map((e) => {
        const m = /^(.*?):(\d+): (.*)$/s.exec(e);
        return m ? new RuleError(m[1]!, Number(m[2]), m[3]!) : new RuleError(file, 1, e);
      }),
    );
  }
  return scenarios;
}
