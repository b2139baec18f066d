// Why a file could not be read to its end, in words: one message path for every command, whether
// it collects issues (`validate`) or not (`report`, `capacity`).

import { basename } from "node:path";
import { fileSource, issueMessage, readIssueCodes, readRows, type ImportResult, type ReadIssue } from "@kinderwerk/import/node";
import { reason } from "../_lib/fs.js";
import type { CliLang } from "../_lib/io.js";
import { say } from "../_lib/messages.js";

const READ_CODES: ReadonlySet<string> = new Set(readIssueCodes);

/** The error a read stopped with, found by reading the file again up to it (only the reading, no checks). */
async function stopOfReading(path: string, sheet: string | undefined): Promise<ReadIssue | undefined> {
  try {
    for await (const event of readRows(fileSource(path), { name: basename(path), sheet })) {
      if (event.type === "error") return event.issue;
    }
  } catch {
    // The file-system error, if any, was caught where the file was streamed.
  }
  return undefined;
}

/**
 * The reason a file was not read to its end, as one line: the file system's error code when the
 * file could not be opened or streamed (`EACCES`); else the message of the error the reading
 * stopped with: the last collected issue, or — when the command collects none, or the cap left
 * issues out — from a second read of the file (the reading only) that stops at that error.
 *
 * @param path - the file
 * @param result - what the import gave (`undefined` when it gave nothing for the file)
 * @param failure - the file-system error met while streaming it, if any
 * @param sheet - the `--sheet` asked for
 * @param lang - the language
 * @returns the reason, e.g. "Het Excel-bestand is beschadigd of geen .xlsx-bestand."
 */
export async function unreadableReason(path: string, result: ImportResult | undefined, failure: unknown, sheet: string | undefined, lang: CliLang): Promise<string> {
  if (failure !== undefined) return reason(failure);
  // The error a read stops with is the last issue it adds: the last collected one, unless the cap
  // left issues out.
  const last = result !== undefined && !result.truncated ? result.issues[result.issues.length - 1] : undefined;
  if (last !== undefined && last.severity === "error" && READ_CODES.has(last.code)) return last.message;
  const stop = await stopOfReading(path, sheet);
  if (stop !== undefined) return issueMessage(stop, { row: typeof stop.params["row"] === "number" ? stop.params["row"] : undefined }, lang);
  return say(lang, "file.reason-unknown");
}
