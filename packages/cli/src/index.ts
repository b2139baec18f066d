// The public face of @kinderwerk/cli: run the `kinderwerk` command in-process.

import type { RunIO } from "./_lib/io.js";
import { RunFiles } from "./_lib/runFiles.js";
import { runWith } from "./run.js";

export type { RunIO, TextSink } from "./_lib/io.js";
export { generateDemoDataset } from "./demo/index.js";
export type { DemoDataset, DemoFile, DemoOptions } from "./demo/index.js";

/** The exit codes of the command. */
export const EXIT = {
  /** Done; every row accepted (warnings allowed). */
  ok: 0,
  /** Done, but the result is incomplete: rows were rejected, a file was not in order, or a table the command needs is missing. */
  rejected: 1,
  /** The command could not run (bad option, unreadable file, an output that is an input, stopped by Ctrl+C). */
  failed: 2,
} as const;

/**
 * Run the `kinderwerk` command with arguments (without `node` and the script), writing to the
 * given streams. Never throws and never exits the process: a failure is a one-line message on
 * `stderr` and exit code 2. Global options (`--lang`, `--quiet`, `--help`, `--version`) may stand
 * anywhere, also before the command; without `--lang` the language follows `LC_ALL`,
 * `LC_MESSAGES` or `LANG` of `io.env` (English for an English locale, else Dutch).
 *
 * @param argv - the arguments, e.g. `["validate", "kinderen.csv", "--format", "json"]`
 * @param io - where to write and what to read (default: the process's streams, working folder, clock and environment)
 * @returns the exit code: 0 all accepted, 1 incomplete (rows rejected, a table missing), 2 could not run
 * @example
 * const out: string[] = [];
 * await run(["schema"], { stdout: { write: (s) => out.push(s) } }); // => 0
 * JSON.parse(out.join("")).child.required; // => ["childId", "birthDate"]
 */
export async function run(argv: readonly string[], io: Partial<RunIO> = {}): Promise<number> {
  return runWith(argv, io, new RunFiles());
}
