import { main } from '../src/cli/check';

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (e: unknown) => {
    process.stderr.write(`netra check: ${e instanceof Error ? e.message : String(e)}\n`);
    process.exit(1);
  },
);
