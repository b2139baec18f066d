// The files named on the command line: files as given, folders as the files in them named after a
// table; and how a path is shown back to the user.

import { relative } from "node:path";
import { CliError } from "../_lib/errors.js";
import { isFolder, listFiles, resolvePath, sameFile } from "../_lib/fs.js";
import type { CommandContext } from "../_lib/io.js";
import { say } from "../_lib/messages.js";
import { isDataFile, tableFromFileName, type TableName } from "../_lib/tables.js";
import type { FileToRead } from "./outcome.js";

/**
 * The files named on the command line: files as given, folders as the files in them named after a
 * table. A missing path or a file whose table is unknown is a one-line error.
 *
 * @param inputs - the paths as given
 * @param tableOption - the table of `--table`, for all files
 * @param ctx - the command's context (working folder, language)
 * @param passBy - files a folder may hold that are no data (the `--mapping` beside the export, say)
 * @returns the files with their tables
 * @throws {CliError} for a path that does not exist, a folder without tables, a file of no known table
 */
export function collectFiles(inputs: readonly string[], tableOption: TableName | undefined, ctx: CommandContext, passBy: readonly string[] = []): FileToRead[] {
  const files: FileToRead[] = [];
  for (const input of inputs) {
    const path = resolvePath(ctx.cwd, input);
    const folder = isFolder(path);
    if (folder === undefined) throw new CliError(say(ctx.lang, "file.not-found", { path: input }));
    if (folder) {
      const found = listFiles(path, ctx.lang)
        .filter((p) => isDataFile(p) && !passBy.some((other) => sameFile(p, other)))
        .map((p) => ({ path: p, table: tableOption ?? tableFromFileName(p) }))
        .filter((f): f is FileToRead => f.table !== undefined);
      if (found.length === 0) throw new CliError(say(ctx.lang, "file.no-files", { path: input }));
      files.push(...found);
    } else {
      const table = tableOption ?? tableFromFileName(path);
      if (table === undefined) throw new CliError(say(ctx.lang, "file.no-table", { path: input }));
      files.push({ path, table });
    }
  }
  return files;
}

/** A path as the user would recognise it: relative to the working folder when inside it. */
export function displayPath(path: string, cwd: string): string {
  const rel = relative(cwd, path);
  return rel !== "" && !rel.startsWith("..") ? rel : path;
}
