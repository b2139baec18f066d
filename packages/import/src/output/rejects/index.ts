import { csvRow, findBsnLike, writeCsv, type CsvWriteOptions, type Issue, type Lang } from "@kinderwerk/core";
import type { TextEncoding } from "../../reading/decode/index.js";
import type { CellKind, CsvDialect, FileFormat } from "../../types/rows.js";
import { issueMessage } from "../issues.js";
import { encodeText, encodeTexts } from "./encode.js";
import { XlsxRowsWriter } from "./xlsx.js";

/** The name of the reasons column of a rejects file, per language. */
export const REASONS_COLUMN: Readonly<Record<Lang, string>> = { nl: "importfouten", en: "importErrors" };

/** What a rejects file shows instead of a cell that looks like a BSN: the number is never written again. */
export const BSN_MASK = "*********";

/** A cell with every number that looks like a BSN replaced by {@link BSN_MASK}. */
function maskBsn(cell: string): string {
  if (cell.length < 9) return cell;
  // A BSN has nine digits (ASCII or full-width): most cells have fewer, and need no search.
  let digits = 0;
  for (let i = 0; i < cell.length && digits < 9; i++) {
    const c = cell.charCodeAt(i);
    if ((c >= 48 && c <= 57) || (c >= 0xff10 && c <= 0xff19)) digits++;
  }
  if (digits < 9) return cell;
  let out = cell;
  for (const { start, end } of findBsnLike(cell).reverse()) out = `${out.slice(0, start)}${BSN_MASK}${out.slice(end)}`;
  return out;
}

const SEP = "\u0001";

/**
 * The cells of a rejected row packed into one string that no longer refers to the text it was read
 * from. A cell is often a slice of a whole chunk of the file; holding the slice would hold the
 * chunk, and eleven small strings and an array per row cost several times the row's own size. One
 * flat string per row keeps a file with many rejected rows small; the cells are split again when
 * asked for. A row whose cells hold the separator itself is kept as copied cells.
 */
function pack(cells: readonly string[]): string | readonly string[] {
  if (cells.length === 0) return [];
  for (const c of cells) if (c.includes(SEP)) return cells.map((x) => [x, ""].join(""));
  return cells.join(SEP);
}

/** One rejected row: where it was, its original cells, and the errors that rejected it. */
export interface RejectedRow {
  readonly row: number;
  readonly cells: readonly string[];
  readonly reasons: readonly { readonly issue: Issue; readonly column: string | undefined }[];
  /** What kind of value each cell held (XLSX and JSON inputs), so an XLSX rejects file writes a date as a date. */
  readonly kinds?: readonly CellKind[] | undefined;
}

/** A rejected row held packed (see {@link pack}); `cells` unpacks it. */
class PackedRow implements RejectedRow {
  constructor(
    readonly row: number,
    private readonly packed: string | readonly string[],
    readonly reasons: RejectedRow["reasons"],
    readonly kinds: readonly CellKind[] | undefined,
  ) {}

  get cells(): readonly string[] {
    const p = this.packed;
    return typeof p === "string" ? p.split(SEP) : p;
  }
}

/**
 * How a rejects file is written: as CSV in a dialect, or as an XLSX workbook (`format: "xlsx"`;
 * the CSV fields are then what {@link RejectsFile.toCsv} still uses).
 */
export interface RejectsDialect {
  readonly delimiter: CsvDialect["delimiter"];
  readonly lineEnding: CsvDialect["lineEnding"];
  readonly encoding: TextEncoding;
  readonly bom: boolean;
  /** `xlsx` for a workbook; CSV when left out. */
  readonly format?: "csv" | "xlsx" | undefined;
  /** XLSX: whether the input counted dates from 1904 (its date serials are written as they were read). */
  readonly date1904?: boolean | undefined;
}

/**
 * The dialect of a rejects file for an input: a CSV input gets CSV with the same delimiter, line
 * ending, encoding and BOM; an XLSX input an XLSX workbook; NDJSON and JSON a CSV that Dutch Excel
 * opens directly (`;`, CRLF, UTF-8 with BOM). `as` chooses the format instead.
 *
 * @param format - the input's format
 * @param dialect - the input's CSV dialect, when it was CSV
 * @param as - the rejects file's format, when not the input's (`--rejects afgekeurd.xlsx` for a CSV)
 * @param date1904 - XLSX: whether the input counted dates from 1904
 * @returns the dialect to write
 * @example
 * rejectsDialect("ndjson"); // => { delimiter: ";", lineEnding: "\r\n", encoding: "utf-8", bom: true }
 * rejectsDialect("xlsx").format; // => "xlsx"
 */
export function rejectsDialect(format: FileFormat | undefined, dialect?: CsvDialect, as?: "csv" | "xlsx", date1904 = false): RejectsDialect {
  const csv: RejectsDialect =
    format === "csv" && dialect !== undefined
      ? { delimiter: dialect.delimiter, lineEnding: dialect.lineEnding, encoding: dialect.encoding, bom: dialect.bom }
      : { delimiter: ";", lineEnding: "\r\n", encoding: "utf-8", bom: true };
  return (as ?? (format === "xlsx" ? "xlsx" : "csv")) === "xlsx" ? { ...csv, format: "xlsx", date1904 } : csv;
}

/**
 * The rows an import rejected, ready to be written as a file that a coordinator fixes in Excel and
 * imports again: the reasons column first (`importfouten` / `importErrors`, ignored on re-import),
 * then the original header and each row's original cells (a number that looks like a BSN is masked,
 * in the header too: a file without a header row puts a data row there). Written with core's CSV writer, which
 * neutralises text that a spreadsheet would run as a formula; the import undoes that `'` again.
 */
export class RejectsFile {
  /** The rejected rows, in file order (each row's `cells` are unpacked when read). */
  readonly rows: RejectedRow[] = [];
  /** Whether rows were left out because there were more than `maxRows`. */
  truncated = false;
  private header: readonly string[];

  /**
   * @param header - the input's header cells
   * @param dialect - how to write the file
   * @param reasonsIndex - the index of an existing reasons column in the input (dropped), or -1
   * @param maxRows - the most rows to hold; later rows are left out and {@link RejectsFile.truncated} says so
   */
  constructor(
    header: readonly string[],
    readonly dialect: RejectsDialect,
    private readonly reasonsIndex = -1,
    readonly maxRows = Number.POSITIVE_INFINITY,
  ) {
    this.header = this.strip(header).map(maskBsn);
  }

  /**
   * The header cells as written (without an input's reasons column), masked like every row: a file
   * without a header row puts a data row here. @internal
   */
  get headerCells(): readonly string[] {
    return this.header;
  }

  /** A row's cells without an input's reasons column. @internal */
  stripped<C>(cells: readonly C[]): readonly C[] {
    return this.strip(cells);
  }

  private strip<C>(cells: readonly C[]): readonly C[] {
    return this.reasonsIndex < 0 || this.reasonsIndex >= cells.length ? cells : [...cells.slice(0, this.reasonsIndex), ...cells.slice(this.reasonsIndex + 1)];
  }

  /**
   * Use a new header (NDJSON and JSON files can grow columns while they are read).
   *
   * @param header - the header cells
   */
  useHeader(header: readonly string[]): void {
    this.header = this.strip(header).map(maskBsn);
  }

  /**
   * Add a rejected row.
   *
   * @param row - its row number
   * @param cells - its original cells
   * @param reasons - the errors that rejected it, with their columns
   * @param kinds - what kind of value each cell held (XLSX and JSON inputs)
   */
  add(row: number, cells: readonly string[], reasons: RejectedRow["reasons"], kinds?: readonly CellKind[]): void {
    if (this.rows.length >= this.maxRows) {
      this.truncated = true;
      return;
    }
    this.rows.push(new PackedRow(row, pack(this.strip(cells).map(maskBsn)), reasons, kinds === undefined ? undefined : this.strip(kinds)));
  }

  /** The number of rejected rows. */
  get size(): number {
    return this.rows.length;
  }

  /**
   * The reasons of a row in words: "Rij 14: kolom geboortedatum: …; kolom geslacht: …".
   *
   * @param row - a rejected row
   * @param lang - `nl` or `en`
   * @returns the text of its reasons cell
   */
  reasonsText(row: RejectedRow, lang: Lang): string {
    const parts = row.reasons.map((r) => issueMessage(r.issue, { column: r.column, lowercase: true }, lang));
    return `${lang === "nl" ? "Rij" : "Row"} ${row.row}: ${parts.join(" | ")}`;
  }

  /**
   * The file as text, in the input's dialect (a UTF-8 BOM included as `\uFEFF` when the input had one).
   *
   * @param lang - the language of the reasons
   * @returns the CSV text
   */
  toCsv(lang: Lang = "nl"): string {
    const d = this.dialect;
    const rows: (readonly string[])[] = [[REASONS_COLUMN[lang], ...this.header]];
    for (const r of this.rows) rows.push([this.reasonsText(r, lang), ...r.cells]);
    return writeCsv(rows, { delimiter: d.delimiter, lineEnding: d.lineEnding, bom: d.bom && d.encoding === "utf-8", neutraliseFormulas: true });
  }

  /**
   * The file as bytes: an XLSX workbook when the dialect says so, else CSV in the input's encoding
   * (Windows-1252 stays Windows-1252, so Excel on a Dutch Windows opens it as it opened the original).
   *
   * @param lang - the language of the reasons
   * @returns the bytes
   */
  toBytes(lang: Lang = "nl"): Uint8Array {
    if (this.dialect.format === "xlsx") {
      const book = new XlsxRowsWriter(this.dialect.date1904 === true);
      book.row(REASONS_COLUMN[lang], this.header);
      for (const r of this.rows) book.row(this.reasonsText(r, lang), r.cells, r.kinds);
      book.end();
      return book.take();
    }
    let text = this.toCsv(lang);
    if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    return encodeText(text, this.dialect.encoding, this.dialect.bom);
  }
}

/** Where a streamed rejects file goes: called with its bytes, piece by piece and in order (awaited). */
export type RejectsSink = (bytes: Uint8Array) => void | Promise<void>;

/**
 * A rejects file written as the rows come, for files too large to hold their rejected rows: the
 * same file as {@link RejectsFile.toBytes} (reasons column first; CSV in the input's dialect and
 * encoding, or an XLSX workbook; BSN-like numbers masked, formulas neutralised), handed to a sink
 * in pieces. Rows are gathered and sent on {@link RejectsWriter.flush}, once per batch of rows, so
 * memory holds one batch at most; {@link RejectsWriter.end} sends what closes the file.
 *
 * @example
 * const out: Uint8Array[] = [];
 * const w = new RejectsWriter(["kindId", "geboortedatum"], rejectsDialect("csv", { delimiter: ";", lineEnding: "\n", encoding: "utf-8", bom: false }), -1, "nl", (b) => { out.push(b); });
 * w.add(3, ["kw-1", "31-02-2018"], []);
 * await w.end(); // out holds "importfouten;kindId;geboortedatum\nRij 3: ;kw-1;31-02-2018\n"
 */
export class RejectsWriter {
  /** The rows written so far. */
  size = 0;
  /** CSV: the lines gathered since the last flush, each on its own (see `encodeTexts`). */
  private pending: string[] = [];
  private started = false;
  private first = true;
  private readonly file: RejectsFile;
  private readonly csv: CsvWriteOptions;
  /** XLSX: the workbook being written. */
  private book: XlsxRowsWriter | undefined;

  /**
   * @param header - the input's header cells
   * @param dialect - how to write the file
   * @param reasonsIndex - the index of an existing reasons column in the input (dropped), or -1
   * @param lang - the language of the reasons
   * @param sink - where the bytes go
   */
  constructor(
    header: readonly string[],
    readonly dialect: RejectsDialect,
    reasonsIndex: number,
    private readonly lang: Lang,
    private readonly sink: RejectsSink,
  ) {
    this.file = new RejectsFile(header, dialect, reasonsIndex, 0);
    this.csv = { delimiter: dialect.delimiter, lineEnding: dialect.lineEnding, neutraliseFormulas: true };
  }

  /**
   * Add a rejected row (sent on the next {@link RejectsWriter.flush}).
   *
   * @param row - its row number
   * @param cells - its original cells
   * @param reasons - the errors that rejected it, with their columns
   * @param kinds - what kind of value each cell held (XLSX and JSON inputs)
   */
  add(row: number, cells: readonly string[], reasons: RejectedRow["reasons"], kinds?: readonly CellKind[]): void {
    if (!this.started) this.start();
    const r: RejectedRow = { row, cells: this.file.stripped(cells).map(maskBsn), reasons };
    const reasonsText = this.file.reasonsText(r, this.lang);
    if (this.book !== undefined) this.book.row(reasonsText, r.cells, kinds === undefined ? undefined : this.file.stripped(kinds));
    else this.pending.push(csvRow([reasonsText, ...r.cells], this.csv));
    this.size++;
  }

  /**
   * Send the rows gathered so far to the sink.
   *
   * @returns what the sink returned (a promise to await, for back-pressure)
   */
  flush(): void | Promise<void> {
    if (this.book !== undefined) {
      const bytes = this.book.take();
      return bytes.length === 0 ? undefined : this.sink(bytes);
    }
    if (this.pending.length === 0) return;
    const lines = this.pending;
    this.pending = [];
    const d = this.dialect;
    const first = this.first;
    this.first = false;
    let bytes = encodeTexts(lines, d.encoding, first && d.bom);
    // UTF-16 always starts with its byte-order mark: only the first piece keeps it.
    if (!first && (d.encoding === "utf-16le" || d.encoding === "utf-16be")) bytes = bytes.subarray(2);
    return this.sink(bytes);
  }

  /**
   * Finish the file: send the rows gathered and, for XLSX, what closes the workbook. Nothing is
   * sent when no row was rejected (there is no rejects file). Call it once, after the last row.
   *
   * @returns what the sink returned
   */
  end(): void | Promise<void> {
    this.book?.end();
    return this.flush();
  }

  private start(): void {
    this.started = true;
    if (this.dialect.format === "xlsx") {
      this.book = new XlsxRowsWriter(this.dialect.date1904 === true);
      this.book.row(REASONS_COLUMN[this.lang], this.file.headerCells);
    } else this.pending.push(csvRow([REASONS_COLUMN[this.lang], ...this.file.headerCells], this.csv));
  }
}
