// The totals of a dataset whose tables may have later files: a fixed rejects file, dropped back,
// brings in rows its table's first file rejected.
import type { TableName } from "@kinderwerk/core";

/** The counts of a file read, and its table. */
export interface CountedFile {
  readonly table: TableName;
  readonly rows: number;
  readonly accepted: number;
  readonly rejected: number;
}

/** The totals of a dataset. */
export interface DatasetTotals {
  /** The rows of the first file of each table. */
  readonly rows: number;
  /** Rows of the first files still rejected: those rejected less those that later files brought in. */
  readonly rejected: number;
  /** The rows of the later files, and how many of them were accepted. */
  readonly laterRows: number;
  readonly laterAccepted: number;
}

/**
 * The totals of a dataset. A later file of a table is taken to hold rows its first file rejected
 * (a rejects file, fixed): each row it accepts is one rejected row fewer, never fewer than none.
 *
 * @param files - the files read, in the order they were given (the first of a table is its file)
 * @returns the totals
 * @example
 * datasetTotals([{ table: "children", rows: 6, accepted: 4, rejected: 2 }, { table: "children", rows: 2, accepted: 2, rejected: 0 }]);
 * // => { rows: 6, rejected: 0, laterRows: 2, laterAccepted: 2 }
 */
export function datasetTotals(files: readonly CountedFile[]): DatasetTotals {
  const byTable = new Map<TableName, { rows: number; rejected: number; laterAccepted: number }>();
  let laterRows = 0;
  let laterAccepted = 0;
  for (const f of files) {
    const t = byTable.get(f.table);
    if (t === undefined) byTable.set(f.table, { rows: f.rows, rejected: f.rejected, laterAccepted: 0 });
    else {
      t.laterAccepted += f.accepted;
      laterRows += f.rows;
      laterAccepted += f.accepted;
    }
  }
  let rows = 0;
  let rejected = 0;
  for (const t of byTable.values()) {
    rows += t.rows;
    rejected += Math.max(0, t.rejected - t.laterAccepted);
  }
  return { rows, rejected, laterRows, laterAccepted };
}
