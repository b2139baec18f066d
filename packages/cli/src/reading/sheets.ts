// A hint for a workbook read on the wrong sheet: an XLSX whose first sheet explains how to fill it
// in ("Toelichting") and whose second holds the data is read on its first sheet without `--sheet`.

import { basename } from "node:path";
import { excerpt, scanPersonalData } from "@kinderwerk/core";
import { fileSource, readRows } from "@kinderwerk/import/node";
import type { CliLang } from "../_lib/io.js";
import { say } from "../_lib/messages.js";
import type { FileOutcome } from "./outcome.js";

/** No sheet is named this: asking for it makes the reader list the sheets there are. */
const NO_SUCH_SHEET = "\u0000";

/**
 * A sheet name as a message may show it: cut to 40 characters, and not at all when it holds
 * personal data (a phone number, an e-mail address, a BSN); the reader's own message about a
 * missing sheet names the sheets too.
 */
function shownSheetName(name: string): string | undefined {
  const trimmed = name.trim();
  return trimmed === "" || trimmed.includes("@") || scanPersonalData(trimmed).length > 0 ? undefined : `"${excerpt(trimmed, 40)}"`;
}

/** The names of a workbook's sheets, in order, from the reader's `xlsx.sheet-not-found`. */
async function sheetNames(path: string): Promise<readonly string[]> {
  try {
    for await (const event of readRows(fileSource(path), { name: basename(path), sheet: NO_SUCH_SHEET })) {
      if (event.type === "error") {
        const sheets = event.issue.code === "xlsx.sheet-not-found" ? event.issue.params["sheets"] : undefined;
        return Array.isArray(sheets) ? sheets.map(String) : [];
      }
    }
  } catch {
    // No hint, then: the file's own issues stand.
  }
  return [];
}

/**
 * The hint for a workbook whose first sheet (read without `--sheet`) does not have the table's
 * columns while it has other sheets: names them, to choose one with `--sheet`. A sheet name holding
 * personal data is shown by its position instead.
 *
 * @param outcome - what reading the file gave
 * @param shownPath - the file as the user knows it
 * @param lang - the language
 * @returns the hint, or `undefined` when there is none to give
 */
export async function sheetHint(outcome: FileOutcome, shownPath: string, lang: CliLang): Promise<string | undefined> {
  if (outcome.format !== "xlsx" || !outcome.headerUnrecognised) return undefined;
  const names = await sheetNames(outcome.path);
  if (names.length < 2) return undefined;
  const shown = names.map((name, i) => shownSheetName(name) ?? say(lang, "file.sheet-unnamed", { position: i + 1 }));
  return say(lang, "file.sheet-hint", { path: shownPath, sheet: shown[0]!, table: outcome.table, others: shown.slice(1).join(", ") });
}
