// File-system helpers that turn failures into one-line CLI errors.

import { mkdirSync, readdirSync, realpathSync, statSync, writeFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { CliError, oneLine } from "./errors.js";
import type { CliLang } from "./io.js";
import { say } from "./messages.js";

/** Resolve `path` against the working folder. */
export function resolvePath(cwd: string, path: string): string {
  return resolve(cwd, path);
}

/** Whether a path is a folder (`undefined` when it does not exist). */
export function isFolder(path: string): boolean | undefined {
  try {
    return statSync(path).isDirectory();
  } catch {
    return undefined;
  }
}

/** The files in a folder (not recursive), sorted by name. */
export function listFiles(folder: string, lang: CliLang): string[] {
  try {
    return readdirSync(folder, { withFileTypes: true })
      .filter((e) => e.isFile())
      .map((e) => e.name)
      .sort()
      .map((name) => resolve(folder, name));
  } catch (error) {
    throw new CliError(say(lang, "file.unreadable", { path: folder, reason: reason(error) }));
  }
}

/** Write a file, creating its folder; a failure is a one-line {@link CliError}. */
export function writeFile(path: string, data: string | Uint8Array, lang: CliLang): void {
  try {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, data);
  } catch (error) {
    throw new CliError(say(lang, "file.unwritable", { path, reason: reason(error) }));
  }
}

/** Create a folder (and its parents); a failure is a one-line {@link CliError}. */
export function makeFolder(path: string, lang: CliLang): void {
  try {
    mkdirSync(path, { recursive: true });
  } catch (error) {
    throw new CliError(say(lang, "file.unwritable", { path, reason: reason(error) }));
  }
}

/** The short reason of a file-system error (`ENOENT`, `EACCES`, …) or its first line. */
export function reason(error: unknown): string {
  const code = (error as { code?: unknown }).code;
  return typeof code === "string" ? code : oneLine(error);
}

/**
 * Whether two paths name the same file by any name: the same real path (through symbolic links),
 * or the same device and inode (a hard link). A path that does not exist names no file.
 *
 * @param a - a path
 * @param b - another path
 * @returns whether both name one existing file
 * @example
 * sameFile("kinderen.csv", "./link-naar-kinderen.csv"); // => true for a symbolic or hard link
 */
export function sameFile(a: string, b: string): boolean {
  try {
    const sa = statSync(a, { bigint: true });
    const sb = statSync(b, { bigint: true });
    if (sa.ino !== 0n && sa.dev === sb.dev && sa.ino === sb.ino) return true;
    return realpathSync(a) === realpathSync(b);
  } catch {
    return false;
  }
}

/** An output path named on the command line, and its option (`--rejects`, `--out`). */
export interface OutputPath {
  readonly option: string;
  readonly path: string;
}

/**
 * Refuse, before anything is read or written, an output path that is one of the inputs by any
 * name (see {@link sameFile}): writing it would destroy the file being read.
 *
 * @param outputs - the output paths
 * @param inputs - the input files
 * @param show - how a path is shown to the user
 * @param lang - the language of the error
 * @throws {CliError} `file.output-is-input` for the first output that is an input
 */
export function refuseInputsAsOutputs(outputs: readonly OutputPath[], inputs: readonly string[], show: (path: string) => string, lang: CliLang): void {
  for (const output of outputs) {
    const input = inputs.find((i) => sameFile(output.path, i));
    if (input !== undefined) throw new CliError(say(lang, "file.output-is-input", { option: output.option, path: show(output.path), input: show(input) }));
  }
}
