import { defaultCatalogues, tableFromName, type Catalogues, type Issue, type Lang, type TableName } from "@kinderwerk/core";
import type { DatasetCheck, DuplicateCheck } from "../checking/dataset/index.js";
import type { HeaderPlan } from "../checking/header/index.js";
import type { ResolvedMapping } from "../checking/mapping/index.js";
import { createPseudonymiser, type Pseudonymiser } from "../checking/pseudonym/index.js";
import type { RowReader } from "../checking/records/index.js";
import { IssueCollector, type IssuePlace } from "../output/issues.js";
import type { Header, Row } from "../types/rows.js";
import type { ImportOptions, ImportResult, TableFiles } from "./options.js";
import { RejectedRows } from "./rejected.js";

/** A pseudonymiser from the options: the one given, or one made from the key given. */
export async function resolvePseudonymiser(p: ImportOptions["pseudonymise"]): Promise<Pseudonymiser | undefined> {
  if (p === undefined) return undefined;
  return "apply" in p ? p : createPseudonymiser(p);
}

/**
 * The state of one import, in one place: the stages of {@link importEvents} (the header, each
 * batch of rows, the read's issues, the late duplicates) read and write it, and {@link result}
 * turns it into the import's result.
 */
export class ImportRun<T> {
  readonly lang: Lang;
  readonly catalogues: Catalogues;
  readonly collector: IssueCollector;
  readonly file: string | undefined;
  readonly dataset: DatasetCheck | undefined;
  /** The files of the table when it comes in several (see `importDataset`), this one among them. */
  readonly files: TableFiles<ImportRun<unknown>> | undefined;
  readonly rejected: RejectedRows;
  /** The table: from the options, the mapping or the file name, else guessed from the header. */
  table: TableName | undefined;
  header: Header | undefined;
  plan: HeaderPlan | undefined;
  reader: RowReader<Record<string, unknown>> | undefined;
  mapping: ResolvedMapping | undefined;
  /** The table or its mapping could not be told: every row is rejected unread. */
  blocked = false;
  dups: DuplicateCheck | undefined;
  /** This file's number in the duplicate check (-1 before its header): a check may be shared by the files of a table. */
  dupsFile = -1;
  /** Whether the duplicate check was sized from the file's size. */
  reserved = false;
  /** Header issues already reported (a JSON header repeats as keys appear). */
  readonly reported = new Set<string>();
  /** The accepted records kept for the result. */
  readonly records: T[] = [];
  /** Rows of the kept records from the first deferred duplicate check on, to drop late duplicates. */
  readonly keptRows: number[] = [];
  /** Where in `records` the rows of `keptRows` start. */
  lateFrom: number | undefined;
  rows = 0;
  accepted = 0;
  duplicates = 0;
  /** Whether the read reached its end. */
  complete = false;

  private constructor(
    readonly options: ImportOptions<T>,
    readonly pseudonymiser: Pseudonymiser | undefined,
  ) {
    this.lang = options.lang ?? "nl";
    this.catalogues = options.catalogues ?? defaultCatalogues;
    this.collector = new IssueCollector(options.maxIssues ?? 1000, this.lang);
    this.file = options.fileName;
    this.dataset = options.dataset;
    // The runs of a table's files are kept together whatever their record type (they share one check).
    this.files = options.tableFiles as TableFiles<ImportRun<unknown>> | undefined;
    const mappingTable = options.mapping?.table;
    this.table = options.table ?? (typeof mappingTable === "string" ? mappingTable : undefined) ?? (this.file === undefined ? undefined : tableFromName(this.file));
    this.rejected = new RejectedRows(options, this.lang);
  }

  /**
   * Start an import: check the options and make the pseudonymiser.
   *
   * @throws {RangeError} when `duplicateMemory` is not a number of bytes, 0 or more
   */
  static async start<T>(options: ImportOptions<T>): Promise<ImportRun<T>> {
    if (options.duplicateMemory !== undefined && !(options.duplicateMemory >= 0)) throw new RangeError("duplicateMemory: expected a number of bytes, 0 or more (Infinity for no limit)");
    const run = new ImportRun(options, await resolvePseudonymiser(options.pseudonymise));
    run.files?.runs.push(run as ImportRun<unknown>);
    return run;
  }

  /** Whether this is the last file of its table (always, for a table in one file): it finishes the duplicate check. */
  get lastOfTable(): boolean {
    return this.files === undefined || (this.files.runs.length === this.files.count && this.files.runs[this.files.count - 1] === (this as ImportRun<unknown>));
  }

  /** Where an issue is: this import's table and file, and the row and column when known. */
  place(row?: Pick<Row, "row" | "line">, column?: string): IssuePlace {
    return { table: this.table, file: this.file, row: row?.row, line: row?.line, column };
  }

  /** Count a row as rejected, collect its issues and add it to the rejects file. */
  reject(row: Row, issues: readonly Issue[]): void {
    const reasons: { issue: Issue; column: string | undefined }[] = [];
    for (const i of issues) {
      const column = this.reader?.columnOf(i.path);
      this.collector.add(i, this.place(row, column));
      if (i.severity === "error") reasons.push({ issue: i, column });
    }
    const truncated = this.rejected.add(row, reasons, this.header, this.plan?.reasonsIndex ?? -1);
    if (truncated !== undefined) this.collector.add(truncated, this.place());
  }

  /** Count rows rejected without being read (the table could not be told). */
  rejectUnread(n: number): void {
    this.rows += n;
    this.rejected.count += n;
  }

  /** Hand accepted records on: keep them for the result and pass them to `onRecords`. */
  async emit(out: T[], outRows: number[]): Promise<void> {
    if (this.options.keepRecords !== false) {
      if (this.lateFrom === undefined && this.dups !== undefined && this.dups.deferred > 0) this.lateFrom = this.records.length;
      for (const r of out) this.records.push(r);
      if (this.lateFrom !== undefined) for (const row of outRows) this.keptRows.push(row);
    }
    if (this.options.onRecords !== undefined && out.length > 0) await this.options.onRecords(out, outRows);
  }

  /** The import's result. */
  result(): ImportResult<T> {
    const c = this.collector;
    return {
      table: this.table,
      file: this.file,
      records: this.records,
      issues: c.issues,
      counts: { rows: this.rows, accepted: this.accepted, rejected: this.rejected.count, duplicates: this.duplicates, warnings: c.warnings, errors: c.errors, byCode: c.byCode },
      truncated: c.truncated,
      complete: this.complete,
      format: this.header?.format,
      dialect: this.header?.dialect,
      rejects: this.rejected.file,
    };
  }
}
