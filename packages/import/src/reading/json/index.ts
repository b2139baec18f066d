import { Columns, isRecord, MAX_DEPTH, withinDepth } from "../../_lib/objects.js";
import type { ReadLimits } from "../limits/index.js";
import { readIssue, stop } from "../../types/readIssue.js";
import type { ReadEvent, Row } from "../../types/rows.js";

const BATCH = 10_000;

/**
 * Read a JSON array of objects into events. The array is parsed whole, so the file must fit in
 * `maxJsonBytes`. The header is the union of all keys in order of first appearance; the row number
 * of element `i` is `i + 2` (as if the keys were a header row). An element that is not an object,
 * or whose values nest deeper than `MAX_DEPTH`, is an `issue` for that row (the row is rejected).
 */
export async function* readJson(texts: AsyncIterable<string>, options: { readonly limits: ReadLimits }): AsyncGenerator<ReadEvent> {
  const { maxJsonBytes, maxColumns } = options.limits;
  const parts: string[] = [];
  let size = 0;
  for await (const text of texts) {
    size += text.length;
    if (size > maxJsonBytes) stop("json.too-large", { max: maxJsonBytes });
    parts.push(text);
  }
  let value: unknown;
  try {
    value = JSON.parse(parts.join(""));
  } catch {
    stop("json.invalid");
  }
  parts.length = 0;
  if (!Array.isArray(value)) stop("json.not-an-array");
  const columns = new Columns();
  for (const item of value) {
    if (isRecord(item) && withinDepth(item)) columns.add(item);
    if (columns.names.length > maxColumns) stop("csv.too-many-columns", { max: maxColumns });
  }
  yield { type: "header", header: { row: 1, line: 1, cells: [...columns.names], format: "json" } };
  let batch: Row[] = [];
  let rows = 0;
  for (let i = 0; i < value.length; i++) {
    const item: unknown = value[i];
    const row = i + 2;
    if (!isRecord(item)) {
      yield { type: "issue", issue: readIssue("json.not-an-object", { row, line: row }) };
      continue;
    }
    if (!withinDepth(item)) {
      yield { type: "issue", issue: readIssue("json.too-deep", { row, line: row, max: MAX_DEPTH }) };
      continue;
    }
    batch.push({ row, line: row, ...columns.cells(item) });
    rows++;
    if (batch.length >= BATCH) {
      yield { type: "rows", rows: batch };
      batch = [];
    }
  }
  if (batch.length > 0) yield { type: "rows", rows: batch };
  yield { type: "end", summary: { rows, emptyRows: 0, lastRow: value.length + 1 } };
}
