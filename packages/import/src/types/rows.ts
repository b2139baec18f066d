import type { ReadIssue } from "./readIssue.js";

/** The text encodings the reader decodes. */
export type TextEncoding = "utf-8" | "windows-1252" | "utf-16le" | "utf-16be";

/** The file formats the reader understands. */
export type FileFormat = "csv" | "xlsx" | "ndjson" | "json";

/**
 * What kind of value an XLSX or JSON cell held, so that the layer above can interpret its text:
 * `date` is a number shown with a date format (an Excel serial day, see `excelSerialToDate`).
 */
export type CellKind = "empty" | "string" | "number" | "boolean" | "date" | "error" | "null" | "json";

/** The CSV dialect found in a file. */
export interface CsvDialect {
  /** The field delimiter: `,`, `;` or a tab. */
  readonly delimiter: "," | ";" | "\t";
  /** The text encoding the file was decoded from. */
  readonly encoding: TextEncoding;
  /** Whether the file started with a byte-order mark. */
  readonly bom: boolean;
  /** The line ending of the header line; `\r` alone is Excel for Mac's "CSV (Macintosh)". */
  readonly lineEnding: "\r\n" | "\n" | "\r";
}

/**
 * One row of a file: its cells as text, and where it is.
 *
 * `row` is the row number a spreadsheet shows (header = 1, first record = 2; a CSV record with
 * quoted line breaks is one row; for NDJSON the line number); `line` is the physical line where
 * the record starts (for XLSX the row number, for a JSON array the array index + 2).
 */
export interface Row {
  readonly row: number;
  readonly line: number;
  /** The cells as text; empty cells are `""`. A row can be shorter or longer than the header. */
  readonly cells: string[];
  /** XLSX and JSON only: what kind of value each cell held. */
  readonly kinds?: CellKind[];
}

/** The first row of a table: the column names, and what the reader found out about the file. */
export interface Header {
  readonly row: number;
  readonly line: number;
  readonly cells: string[];
  readonly format: FileFormat;
  /** CSV only. */
  readonly dialect?: CsvDialect;
  /** XLSX only: the sheet read. */
  readonly sheet?: string;
  /** XLSX only: whether the workbook counts dates from 1904 instead of 1900. */
  readonly date1904?: boolean;
}

/** Totals at the end of a read. */
export interface ReadSummary {
  /** Rows yielded (the header not included). */
  readonly rows: number;
  /** Empty rows skipped (they keep their row number). */
  readonly emptyRows: number;
  /** The last row number seen. */
  readonly lastRow: number;
}

/**
 * What a read yields, in order: one `header` (JSON/NDJSON may repeat it with more columns when
 * a later record brings a new key), `rows` batches, `issue`s about single rows or the file that do
 * not stop the read, and finally either `end` or `error` (a problem that stopped the read).
 */
export type ReadEvent =
  | { readonly type: "header"; readonly header: Header }
  | { readonly type: "rows"; readonly rows: Row[] }
  | { readonly type: "issue"; readonly issue: ReadIssue }
  | { readonly type: "end"; readonly summary: ReadSummary }
  | { readonly type: "error"; readonly issue: ReadIssue };
