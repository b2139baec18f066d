#!/usr/bin/env node
// The `kinderwerk` command: run with the process's arguments and streams, exit with the code.

import { langOf } from "./_lib/commandLine.js";
import { reason } from "./_lib/fs.js";
import { say } from "./_lib/messages.js";
import { closedPipeSafe } from "./_lib/pipe.js";
import { RunFiles } from "./_lib/runFiles.js";
import { stopHandler } from "./_lib/stop.js";
import { runWith } from "./run.js";

const argv = process.argv.slice(2);
const files = new RunFiles();

// A reader that goes away (`kinderwerk … | head`) ends the output, not the run: it exits with its
// own code, without a stack trace. Another write error is one line on stderr and exit code 2.
let broken: Error | undefined;
const stdout = closedPipeSafe(process.stdout, (error) => (broken = error));
const stderr = closedPipeSafe(process.stderr, () => {});

// Ctrl+C (or a SIGTERM) stops the reading of files, so that the run can remove its temporary and
// half-written files before it ends (exit 2); a second one removes them at once and ends (exit 130).
const stop = new AbortController();
const onSignal = stopHandler(stop, files, (code) => {
  stderr.write(`kinderwerk: ${say(langOf(argv, process.env), "run.stopped")}\n`);
  process.exit(code);
});
process.on("SIGINT", onSignal);
process.on("SIGTERM", onSignal);

void runWith(argv, { signal: stop.signal, stdout, stderr }, files).then((code) => {
  process.off("SIGINT", onSignal);
  process.off("SIGTERM", onSignal);
  if (broken !== undefined) stderr.write(`kinderwerk: ${say(langOf(argv, process.env), "file.unwritable", { path: "stdout", reason: reason(broken) })}\n`);
  process.exitCode = broken === undefined ? code : 2;
});
