/**
 * Output of the command-line tools. When stdout is a pipe, Node writes asynchronously: a chunk
 * the reader has not taken yet is still queued in the process, and `process.exit()` drops it
 * (3,000 results piped to a steady reader came back as the first 64 KiB). Every write here
 * waits until the stream has handed the chunk on, and the tools end by setting
 * `process.exitCode`, never by `process.exit()`.
 */

/** Write `chunk` and resolve once the stream has flushed it (or reject with the write error). */
export function writeOut(stream: NodeJS.WritableStream, chunk: string): Promise<void> {
  return new Promise((resolve, reject) => {
    stream.write(chunk, (e?: Error | null) => (e ? reject(e) : resolve()));
  });
}

/**
 * Run a tool's main function as a process: its result becomes the exit code once every write
 * has drained; an unexpected error is printed as one line, without a stack trace.
 * A reader that goes away early (`| head`) ends the run quietly, as a Unix tool on SIGPIPE.
 */
export function runMain(name: string, main: () => Promise<number>): void {
  for (const s of [process.stdout, process.stderr]) {
    s.on('error', (e: NodeJS.ErrnoException) => {
      if (e.code !== 'EPIPE') throw e;
      // Nobody reads any more: stop working for them. 141 is what a shell reports for SIGPIPE.
      process.exitCode = 141;
      process.stdin.destroy();
      // The pipe is gone: nothing queued for it can be delivered any more.
      // eslint-disable-next-line no-restricted-syntax
      process.exit();
    });
  }
  main().then(
    (code) => {
      process.exitCode = code;
    },
    async (e: unknown) => {
      await writeOut(process.stderr, `${name}: ${e instanceof Error ? e.message : String(e)}\n`).catch(() => undefined);
      process.exitCode = 1;
    },
  );
}

/**
 * For a tool that leaves workers running (the OCR reader) and so would never end by itself:
 * exit once everything written to stdout and stderr has been handed on (writes are in order,
 * so an empty write completes after all earlier ones).
 */
export async function exitWhenDrained(code: number): Promise<void> {
  await Promise.all([writeOut(process.stdout, ''), writeOut(process.stderr, '')]).catch(() => undefined);
  process.exitCode = code;
  // eslint-disable-next-line no-restricted-syntax
  process.exit();
}
