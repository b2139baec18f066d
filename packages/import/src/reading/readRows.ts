import { readCsv } from "./csv/index.js";
import { decodeChunks, type DecodeInfo, type TextEncoding } from "./decode/index.js";
import { resolveLimits, type ReadLimits } from "./limits/index.js";
import { readNdjson } from "./ndjson/index.js";
import { readJson } from "./json/index.js";
import { readXlsx } from "./xlsx/index.js";
import { openSource, watchChunks, type ReadProgress, type ReadSource } from "./source/index.js";
import type { AbortSignalLike } from "../_lib/platform.js";
import { ReadStop, readIssue, type ReadIssue } from "../types/readIssue.js";
import type { CsvDialect, FileFormat, Header, ReadEvent, ReadSummary, Row } from "../types/rows.js";

/** Options for {@link readRows}. */
export interface ReadOptions {
  /** The file format; detected from the file name or the first bytes when left out. */
  readonly format?: FileFormat | undefined;
  /** A file name, used to detect the format by its extension (`.csv`, `.xlsx`, `.ndjson`/`.jsonl`, `.json`). */
  readonly name?: string | undefined;
  /** CSV: force the delimiter instead of detecting it. */
  readonly delimiter?: CsvDialect["delimiter"] | undefined;
  /** CSV/NDJSON/JSON: force the text encoding instead of detecting it. */
  readonly encoding?: TextEncoding | undefined;
  /**
   * XLSX: the sheet to read, by name (exactly, else ignoring case) or position (1 = the first tab;
   * digits as text too, when no sheet has that name). Left out: the sheet whose first row
   * `sheetQualifies`, else the first sheet.
   */
  readonly sheet?: string | number | undefined;
  /**
   * XLSX without `sheet`: whether a sheet's first non-empty row is the header wanted. Exactly one
   * sheet that qualifies is read; two or more end the read with `xlsx.sheet-ambiguous` naming them;
   * none, the first sheet. `importTable` passes "names the table's columns".
   */
  readonly sheetQualifies?: ((cells: readonly string[]) => boolean) | undefined;
  /** Stops the read with `file.aborted` when it fires. */
  readonly signal?: AbortSignalLike | undefined;
  /** Called after each chunk with the bytes read and, when known, the total. */
  readonly onProgress?: ((progress: ReadProgress) => void) | undefined;
  /** Limits that keep the read bounded; see `defaultReadLimits`. */
  readonly limits?: Partial<ReadLimits> | undefined;
}

function formatFromName(name: string | undefined): FileFormat | undefined {
  const m = name === undefined ? null : /\.([a-z]+)$/i.exec(name);
  switch (m?.[1]?.toLowerCase()) {
    case "csv":
    case "txt":
    case "tsv":
      return "csv";
    case "xlsx":
    case "xlsm":
      return "xlsx";
    case "ndjson":
    case "jsonl":
      return "ndjson";
    case "json":
      return "json";
    default:
      return undefined;
  }
}

function formatFromHead(head: Uint8Array | string): FileFormat {
  if (typeof head !== "string" && head[0] === 0x50 && head[1] === 0x4b && head[2] === 0x03 && head[3] === 0x04) return "xlsx";
  let i = 0;
  const at = (k: number): number => (typeof head === "string" ? head.charCodeAt(k) : head[k]!);
  if (typeof head !== "string" && head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) i = 3;
  if (typeof head === "string" && head.charCodeAt(0) === 0xfeff) i = 1;
  while (i < head.length && (at(i) === 0x20 || at(i) === 0x0a || at(i) === 0x0d || at(i) === 0x09)) i++;
  if (at(i) === 0x5b) return "json";
  if (at(i) === 0x7b) return "ndjson";
  return "csv";
}

async function* peeked<T>(first: T, rest: AsyncIterator<T>): AsyncGenerator<T> {
  yield first;
  try {
    for (;;) {
      const r = await rest.next();
      if (r.done) return;
      yield r.value;
    }
  } finally {
    await rest.return?.();
  }
}

/**
 * Read a file into rows of text cells, streaming, in bounded memory.
 *
 * Yields a `header` event, then `rows` batches (one per chunk of the file, so that a loop over a
 * million rows does not pay an `await` per row), `issue` events that do not stop the read, and
 * ends with `end` or `error`. It never throws for bad input: a binary file, a wrong encoding,
 * an over-long field, a zip bomb, a cancelled read — each ends the stream with an `error` event
 * whose issue has a `code` (see `importMessages`).
 *
 * @param source - text, bytes, a `Blob`, a `ReadableStream`, or an async iterable of chunks
 * @param options - format, sheet, limits, cancellation and progress
 * @returns the events of the read
 * @throws {RangeError} when a limit in `options.limits` is not a positive number
 * @example
 * for await (const event of readRows("naam;leeftijd\nSam;7\n")) {
 *   if (event.type === "rows") for (const r of event.rows) console.log(r.row, r.cells);
 * }
 * // logs: 2 [ 'Sam', '7' ]
 */
export async function* readRows(source: ReadSource, options: ReadOptions = {}): AsyncGenerator<ReadEvent, void, undefined> {
  const limits = resolveLimits(options.limits);
  const opened = openSource(source);
  const chunks = watchChunks(opened, { signal: options.signal, onProgress: options.onProgress })[Symbol.asyncIterator]();
  const issues: ReadIssue[] = [];
  let sawHeader = false;
  try {
    const first = await chunks.next();
    if (first.done) {
      yield { type: "error", issue: readIssue("file.empty") };
      return;
    }
    const format = options.format ?? formatFromName(options.name ?? opened.name) ?? formatFromHead(first.value);
    const all = peeked(first.value, chunks);
    let info: DecodeInfo = { encoding: "utf-8", bom: false };
    const texts = (): AsyncGenerator<string> =>
      decodeChunks(all, {
        encoding: options.encoding,
        onInfo: (i) => (info = i),
        onIssue: (i) => issues.push(i),
      });
    const events =
      format === "csv"
        ? readCsv(texts(), { limits, delimiter: options.delimiter, info: () => info })
        : format === "ndjson"
          ? readNdjson(texts(), { limits })
          : format === "json"
            ? readJson(texts(), { limits })
            : readXlsx(all, { limits, sheet: options.sheet, qualifies: options.sheetQualifies });
    for await (const event of events) {
      while (issues.length > 0) yield { type: "issue", issue: issues.shift()! };
      if (event.type === "header") sawHeader = true;
      if (event.type === "end" && !sawHeader) {
        yield { type: "error", issue: readIssue("file.empty") };
        return;
      }
      yield event;
    }
  } catch (error) {
    if (error instanceof ReadStop) {
      yield { type: "error", issue: error.issue };
      return;
    }
    yield { type: "error", issue: readIssue("file.read-failed", { reason: error instanceof Error ? error.name : "unknown" }) };
  } finally {
    await chunks.return?.(undefined);
  }
}

/** A whole table read into memory by {@link readTable}. */
export interface Table {
  readonly header: Header;
  readonly rows: Row[];
  /** Problems that did not stop the read (e.g. NDJSON lines that are not JSON). */
  readonly issues: ReadIssue[];
  readonly summary: ReadSummary;
}

/**
 * Read a whole (small) file into memory: the header, every row and the issues. For large files
 * loop over {@link readRows} instead.
 *
 * @param source - what to read (see {@link readRows})
 * @param options - see {@link readRows}
 * @returns `{ ok: true, value: table, issues }` or `{ ok: false, issues }` when the read stopped
 * @example
 * const result = await readTable("a,b\n1,2\n");
 * result.ok && result.value.rows[0]; // => { row: 2, line: 2, cells: ["1", "2"] }
 */
export async function readTable(
  source: ReadSource,
  options: ReadOptions = {},
): Promise<{ readonly ok: true; readonly value: Table; readonly issues: readonly ReadIssue[] } | { readonly ok: false; readonly issues: readonly ReadIssue[] }> {
  let header: Header | undefined;
  const rows: Row[] = [];
  const issues: ReadIssue[] = [];
  for await (const event of readRows(source, options)) {
    switch (event.type) {
      case "header":
        header = event.header;
        break;
      case "rows":
        for (const r of event.rows) rows.push(r);
        break;
      case "issue":
        issues.push(event.issue);
        break;
      case "error":
        return { ok: false, issues: [...issues, event.issue] };
      case "end":
        return { ok: true, value: { header: header!, rows, issues, summary: event.summary }, issues };
    }
  }
  return { ok: false, issues: [...issues, readIssue("file.empty")] };
}
