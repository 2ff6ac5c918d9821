import { main } from '../src/cli/check';
import { runMain } from '../src/cli/output';

runMain('netra check', () => main(process.argv.slice(2)));
