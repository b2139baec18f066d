import { issue, type Issue } from "@kinderwerk/core";
import type { DuplicateCheck } from "../checking/dataset/index.js";
import type { LateDuplicates } from "../checking/dataset/pairSpill.js";
import type { ImportRun } from "./run.js";

type Late = [row: number, line: number, issue: Issue];
const byRow = (x: Late, y: Late): number => x[0] - y[0];

/**
 * The last stage: the duplicates found after the last row (beyond the memory budget) are counted
 * — an identical repeat as a duplicate, one that differs from its first row as a rejected row —,
 * reported to `onLateDuplicates`, dropped from the kept records, and put among the collected
 * issues in their rows' places. A table in several files shares one check: the files before the
 * last leave it to the last, which finishes it for all of them. A cancelled import does not finish
 * the check (its counts are as far as it got); a check that could not finish makes the import of
 * each of its files incomplete.
 */
export async function finishDuplicates<T>(run: ImportRun<T>): Promise<void> {
  const check = run.dups;
  if (check === undefined) return;
  if (!run.lastOfTable) {
    // The table's next file goes on with the check (importDataset disposes of it in the end).
    run.dups = undefined;
    return;
  }
  if (check.deferred === 0) return;
  const runs: ImportRun<unknown>[] = run.files?.runs ?? [run as ImportRun<unknown>];
  const finished = run.options.signal?.aborted !== true && (await finishCheck(runs, check, run.options.signal));
  if (finished) return;
  for (const r of runs) {
    if (!r.complete) continue;
    r.complete = false;
    r.collector.add(issue("file.aborted", [], {}), r.place());
  }
}

async function finishCheck(runs: readonly ImportRun<unknown>[], check: DuplicateCheck, signal: { readonly aborted: boolean } | undefined): Promise<boolean> {
  const byFile = new Map<number, LateRows>();
  for (const r of runs) if (r.dupsFile >= 0) byFile.set(r.dupsFile, new LateRows(r));
  const found: LateDuplicates = async (foundRows, firstRows, n, lines, differs) => {
    for (let i = 0; i < n; i++) {
      const at = check.locate(foundRows[i]!);
      byFile.get(at.file)?.take(check, at.file, at.row, firstRows[i]!, lines[i]!, differs[i]!);
    }
    for (const late of byFile.values()) await late.hand();
  };
  const finished = await check.finish(found, signal);
  for (const late of byFile.values()) late.end();
  return finished;
}

/** What the import of one file gathers of the duplicates found after the last row of its table. */
class LateRows {
  /** Issues to put in their places, at most about twice `maxIssues` (only the first by row can be collected). */
  private late: Late[] = [];
  /** Rows to drop from the kept records. */
  private readonly rows: number[] = [];
  /** The batch for `onLateDuplicates`. */
  private batch = { rows: [] as number[], firstRows: [] as number[], conflicting: [] as boolean[], firstFiles: [] as (string | undefined)[] };

  constructor(private readonly run: ImportRun<unknown>) {}

  /** Count one duplicate of this file: an identical repeat, or a conflicting one (then rejected). */
  take(check: DuplicateCheck, file: number, row: number, first: number, line: number, differs: number): void {
    const { run } = this;
    const found = check.duplicateIssue({}, first, differs, file);
    if (found.severity === "error") {
      run.accepted--;
      run.rejected.count++;
    } else run.duplicates++;
    run.collector.count(found.code, found.severity);
    if (run.options.keepRecords !== false) this.rows.push(row);
    const cap = run.collector.max;
    if (cap > 0 && run.collector.wouldKeep(row)) this.late.push([row, line, found]);
    if (this.late.length > 2 * cap) this.late = this.late.sort(byRow).slice(0, cap);
    if (run.options.onLateDuplicates === undefined) return;
    const b = this.batch;
    b.rows.push(row);
    b.firstRows.push(found.params["firstRow"] as number);
    b.conflicting.push(differs !== 0);
    const firstFile = found.params["firstFile"];
    b.firstFiles.push(typeof firstFile === "string" ? firstFile : undefined);
  }

  /** Hand the batch gathered to `onLateDuplicates`. */
  async hand(): Promise<void> {
    const b = this.batch;
    const callback = this.run.options.onLateDuplicates;
    if (b.rows.length === 0 || callback === undefined) return;
    this.batch = { rows: [], firstRows: [], conflicting: [], firstFiles: [] };
    await callback(b.rows, b.firstRows, { conflicting: b.conflicting, firstFiles: b.firstFiles });
  }

  /** Put the issues in their places and drop the rows from the kept records. */
  end(): void {
    const { run } = this;
    const cap = run.collector.max;
    const late = this.late.sort(byRow).slice(0, cap);
    run.collector.insertLate(late.map(([row, line, found]) => ({ issue: found, place: { ...run.place({ row, line }, run.reader?.columnOf(found.path)), row } })));
    dropLateRows(run, this.rows);
  }
}

/** Drop the late duplicates from the kept records (from `lateFrom` on they are in file order, as are `keptRows`). */
function dropLateRows(run: ImportRun<unknown>, lateRows: number[]): void {
  const { records, keptRows, lateFrom } = run;
  if (lateRows.length === 0 || lateFrom === undefined) return;
  lateRows.sort((x, y) => x - y);
  let w = lateFrom;
  let d = 0;
  for (let r = lateFrom, i = 0; r < records.length; r++, i++) {
    const row = keptRows[i]!;
    while (d < lateRows.length && lateRows[d]! < row) d++;
    if (d < lateRows.length && lateRows[d] === row) continue;
    records[w++] = records[r]!;
  }
  records.length = w;
}
