import { tableFromName, type TableBatch, type TableName } from "@kinderwerk/core";
import { DatasetCheck, TABLE_ORDER } from "../checking/dataset/index.js";
import type { Mapping, ResolvedMapping } from "../checking/mapping/index.js";
import { IssueCollector, type ImportIssue, type IssueCounts } from "../output/issues.js";
import type { ReadSource } from "../reading/source/index.js";
import { importTable } from "./importTable.js";
import type { ImportCounts, ImportOptions, ImportResult, LateDuplicateDetails, TableFiles } from "./options.js";
import { resolvePseudonymiser, type ImportRun } from "./run.js";
import { recordIssue } from "../types/recordIssue.js";

/** One file of a dataset: its name (which tells the table) and its contents. */
export interface DatasetFile {
  readonly name: string;
  readonly source: ReadSource;
  /** The table, when the name does not tell it. */
  readonly table?: TableName | undefined;
}

/** Options for {@link importDataset}: those of {@link importTable}, with a mapping per table. */
export interface ImportDatasetOptions extends Omit<ImportOptions, "table" | "fileName" | "mapping" | "dataset" | "tableFiles" | "onRecords" | "onRejects" | "onLateDuplicates"> {
  /**
   * Called after a table's last row with the duplicates found only then (see
   * {@link ImportOptions.onLateDuplicates}), per file: `details.file` is the file of the `rows`.
   */
  readonly onLateDuplicates?: ((table: TableName, rows: readonly number[], firstRows: readonly number[], details: LateDuplicateDetails & { readonly file: string }) => void | Promise<void>) | undefined;
  /** Write each file's rejects file as its rows come (see {@link ImportOptions.onRejects}): the bytes, with the table and the file. */
  readonly onRejects?: ((table: TableName, bytes: Uint8Array, file: string) => void | Promise<void>) | undefined;
  /** Mappings for other systems' exports, per table. */
  readonly mappings?: Partial<Record<TableName, Mapping | ResolvedMapping>> | undefined;
  /**
   * Called with each batch of accepted records of each file, their rows and the file. The table
   * and the records agree: `if (table === "children")` narrows the records to `Child[]`.
   */
  readonly onRecords?: ((...batch: [...TableBatch, rows: readonly number[], file: string]) => void | Promise<void>) | undefined;
}

/** The result of {@link importDataset}. */
export interface DatasetResult {
  /**
   * The result per table. For a table in one file, that file's result. For a table in several
   * files, their results as one: the records and the issues of every file (in file order; each
   * issue names its `file`), the counts summed, `complete` when every file was read to its end,
   * `format` and `dialect` when all files share them; `file` and `rejects` are then `undefined`:
   * each file has its own rejects file, in {@link DatasetResult.files}.
   */
  readonly tables: Partial<Record<TableName, ImportResult>>;
  /** The result of each file imported, in import order (table by table, a table's files in the order given). */
  readonly files: readonly ImportResult[];
  /** Files that could not be imported (no table recognised), with their issues. */
  readonly skipped: readonly ImportResult[];
  /** Every collected issue of every file, in import order. */
  readonly issues: readonly ImportIssue[];
  /** The counts over all files (`rows === accepted + rejected`). */
  readonly counts: Omit<ImportCounts, "byCode">;
}

/**
 * Import a dataset: files named after their tables (in English or Dutch, with the extension of
 * their format), in the order that lets every reference be checked — children, activities,
 * sessions, attendance, signals, referrals, … A table may come in several files
 * (`kinderen-2024.csv`, `kinderen-2025.csv`): they are read one after the other, in the order
 * given, as one table. Attendance must point to existing sessions and children, sessions to
 * existing activities, signals and referrals to existing children, whichever file of the table
 * holds them; a row that points to nothing is rejected. A key repeated with the same values is a
 * warning and counts once; repeated with other values it is an error that rejects the repeat, also
 * across the files of a table. Child ids are pseudonymised with one key across all tables when asked.
 *
 * @param files - the files
 * @param options - see {@link ImportDatasetOptions}
 * @returns the result per table and per file, and the totals
 * @throws {TypeError} when `pseudonymise.key` is shorter than 16 bytes
 * @throws {RangeError} when `duplicateMemory` is not a number of bytes, 0 or more
 * @example
 * const result = await importDataset([
 *   { name: "kinderen-2024.csv", source: children2024Csv },
 *   { name: "kinderen-2025.csv", source: children2025Csv },
 *   { name: "aanwezigheid.csv", source: attendanceCsv },
 * ]);
 * result.tables.children?.counts; // => { rows: …, accepted: …, rejected: … } (both files)
 * result.files.map((f) => f.file); // => ["kinderen-2024.csv", "kinderen-2025.csv", "aanwezigheid.csv"]
 */
export async function importDataset(files: Iterable<DatasetFile>, options: ImportDatasetOptions = {}): Promise<DatasetResult> {
  const { byTable, skipped } = groupByTable(files, options.lang ?? "nl");
  const pseudonymise = await resolvePseudonymiser(options.pseudonymise);
  const dataset = new DatasetCheck(byTable.keys());
  const tablesOut: Partial<Record<TableName, ImportResult>> = {};
  const fileResults: ImportResult[] = [];
  const shared: TableFiles<ImportRun<unknown>>[] = [];
  try {
    for (const table of TABLE_ORDER) {
      const group = byTable.get(table);
      if (group === undefined) continue;
      const tableFiles: TableFiles<ImportRun<unknown>> = { count: group.length, dups: undefined, missingReported: false, runs: [] };
      shared.push(tableFiles);
      for (const f of group) await importTable(f.source, fileOptions(options, table, f.name, { pseudonymise, dataset, tableFiles }));
      // Only now, after the table's last file, are the duplicates found after the last row in every file's counts.
      const results = tableFiles.runs.map((r) => r.result() as ImportResult);
      fileResults.push(...results);
      tablesOut[table] = results.length === 1 ? results[0]! : combine(table, results);
    }
  } finally {
    for (const t of shared) await t.dups?.dispose();
  }
  const issues: ImportIssue[] = [];
  for (const r of [...skipped, ...fileResults]) for (const i of r.issues) issues.push(i);
  const totals = { rows: 0, accepted: 0, rejected: 0, duplicates: 0, warnings: 0, errors: 0 };
  for (const r of [...skipped, ...fileResults]) for (const k of Object.keys(totals) as (keyof typeof totals)[]) totals[k] += r.counts[k];
  return { tables: tablesOut, files: fileResults, skipped, issues, counts: totals };
}

/** The files by table, each table's in the order given, and the files whose table cannot be told. */
function groupByTable(files: Iterable<DatasetFile>, lang: "nl" | "en"): { byTable: Map<TableName, DatasetFile[]>; skipped: ImportResult[] } {
  const byTable = new Map<TableName, DatasetFile[]>();
  const skipped: ImportResult[] = [];
  for (const f of files) {
    const table = f.table ?? tableFromName(f.name);
    if (table !== undefined) {
      const group = byTable.get(table);
      if (group === undefined) byTable.set(table, [f]);
      else group.push(f);
      continue;
    }
    const collector = new IssueCollector(10, lang);
    collector.add(recordIssue("import.table-unknown", [], { file: f.name }), { file: f.name });
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
  return { byTable, skipped };
}

/** The options of one file's import: the dataset's, with the table, the file and the callbacks told of both. */
function fileOptions(options: ImportDatasetOptions, table: TableName, file: string, extra: Pick<ImportOptions, "pseudonymise" | "dataset" | "tableFiles">): ImportOptions {
  const { mappings, onRecords, onRejects, onLateDuplicates, ...rest } = options;
  return {
    ...rest,
    ...extra,
    table,
    fileName: file,
    mapping: mappings?.[table],
    // This import reads `table`, so its records are that table's.
    onRecords: onRecords === undefined ? undefined : (recs, rows) => onRecords(...([table, recs, rows, file] as [...TableBatch, readonly number[], string])),
    onRejects: onRejects === undefined ? undefined : (bytes) => onRejects(table, bytes, file),
    onLateDuplicates: onLateDuplicates === undefined ? undefined : (rows, firstRows, details) => onLateDuplicates(table, rows, firstRows, { ...details, file }),
  };
}

/** The results of a table's files as one (see {@link DatasetResult.tables}). */
function combine(table: TableName, results: readonly ImportResult[]): ImportResult {
  const byCode: IssueCounts = Object.create(null) as IssueCounts;
  const counts = { rows: 0, accepted: 0, rejected: 0, duplicates: 0, warnings: 0, errors: 0 };
  for (const r of results) {
    for (const k of Object.keys(counts) as (keyof typeof counts)[]) counts[k] += r.counts[k];
    for (const [code, c] of Object.entries(r.counts.byCode)) {
      const to = (byCode[code] ??= { error: 0, warning: 0 });
      to.error += c.error;
      to.warning += c.warning;
    }
  }
  const shared = <V>(pick: (r: ImportResult) => V): V | undefined => {
    const first = JSON.stringify(pick(results[0]!));
    return results.every((r) => JSON.stringify(pick(r)) === first) ? pick(results[0]!) : undefined;
  };
  return {
    table,
    file: undefined,
    records: results.flatMap((r) => r.records),
    issues: results.flatMap((r) => r.issues),
    counts: { ...counts, byCode },
    truncated: results.some((r) => r.truncated),
    complete: results.every((r) => r.complete),
    format: shared((r) => r.format),
    dialect: shared((r) => r.dialect),
    rejects: undefined,
  };
}
