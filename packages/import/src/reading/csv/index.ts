import type { DecodeInfo } from "../decode/index.js";
import { detectDialect } from "../dialect/index.js";
import type { ReadLimits } from "../limits/index.js";
import type { CsvDialect, ReadEvent, Row } from "../../types/rows.js";
import { CsvParser } from "./parser.js";

/** Options for {@link readCsv}. */
export interface CsvReadOptions {
  readonly limits: ReadLimits;
  /** Force the delimiter instead of detecting it from the header line. */
  readonly delimiter?: CsvDialect["delimiter"] | undefined;
  /** What decoding found (read once the first text has arrived). */
  readonly info: () => DecodeInfo;
}

/**
 * Read CSV text chunks into events: the header with the detected dialect, then batches of rows
 * (one batch per chunk), then `end`. Problems stop the read by throwing a `ReadStop`, which the
 * caller turns into an `error` event.
 */
export async function* readCsv(texts: AsyncIterable<string>, options: CsvReadOptions): AsyncGenerator<ReadEvent> {
  const { limits } = options;
  let parser: CsvParser | undefined;
  let head = "";
  let header: Row | undefined;
  let rows = 0;
  let pending: Row[] = [];

  const emit = function* (batch: Row[], dialect: CsvDialect | undefined): Generator<ReadEvent> {
    let from = 0;
    if (header === undefined && batch.length > 0) {
      header = batch[0]!;
      from = 1;
      yield { type: "header", header: { row: header.row, line: header.line, cells: header.cells, format: "csv", ...(dialect ? { dialect } : {}) } };
    }
    const out = from === 0 ? batch : batch.slice(from);
    if (out.length > 0) {
      rows += out.length;
      yield { type: "rows", rows: out };
    }
  };

  let dialect: CsvDialect | undefined;
  const start = (text: string): void => {
    const found = detectDialect(text);
    const info = options.info();
    dialect = { delimiter: options.delimiter ?? found.delimiter, lineEnding: found.lineEnding, encoding: info.encoding, bom: info.bom };
    parser = new CsvParser(dialect.delimiter, limits);
  };
  // A file whose lines end in a lone CR (Excel for Mac) holds no LF: every CR is a line break.
  const lines = (text: string): string => (dialect?.lineEnding === "\r" ? text.replaceAll("\r", "\n") : text);

  for await (const text of texts) {
    if (parser === undefined) {
      head += text;
      // Wait for the first line break (or enough text) to see the whole header line.
      if (head.length < limits.maxRecordChars && (head.trim() === "" || !/[\n\r][^]/.test(head.trimStart()))) continue;
      start(head);
      const text0 = head;
      head = "";
      parser!.push(lines(text0), pending);
    } else parser.push(lines(text), pending);
    if (pending.length > 0) {
      yield* emit(pending, dialect);
      pending = [];
    }
  }
  if (parser === undefined) {
    if (head.length === 0) return;
    start(head);
    parser!.push(lines(head), pending);
  }
  parser!.finish(pending);
  yield* emit(pending, dialect);
  yield { type: "end", summary: { rows, emptyRows: parser!.emptyRows, lastRow: parser!.row } };
}
