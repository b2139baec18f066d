#!/usr/bin/env node
// The `kinderwerk` command: run with the process's arguments and streams, exit with the code.

import { run } from "./index.js";

// Ctrl+C (or a SIGTERM) stops the reading of files, so that the run can remove its temporary and
// half-written files before it ends; a second one ends the process at once.
const stop = new AbortController();
const onSignal = (): void => {
  if (stop.signal.aborted) process.exit(130);
  stop.abort();
};
process.on("SIGINT", onSignal);
process.on("SIGTERM", onSignal);

void run(process.argv.slice(2), { signal: stop.signal }).then((code) => {
  process.exitCode = code;
  process.off("SIGINT", onSignal);
  process.off("SIGTERM", onSignal);
});
