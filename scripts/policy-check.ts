import { policyCheckMain } from '../src/cli/policy-check';
import { runMain } from '../src/cli/output';

runMain('policy:check', () => policyCheckMain(process.argv.slice(2)));
