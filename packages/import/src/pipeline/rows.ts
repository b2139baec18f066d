import { TABLE_NAMES, tables, type Issue, type TableName } from "@kinderwerk/core";
import type { RowReader } from "../checking/records/index.js";
import type { Row } from "../types/rows.js";
import type { ImportRun } from "./run.js";

/** A batch of rows read into records: those that passed, with their warnings, and those that failed. */
interface ReadBatch {
  readonly records: Record<string, unknown>[];
  readonly rows: Row[];
  /** Per passed record, its warnings, when it has any. */
  warnings: (readonly Issue[] | undefined)[] | undefined;
  /** Rows the reader rejected, in file order, with their issues. */
  failed: Row[] | undefined;
  failedIssues: (readonly Issue[])[] | undefined;
  /** Per passed record, the reference issues that reject it, when it has any. */
  refs: (readonly Issue[] | undefined)[] | undefined;
}

/** The tables whose records carry a child id, from their specs: these are pseudonymised. */
const WITH_CHILD_ID: ReadonlySet<TableName> = new Set(TABLE_NAMES.filter((t) => tables[t].columns.some((c) => c.field === "childId")));
const hasChildId = (t: TableName): boolean => WITH_CHILD_ID.has(t);

/**
 * The rows stage: read each row of a batch into a record, pseudonymise, check the references and
 * the duplicates across the batch, and settle each row — accepted, an identical duplicate, or
 * rejected (a conflicting duplicate among them) — in file order, so the issues are collected by row.
 */
export async function checkRows<T>(run: ImportRun<T>, rows: readonly Row[]): Promise<void> {
  const { reader, table } = run;
  if (run.blocked || reader === undefined || table === undefined) {
    run.rejectUnread(rows.length);
    return;
  }
  const batch = readBatch(run, reader, rows);
  if (run.pseudonymiser !== undefined && hasChildId(table) && batch.records.length > 0) await run.pseudonymiser.apply(batch.records as { childId: string }[]);
  const firsts = checkAcross(run, table, batch);
  const { out, outRows } = settle(run, reader, table, batch, firsts);
  sizeDuplicateCheck(run);
  if (run.dups?.draining === true) await run.dups.drain();
  await run.rejected.flush();
  await run.emit(out, outRows);
}

function readBatch<T>(run: ImportRun<T>, reader: RowReader<Record<string, unknown>>, rows: readonly Row[]): ReadBatch {
  const batch: ReadBatch = { records: [], rows: [], warnings: undefined, failed: undefined, failedIssues: undefined, refs: undefined };
  for (const row of rows) {
    run.rows++;
    const r = reader.read(row);
    if (!r.ok) {
      (batch.failed ??= []).push(row);
      (batch.failedIssues ??= []).push(r.issues);
      continue;
    }
    if (r.issues.length > 0) (batch.warnings ??= [])[batch.records.length] = r.issues;
    batch.records.push(r.value);
    batch.rows.push(row);
  }
  return batch;
}

/**
 * References first (a row that points to nothing is rejected and not remembered as seen), then
 * the duplicate check for the whole batch at once (see `DuplicateCheck.checkStaged`).
 *
 * @returns per record staged for the duplicate check, 0 or 1 + the index of its first occurrence
 */
function checkAcross<T>(run: ImportRun<T>, table: TableName, batch: ReadBatch): Int32Array | undefined {
  const { dataset, dups } = run;
  for (let i = 0; i < batch.records.length; i++) {
    const rec = batch.records[i]!;
    if (dataset !== undefined) {
      const refs = dataset.check(table, rec);
      if (refs.length > 0) {
        (batch.refs ??= [])[i] = refs;
        continue;
      }
    }
    const r = batch.rows[i]!;
    dups?.stage(rec, r.row, r.line);
  }
  return dups?.checkStaged();
}

function settle<T>(run: ImportRun<T>, reader: RowReader<Record<string, unknown>>, table: TableName, batch: ReadBatch, firsts: Int32Array | undefined): { out: T[]; outRows: number[] } {
  const { collector, dups, dataset } = run;
  const { failed, failedIssues } = batch;
  const out: T[] = [];
  const outRows: number[] = [];
  let k = 0;
  let f = 0;
  for (let i = 0; i < batch.records.length; i++) {
    const rec = batch.records[i]!;
    const row = batch.rows[i]!;
    if (failed !== undefined) for (; f < failed.length && failed[f]!.row < row.row; f++) run.reject(failed[f]!, failedIssues![f]!);
    const warnings = batch.warnings?.[i];
    if (warnings !== undefined) for (const w of warnings) collector.add(w, run.place(row, reader.columnOf(w.path)));
    const refs = batch.refs?.[i];
    if (refs !== undefined) {
      run.reject(row, refs);
      continue;
    }
    if (dups !== undefined && firsts !== undefined) {
      const first = firsts[k]!;
      const differs = dups.stagedDiffs[k++]!;
      if (first > 0) {
        const dup = dups.duplicateIssue(rec, first - 1, differs);
        // A repeat that differs from its first row is rejected; the first row stays.
        if (differs !== 0) run.reject(row, [dup]);
        else {
          run.accepted++;
          run.duplicates++;
          collector.add(dup, run.place(row, reader.columnOf(dup.path)));
        }
        continue;
      }
    }
    run.accepted++;
    dataset?.remember(table, rec);
    out.push(rec as T);
    outRows.push(row.row);
  }
  if (failed !== undefined) for (; f < failed.length; f++) run.reject(failed[f]!, failedIssues![f]!);
  return { out, outRows };
}

/**
 * Size the duplicate check once, from the rows per byte so far and the file's size: it then never
 * grows, and never holds an old table beside a new one.
 */
function sizeDuplicateCheck<T>(run: ImportRun<T>): void {
  if (run.reserved || run.dups === undefined || run.rows < 2000) return;
  run.reserved = true;
  const p = run.options.progress;
  if (p?.totalBytes !== undefined && p.bytesRead > 0) run.dups.reserve(Math.ceil(((run.rows * p.totalBytes) / p.bytesRead) * 1.05));
}
