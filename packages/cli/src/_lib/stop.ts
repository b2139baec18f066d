// Ctrl+C (SIGINT) and SIGTERM: the first stops the run, which then removes what it started and ends
// with exit code 2; a second ends the process at once, with exit code 130, after removing — there
// and then, synchronously — the files and folders the run had started.

import type { RunFiles } from "./runFiles.js";

/**
 * The handler of SIGINT and SIGTERM for a run.
 *
 * @param stop - aborted by the first signal (the run hears it through its `signal`)
 * @param files - what the run started, removed on the second signal before exiting
 * @param exit - ends the process (`process.exit`)
 * @returns the handler
 * @example
 * process.on("SIGINT", stopHandler(stop, files, (code) => process.exit(code)));
 */
export function stopHandler(stop: AbortController, files: RunFiles, exit: (code: number) => void): () => void {
  return () => {
    if (!stop.signal.aborted) {
      stop.abort();
      return;
    }
    files.removeAll();
    exit(130);
  };
}
