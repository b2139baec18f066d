import { type IssueParam, type TableName, type TableRecord } from "@kinderwerk/core";
import type { ReadEvent } from "../types/rows.js";
import { startHeader } from "./header.js";
import { finishDuplicates } from "./late.js";
import type { ImportOptions, ImportResult } from "./options.js";
import { checkRows } from "./rows.js";
import { ImportRun } from "./run.js";
import { recordIssue } from "../types/recordIssue.js";

/**
 * Import the events of a read (see `readRows`) into validated records of one table. This is the
 * engine of {@link importTable}; use it when the rows come from elsewhere.
 *
 * @param events - the events of a read
 * @param options - see {@link ImportOptions}
 * @returns the records, issues, counts and rejects
 * @throws {TypeError} when `pseudonymise.key` is shorter than 16 bytes (the message never holds the key)
 * @throws {RangeError} when `duplicateMemory` is not a number of bytes, 0 or more
 * @example
 * const result = await importEvents(readRows("kindId;geboortedatum\nkw-1;14-09-2015\n"), { table: "children" });
 * result.counts; // => { rows: 1, accepted: 1, rejected: 0, … }
 */
export function importEvents<N extends TableName>(events: AsyncIterable<ReadEvent>, options: ImportOptions<TableRecord<N>> & { readonly table: N }): Promise<ImportResult<TableRecord<N>>>;
export function importEvents<T = Record<string, unknown>>(events: AsyncIterable<ReadEvent>, options?: ImportOptions<T>): Promise<ImportResult<T>>;
export async function importEvents<T = Record<string, unknown>>(events: AsyncIterable<ReadEvent>, options: ImportOptions<T> = {}): Promise<ImportResult<T>> {
  const run = await ImportRun.start(options);
  try {
    for await (const event of events) await take(run, event);
    await finishDuplicates(run);
  } finally {
    await run.dups?.dispose();
  }
  // A file read to its end without a single data row was not read as data: never "all rows accepted".
  if (run.complete && run.rows === 0) run.collector.add(recordIssue("file.no-rows", [], {}), run.place());
  await run.rejected.end();
  return run.result();
}

/** One event of the read, to its stage. */
async function take<T>(run: ImportRun<T>, event: ReadEvent): Promise<void> {
  switch (event.type) {
    case "header":
      return startHeader(run, event.header);
    case "rows":
      return checkRows(run, event.rows);
    case "issue": {
      // An error about one row (an NDJSON line that is not JSON) rejects that row.
      const p: Readonly<Record<string, IssueParam>> = event.issue.params;
      if (typeof p["row"] === "number" && event.issue.severity === "error") {
        run.rejectUnread(1);
        run.collector.add(event.issue, { ...run.place(), row: p["row"], line: typeof p["line"] === "number" ? p["line"] : undefined });
      } else run.collector.add(event.issue, run.place());
      return;
    }
    case "error": {
      const p: Readonly<Record<string, IssueParam>> = event.issue.params;
      run.collector.add(event.issue, { ...run.place(), row: typeof p["row"] === "number" ? p["row"] : undefined });
      return;
    }
    case "end":
      run.complete = true;
      return;
  }
}
