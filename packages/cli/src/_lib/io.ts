// The streams and surroundings a command runs in, so that tests can run commands in-process.

import type { RunFiles } from "./runFiles.js";

/** Something text can be written to, such as `process.stdout`. */
export interface TextSink {
  /** Take a piece of text; what it returns is ignored. */
  write(chunk: string): unknown;
  /**
   * Take bytes (a PDF report written to a pipe); what it returns is ignored. A sink without it
   * takes text only: a command that would write bytes to it asks for `--out` instead.
   */
  writeBytes?(chunk: Uint8Array): unknown;
  /** `true` when the sink is a terminal: only then does the CLI draw progress bars. */
  readonly isTTY?: boolean;
  /** The width of the terminal, when known. */
  readonly columns?: number;
}

/** Where a command writes and what it may read about its surroundings. */
export interface RunIO {
  readonly stdout: TextSink;
  readonly stderr: TextSink;
  /** The folder relative paths are resolved from. */
  readonly cwd: string;
  /** The clock: the CLI is the one place allowed to read it (for `generatedAt`). */
  readonly now: () => Date;
  /**
   * Stops the reading of files (Ctrl+C): the run then ends with exit code 2 and removes its
   * temporary files and the rejects files it started.
   */
  readonly signal?: AbortSignal | undefined;
  /**
   * The environment: `LC_ALL`, `LC_MESSAGES` and `LANG` set the language when there is no `--lang`
   * (English for an English locale, Dutch for any other).
   */
  readonly env: Readonly<Record<string, string | undefined>>;
  /** Where answers to questions come from (`kinderwerk init`): the process's stdin by default. */
  readonly stdin?: NodeJS.ReadableStream | undefined;
}

/** The languages the CLI speaks. */
export type CliLang = "nl" | "en";

/** What every command receives. */
export interface CommandContext extends RunIO {
  readonly lang: CliLang;
  /** What the run started (rejects files, the spill folder): removed when it fails or is stopped. */
  readonly files: RunFiles;
}
