import { tableFromName, type TableName, type TableRecord } from "@kinderwerk/core";
import { headerQualifies } from "../checking/header/index.js";
import { resolveMapping } from "../checking/mapping/index.js";
import { readRows } from "../reading/readRows.js";
import type { ReadSource } from "../reading/source/index.js";
import { importEvents } from "./importEvents.js";
import type { ImportOptions, ImportResult } from "./options.js";

/**
 * Import a file of one table into validated `@kinderwerk/core` records, streaming. Given a
 * `table`, the records have that table's type (`importTable(csv, { table: "children" })` gives
 * `Child` records).
 *
 * Reads the file (CSV in any dialect, XLSX, NDJSON, JSON), matches the header to the table's
 * columns (English or Dutch, with suggestions for unknown ones), coerces every cell, validates each
 * record with core's schema, and returns the accepted records, every issue with its row and column,
 * exact counts (`rows === accepted + rejected`) and a rejects file to fix and import again.
 *
 * @param source - text, bytes, a `Blob`/`File`, a `ReadableStream`, or an async iterable of chunks
 * @param options - see {@link ImportOptions}
 * @returns the import result
 * @throws {TypeError} when `pseudonymise.key` is shorter than 16 bytes (the message never holds the key)
 * @throws {RangeError} when `duplicateMemory` is not a number of bytes, 0 or more
 * @example
 * const result = await importTable("bijeenkomstId,kindId,aanwezig\nb-1,kw-0101,ja\n", { fileName: "aanwezigheid.csv" });
 * result.records; // => [{ sessionId: "b-1", childId: "kw-0101", present: true }]
 * result.counts.accepted; // => 1
 */
export function importTable<N extends TableName>(source: ReadSource, options: ImportOptions<TableRecord<N>> & { readonly table: N }): Promise<ImportResult<TableRecord<N>>>;
export function importTable<T = Record<string, unknown>>(source: ReadSource, options?: ImportOptions<T>): Promise<ImportResult<T>>;
export async function importTable<T = Record<string, unknown>>(source: ReadSource, options: ImportOptions<T> = {}): Promise<ImportResult<T>> {
  const progress = { bytesRead: 0, totalBytes: undefined as number | undefined };
  const onProgress = options.onProgress;
  return importEvents<T>(
    readRows(source, {
      name: options.fileName,
      format: options.format,
      delimiter: options.delimiter,
      encoding: options.encoding,
      sheet: options.sheet,
      sheetQualifies: sheetQualifies(options),
      signal: options.signal,
      onProgress: (p) => {
        progress.bytesRead = p.bytesRead;
        progress.totalBytes = p.totalBytes;
        onProgress?.(p);
      },
      limits: options.limits,
    }),
    { ...options, progress },
  );
}

/** Which sheet of a workbook holds the table: the one whose header names the table's columns (with the mapping's names). */
function sheetQualifies(options: Pick<ImportOptions, "mapping" | "table" | "fileName" | "catalogues">): (cells: readonly string[]) => boolean {
  const m = options.mapping;
  const table = options.table ?? (typeof m?.table === "string" ? m.table : undefined) ?? (options.fileName === undefined ? undefined : tableFromName(options.fileName));
  const resolved = m === undefined || table === undefined ? undefined : resolveMapping(m, table, options.catalogues);
  return headerQualifies(table, resolved?.ok === true ? { columns: resolved.value.columns } : {});
}
