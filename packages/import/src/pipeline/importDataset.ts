import { issue, tableFromName, type TableBatch, type TableName } from "@kinderwerk/core";
import { DatasetCheck, TABLE_ORDER } from "../checking/dataset/index.js";
import type { Mapping, ResolvedMapping } from "../checking/mapping/index.js";
import { IssueCollector, type ImportIssue } from "../output/issues.js";
import type { ReadSource } from "../reading/source/index.js";
import { importTable } from "./importTable.js";
import type { ImportCounts, ImportOptions, ImportResult } from "./options.js";
import { resolvePseudonymiser } from "./run.js";

/** One file of a dataset: its name (which tells the table) and its contents. */
export interface DatasetFile {
  readonly name: string;
  readonly source: ReadSource;
  /** The table, when the name does not tell it. */
  readonly table?: TableName | undefined;
}

/** Options for {@link importDataset}: those of {@link importTable}, with a mapping per table. */
export interface ImportDatasetOptions extends Omit<ImportOptions, "table" | "fileName" | "mapping" | "dataset" | "onRecords" | "onRejects" | "onLateDuplicates"> {
  /** Called after a table's last row with the duplicates found only then (see {@link ImportOptions.onLateDuplicates}). */
  readonly onLateDuplicates?: ((table: TableName, rows: readonly number[], firstRows: readonly number[]) => void | Promise<void>) | undefined;
  /** Write each table's rejects file as its rows come (see {@link ImportOptions.onRejects}). */
  readonly onRejects?: ((table: TableName, bytes: Uint8Array) => void | Promise<void>) | undefined;
  /** Mappings for other systems' exports, per table. */
  readonly mappings?: Partial<Record<TableName, Mapping | ResolvedMapping>> | undefined;
  /**
   * Called with each batch of accepted records of each table, and their rows. The table and the
   * records agree: `if (table === "children")` narrows the records to `Child[]`.
   */
  readonly onRecords?: ((...batch: [...TableBatch, rows: readonly number[]]) => void | Promise<void>) | undefined;
}

/** The result of {@link importDataset}. */
export interface DatasetResult {
  /** The result per table. */
  readonly tables: Partial<Record<TableName, ImportResult>>;
  /** Files that could not be imported (no table recognised, or a second file for a table), with their issues. */
  readonly skipped: readonly ImportResult[];
  /** Every collected issue of every file, in import order. */
  readonly issues: readonly ImportIssue[];
  /** The counts over all tables (`rows === accepted + rejected`). */
  readonly counts: Omit<ImportCounts, "byCode">;
}

/**
 * Import a dataset: one file per table (named after the table, in English or Dutch, with the
 * extension of its format), in the order that lets every reference be checked — children,
 * activities, sessions, attendance, signals, referrals. Attendance must point to existing
 * sessions and children, sessions to existing activities, signals and referrals to existing
 * children; a row that points to nothing is rejected. Duplicates are warnings and count once.
 * Child ids are pseudonymised with one key across all tables when asked.
 *
 * @param files - the files
 * @param options - see {@link ImportDatasetOptions}
 * @returns the result per table and the totals
 * @throws {TypeError} when `pseudonymise.key` is shorter than 16 bytes
 * @throws {RangeError} when `duplicateMemory` is not a number of bytes, 0 or more
 * @example
 * const result = await importDataset([
 *   { name: "bijeenkomsten.csv", source: sessionsCsv },
 *   { name: "aanwezigheid.csv", source: attendanceCsv },
 * ]);
 * result.tables.attendance?.counts; // => { rows: …, accepted: …, rejected: … }
 */
export async function importDataset(files: Iterable<DatasetFile>, options: ImportDatasetOptions = {}): Promise<DatasetResult> {
  const byTable = new Map<TableName, DatasetFile>();
  const skipped: ImportResult[] = [];
  const lang = options.lang ?? "nl";
  for (const f of files) {
    const table = f.table ?? tableFromName(f.name);
    const collector = new IssueCollector(10, lang);
    if (table === undefined) {
      collector.add(issue("import.table-unknown", [], { file: f.name }), { file: f.name });
    } else if (byTable.has(table)) {
      collector.add(issue("dataset.table-twice", [], { table, file: f.name }), { table, file: f.name });
    } else {
      byTable.set(table, f);
      continue;
    }
    skipped.push({
      table,
      file: f.name,
      records: [],
      issues: collector.issues,
      counts: { rows: 0, accepted: 0, rejected: 0, duplicates: 0, warnings: collector.warnings, errors: collector.errors, byCode: collector.byCode },
      truncated: false,
      complete: false,
      format: undefined,
      dialect: undefined,
      rejects: undefined,
    });
  }
  const pseudonymise = await resolvePseudonymiser(options.pseudonymise);
  const dataset = new DatasetCheck(byTable.keys());
  const tablesOut: Partial<Record<TableName, ImportResult>> = {};
  const issues: ImportIssue[] = [];
  for (const i of skipped) issues.push(...i.issues);
  const totals = { rows: 0, accepted: 0, rejected: 0, duplicates: 0, warnings: 0, errors: 0 };
  for (const table of TABLE_ORDER) {
    const f = byTable.get(table);
    if (f === undefined) continue;
    const { mappings, onRecords, onRejects, onLateDuplicates, ...rest } = options;
    const result = await importTable(f.source, {
      ...rest,
      table,
      fileName: f.name,
      mapping: mappings?.[table],
      pseudonymise,
      dataset,
      // This import reads `table`, so its records are that table's.
      onRecords: onRecords === undefined ? undefined : (recs, rows) => onRecords(...([table, recs, rows] as [...TableBatch, readonly number[]])),
      onRejects: onRejects === undefined ? undefined : (bytes) => onRejects(table, bytes),
      onLateDuplicates: onLateDuplicates === undefined ? undefined : (rows, firstRows) => onLateDuplicates(table, rows, firstRows),
    });
    tablesOut[table] = result;
    issues.push(...result.issues);
    for (const k of Object.keys(totals) as (keyof typeof totals)[]) totals[k] += result.counts[k];
  }
  for (const s of skipped) {
    totals.errors += s.counts.errors;
    totals.warnings += s.counts.warnings;
  }
  return { tables: tablesOut, skipped, issues, counts: totals };
}
