import { policyExportMain } from '../src/cli/policy-export';
import { runMain } from '../src/cli/output';

runMain('policy:export', () => policyExportMain(process.argv.slice(2)));
