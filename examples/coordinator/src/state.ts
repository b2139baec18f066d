// The dataset the page holds: the files dropped, each with its table, and which file a later file
// of the same table adds to (a fixed rejects file adds to the table's first file).
import { tableFromName, type TableName } from "@kinderwerk/core";
import type { PassedByReason } from "./dataset/expand.js";
import type { DatasetEntry, ExpandedFile, FileOutcome, ReportOutcome } from "./protocol.js";

let nextId = 1;

/**
 * Add dropped files to the dataset. A file dropped again (same place, same size) replaces the one
 * before instead of being read twice.
 *
 * @param entries - the dataset so far
 * @param files - the files to add
 * @returns the new dataset
 */
export function addFiles(entries: readonly DatasetEntry[], files: readonly ExpandedFile[]): DatasetEntry[] {
  const out = [...entries];
  for (const f of files) {
    const entry: DatasetEntry = { id: `f${nextId++}`, name: f.name, label: f.label, blob: f.blob, table: tableFromName(f.name) };
    const same = out.findIndex((e) => e.label === f.label && e.blob.size === f.blob.size);
    if (same >= 0) out[same] = { ...entry, table: out[same]!.table };
    else out.push(entry);
  }
  return out;
}

/**
 * The file a file adds to: the first file of its table, when it is not that file itself.
 *
 * @param entries - the dataset
 * @param entry - a file of it
 * @returns the first file of the same table, or `undefined`
 */
export function addsTo(entries: readonly DatasetEntry[], entry: DatasetEntry): DatasetEntry | undefined {
  if (entry.table === undefined) return undefined;
  const first = entries.find((e) => e.table === entry.table);
  return first === undefined || first.id === entry.id ? undefined : first;
}

/** The dataset with one file's table changed. */
export function withTable(entries: readonly DatasetEntry[], id: string, table: TableName | undefined): DatasetEntry[] {
  return entries.map((e) => (e.id === id ? { ...e, table } : e));
}

/** Everything the page shows. */
export interface AppState {
  entries: DatasetEntry[];
  /** The outcome of each file in the last check, by file id. */
  outcomes: Map<string, FileOutcome>;
  /** The files passed by when they were dropped. */
  passedBy: { readonly label: string; readonly reason: PassedByReason }[];
  /** The file whose issues are shown. */
  selected: string | undefined;
  report: ReportOutcome | undefined;
  /** The report's choices changed since it was made. */
  reportStale: boolean;
  running: { readonly job: number; readonly kind: "check" | "report" } | undefined;
  progress: { readonly file: string; readonly bytesRead: number; readonly totalBytes: number } | undefined;
  status:
    | { readonly kind: "done"; readonly files: number }
    | { readonly kind: "stopped" }
    | { readonly kind: "failed"; readonly reason: "key-too-short" | "no-crypto" | "period" | "unexpected"; readonly detail: string }
    | undefined;
}
