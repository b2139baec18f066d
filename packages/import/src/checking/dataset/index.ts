import type { Issue, TableName } from "@kinderwerk/core";
import { TABLE_NAMES } from "@kinderwerk/core";
import { DuplicateCheck } from "./duplicates.js";
import { DatasetCheck, TABLE_ORDER } from "./references.js";

export { PairSet } from "./pairs.js";
export { DatasetCheck, REFERENCES, TABLE_ORDER } from "./references.js";
export type { DatasetReference } from "./references.js";
export { Interner } from "./interner.js";
export { DuplicateCheck } from "./duplicates.js";
export type { DuplicateCheckOptions } from "./duplicates.js";

/** An issue of {@link checkDataset}: which table and which record (index in its array). */
export interface DatasetIssue extends Issue {
  readonly table: TableName;
  readonly index: number;
}

/**
 * Check a dataset held in memory: references across tables and duplicates within them (a repeat
 * that differs from the first record of its key is a `dataset.conflicting-duplicate` error, an
 * identical one a warning).
 *
 * @param dataset - records by table (any table may be absent)
 * @returns the issues, each with its table and the record's index
 * @example
 * checkDataset({ sessions: [{ sessionId: "b-1", activityId: "a-9", date: "2025-10-01", durationMinutes: 60 }], activities: [] });
 * // => [{ code: "dataset.unknown-reference", table: "sessions", index: 0, path: ["activityId"], … }]
 */
export function checkDataset(dataset: Partial<Record<TableName, readonly Readonly<Record<string, unknown>>[]>>): DatasetIssue[] {
  const present = TABLE_NAMES.filter((t) => dataset[t] !== undefined);
  const check = new DatasetCheck(present);
  const out: DatasetIssue[] = [];
  for (const table of TABLE_ORDER) {
    const records = dataset[table];
    if (records === undefined) continue;
    const dups = new DuplicateCheck(table);
    records.forEach((record, index) => {
      for (const i of check.check(table, record)) out.push({ ...i, table, index });
      const dup = dups.check(record, index + 2);
      if (dup !== undefined) out.push({ ...dup, table, index });
      check.remember(table, record);
    });
  }
  return out;
}
