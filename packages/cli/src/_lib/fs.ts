// File-system helpers that turn failures into one-line CLI errors.

import { mkdirSync, readdirSync, statSync, writeFileSync } from "node:fs";
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
