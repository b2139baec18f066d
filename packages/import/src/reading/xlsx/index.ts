import { textDecoder } from "../../_lib/platform.js";
import type { ReadLimits } from "../limits/index.js";
import type { ReadEvent } from "../../types/rows.js";
import { SheetScanner } from "./sheet.js";
import { loadZip, openWorkbook } from "./workbook.js";
import { inflateEntry } from "./zip.js";

/** Options for {@link readXlsx}. */
export interface XlsxReadOptions {
  readonly limits: ReadLimits;
  readonly sheet?: string | number | undefined;
  /** Without `sheet`: whether a sheet's header qualifies (see `SheetChoice`). */
  readonly qualifies?: ((cells: readonly string[]) => boolean) | undefined;
}

/**
 * Read a sheet of an XLSX workbook into events: the one named or numbered, else the one whose header
 * qualifies, else the first (see `SheetChoice`). The zip is held in memory
 * (at most `maxXlsxFileBytes`); shared strings are loaded, the sheet itself is inflated and scanned
 * row by row. Cells carry their kind; a number shown with a date format has kind `date` and keeps
 * its serial as text (see `excelSerialToDate`).
 */
export async function* readXlsx(chunks: AsyncIterable<Uint8Array | string>, options: XlsxReadOptions): AsyncGenerator<ReadEvent> {
  const { limits } = options;
  const book = openWorkbook(await loadZip(chunks, limits), limits, { sheet: options.sheet, qualifies: options.qualifies });
  const scanner = new SheetScanner(book, limits);
  const decoder = textDecoder("utf-8", false);
  for (const piece of inflateEntry(book.zip, book.sheet.entry, limits, book.budget)) {
    scanner.push(decoder.decode(piece, { stream: true }));
    yield* scanner.scan(false);
  }
  scanner.push(decoder.decode());
  yield* scanner.scan(true);
  yield { type: "end", summary: { rows: scanner.rows, emptyRows: scanner.emptyRows, lastRow: scanner.lastRow } };
}
