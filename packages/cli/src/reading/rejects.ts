// The rejects files of a run: each written as the rows of its input are read, opened with the
// first rejected row, registered with the run so that a failed or stopped run removes it.

import { closeSync, mkdirSync, openSync, writeSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { CliError } from "../_lib/errors.js";
import { reason } from "../_lib/fs.js";
import type { CliLang } from "../_lib/io.js";
import { say } from "../_lib/messages.js";
import type { RunFiles } from "../_lib/runFiles.js";

interface Written {
  readonly target: string;
  fd: number | undefined;
}

/**
 * The rejects files of a run, one per input file with a rejected row. The run checks beforehand
 * that no target is an input (`refuseInputsAsOutputs`).
 */
export class RejectsFiles {
  private readonly written = new Map<string, Written>();

  /**
   * @param targetOf - where the rejects file of an input goes
   * @param files - the run's started files (a target is registered before it is opened)
   * @param lang - the language of the errors
   */
  constructor(
    private readonly targetOf: (input: string) => string,
    private readonly files: RunFiles,
    private readonly lang: CliLang,
  ) {}

  /** The sink of an input's rejects bytes: the first bytes create the file, the rest are appended. */
  sink(input: string): (bytes: Uint8Array) => void {
    return (bytes) => {
      const w = this.written.get(input) ?? this.open(input);
      try {
        for (let at = 0; at < bytes.byteLength; ) at += writeSync(w.fd!, bytes, at);
      } catch (error) {
        throw new CliError(say(this.lang, "file.unwritable", { path: w.target, reason: reason(error) }));
      }
    };
  }

  /** Where the rejects file of an input was written, if it was. */
  target(input: string): string | undefined {
    return this.written.get(input)?.target;
  }

  /** Close every file; keep them when the run succeeded, remove them when it failed. */
  finish(ok: boolean): void {
    for (const w of this.written.values()) {
      if (w.fd !== undefined) closeSync(w.fd);
      w.fd = undefined;
      if (ok) this.files.forget(w.target);
      else this.files.remove(w.target);
    }
  }

  private open(input: string): Written {
    const w: Written = { target: resolve(this.targetOf(input)), fd: undefined };
    this.written.set(input, w);
    this.files.start(w.target, "file");
    try {
      mkdirSync(dirname(w.target), { recursive: true });
      w.fd = openSync(w.target, "w");
    } catch (error) {
      throw new CliError(say(this.lang, "file.unwritable", { path: w.target, reason: reason(error) }));
    }
    return w;
  }
}
