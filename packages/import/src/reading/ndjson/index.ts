import { Columns, isRecord, MAX_DEPTH, withinDepth } from "../../_lib/objects.js";
import type { ReadLimits } from "../limits/index.js";
import { readIssue, stop } from "../../types/readIssue.js";
import type { ReadEvent, Row } from "../../types/rows.js";

/** After this many non-empty lines without one valid object, the file is not NDJSON. */
const GIVE_UP_AFTER = 100;

/**
 * Read NDJSON text chunks (one JSON object per line) into events. The row number is the line
 * number; the header lists the keys in order of first appearance and is sent again when a later
 * line brings a new key. A line that is not a JSON object, or whose values nest deeper than
 * `MAX_DEPTH`, is an `issue` for that row (the row is rejected); the read goes on, unless the first
 * 100 lines are all invalid.
 */
export async function* readNdjson(texts: AsyncIterable<string>, options: { readonly limits: ReadLimits }): AsyncGenerator<ReadEvent> {
  const { maxRecordChars, maxColumns } = options.limits;
  const columns = new Columns();
  let buf = "";
  let line = 0;
  let rows = 0;
  let emptyRows = 0;
  let valid = 0;
  let invalid = 0;
  const handle = function* (text: string, batch: Row[]): Generator<ReadEvent> {
    line++;
    const trimmed = text.endsWith("\r") ? text.slice(0, -1) : text;
    if (trimmed.trim() === "") {
      emptyRows++;
      return;
    }
    let value: unknown;
    try {
      value = JSON.parse(trimmed);
    } catch {
      invalid++;
      yield { type: "issue", issue: readIssue("ndjson.invalid-line", { row: line, line }) };
    }
    if (value !== undefined && !isRecord(value)) {
      invalid++;
      yield { type: "issue", issue: readIssue("ndjson.not-an-object", { row: line, line }) };
      value = undefined;
    }
    if (value !== undefined && !withinDepth(value as Record<string, unknown>)) {
      invalid++;
      yield { type: "issue", issue: readIssue("json.too-deep", { row: line, line, max: MAX_DEPTH }) };
      value = undefined;
    }
    if (invalid >= GIVE_UP_AFTER && valid === 0) stop("ndjson.invalid-line", { row: line, line, count: invalid });
    if (value === undefined) return;
    valid++;
    const obj = value as Record<string, unknown>;
    if (columns.add(obj)) {
      if (columns.names.length > maxColumns) stop("csv.too-many-columns", { row: line, line, max: maxColumns });
      if (batch.length > 0) {
        yield { type: "rows", rows: batch.splice(0) };
      }
      yield { type: "header", header: { row: 1, line: 1, cells: [...columns.names], format: "ndjson" } };
    }
    batch.push({ row: line, line, ...columns.cells(obj) });
    rows++;
  };
  for await (const text of texts) {
    buf += text;
    const batch: Row[] = [];
    let pos = 0;
    for (;;) {
      const nl = buf.indexOf("\n", pos);
      if (nl === -1) break;
      yield* handle(buf.slice(pos, nl), batch);
      pos = nl + 1;
    }
    buf = buf.slice(pos);
    if (buf.length > maxRecordChars) stop("csv.record-too-large", { row: line + 1, line: line + 1, max: maxRecordChars });
    if (batch.length > 0) yield { type: "rows", rows: batch };
  }
  const batch: Row[] = [];
  if (buf.length > 0) yield* handle(buf, batch);
  if (batch.length > 0) yield { type: "rows", rows: batch };
  yield { type: "end", summary: { rows, emptyRows, lastRow: line } };
}
