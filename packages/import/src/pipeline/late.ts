import { issue } from "@kinderwerk/core";
import type { DuplicateCheck } from "../checking/dataset/index.js";
import type { LateDuplicates } from "../checking/dataset/pairs.js";
import type { ImportRun } from "./run.js";

type Late = [row: number, first: number, line: number];
const byRow = (x: Late, y: Late): number => x[0] - y[0];

/**
 * The last stage: the duplicates found after the last row (beyond the memory budget) are counted,
 * reported to `onLateDuplicates`, dropped from the kept records, and put among the collected
 * issues in their rows' places. A cancelled import does not finish the check (its counts are as
 * far as it got); a check that could not finish makes the import incomplete.
 */
export async function finishDuplicates<T>(run: ImportRun<T>): Promise<void> {
  const check = run.dups;
  if (check === undefined || check.deferred === 0) return;
  const finished = run.options.signal?.aborted !== true && (await finishCheck(run, check));
  if (!finished && run.complete) {
    run.complete = false;
    run.collector.add(issue("file.aborted", [], {}), run.place());
  }
}

async function finishCheck<T>(run: ImportRun<T>, check: DuplicateCheck): Promise<boolean> {
  const { collector, options } = run;
  // Only the first `maxIssues` in row order can be collected, so no more are held.
  const cap = collector.max;
  const keep = options.keepRecords !== false;
  let late: Late[] = [];
  const lateRows: number[] = [];
  const found: LateDuplicates = async (foundRows, firstRows, n, lines) => {
    run.duplicates += n;
    for (let i = 0; i < n; i++) {
      collector.count("dataset.duplicate-attendance", "warning");
      const row = foundRows[i]!;
      if (keep) lateRows.push(row);
      if (cap > 0 && collector.wouldKeep(row)) late.push([row, firstRows[i]!, lines[i]!]);
    }
    if (late.length > 2 * cap) late = late.sort(byRow).slice(0, cap);
    if (options.onLateDuplicates !== undefined) await options.onLateDuplicates(Array.from(foundRows.subarray(0, n)), Array.from(firstRows.subarray(0, n)));
  };
  const finished = await check.finish(found, options.signal);
  late.sort(byRow);
  const column = run.reader?.columnOf(["childId"]);
  collector.insertLate(late.slice(0, cap).map(([row, first, line]) => ({ issue: check.warning({}, first), place: { ...run.place({ row, line }, column), row } })));
  dropLateRows(run, lateRows);
  return finished;
}

/** Drop the late duplicates from the kept records (from `lateFrom` on they are in file order, as are `keptRows`). */
function dropLateRows<T>(run: ImportRun<T>, lateRows: number[]): void {
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
