import { defaultCatalogues, issue, type Catalogues, type Issue, type Lang, tableFromName, type TableBatch, type TableName, type TableRecord } from "@kinderwerk/core";
import { DatasetCheck, DuplicateCheck, TABLE_ORDER } from "../checking/dataset/index.js";
import type { LateDuplicates } from "../checking/dataset/pairs.js";
import type { TextEncoding } from "../reading/decode/index.js";
import { guessTable, resolveHeader, type HeaderPlan } from "../checking/header/index.js";
import type { ReadLimits } from "../reading/limits/index.js";
import { parseMapping, type Mapping, type ResolvedMapping } from "../checking/mapping/index.js";
import { createPseudonymiser, type Pseudonymiser, type PseudonymOptions } from "../checking/pseudonym/index.js";
import { readRows } from "../reading/readRows.js";
import type { CsvDialect, FileFormat, Header, ReadEvent, Row } from "../types/rows.js";
import { IssueCollector, type ImportIssue, type IssueCounts } from "../output/issues.js";
import { createRowReader, type RowReader } from "../checking/records/index.js";
import { RejectsFile, RejectsWriter, rejectsDialect, type RejectsSink } from "../output/rejects/index.js";
import type { ReadProgress, ReadSource } from "../reading/source/index.js";
import { memorySpillStore, type SpillStoreFactory } from "../checking/spill/index.js";
import type { AbortSignalLike } from "../_lib/platform.js";

/** Options for {@link importTable}. */
export interface ImportOptions<T = Record<string, unknown>> {
  /** The table the file holds; found from `fileName`, then from the header, when left out. */
  readonly table?: TableName | undefined;
  /** The file's name (`aanwezigheid.csv`): tells the table and the format. */
  readonly fileName?: string | undefined;
  /** The language of the messages: `nl` (default) or `en`. */
  readonly lang?: Lang | undefined;
  /** The catalogues in use (default: the default catalogues). */
  readonly catalogues?: Catalogues | undefined;
  /** A mapping for another system's export (see `parseMapping`). */
  readonly mapping?: Mapping | ResolvedMapping | undefined;
  /** Pseudonymise child ids with this key (or this pseudonymiser, to share one across files). */
  readonly pseudonymise?: PseudonymOptions | Pseudonymiser | undefined;
  /** The most issues to collect (default 1000); counts stay exact beyond it. */
  readonly maxIssues?: number | undefined;
  /** Cancels the import (it ends with `file.aborted`, counts as far as it got). */
  readonly signal?: AbortSignalLike | undefined;
  /** Called as the file is read. */
  readonly onProgress?: ((progress: ReadProgress) => void) | undefined;
  /** Called with each batch of accepted records (after pseudonymisation), in file order. */
  readonly onRecords?: ((records: readonly T[], rows: readonly number[]) => void | Promise<void>) | undefined;
  /** Keep the accepted records in the result (default `true`; set `false` with `onRecords` for bounded memory). */
  readonly keepRecords?: boolean | undefined;
  /** Collect the rejected rows for a rejects file (default `true`). */
  readonly rejects?: boolean | undefined;
  /**
   * Write the rejects file as the rows come instead of holding it: called with its bytes, piece by
   * piece (the header first), in the input's dialect and encoding and in the language `lang`;
   * awaited. `result.rejects` is then `undefined`. Use it for large files.
   */
  readonly onRejects?: RejectsSink | undefined;
  /** The most rejected rows held for `result.rejects` (default 10,000); beyond it the rejects file is cut short with a warning. */
  readonly maxRejects?: number | undefined;
  /**
   * Find duplicates within the table (default `true`). Holds a small number per distinct id and,
   * for attendance, 12 bytes a table slot per distinct session and child pair (16–24 bytes a pair),
   * up to `duplicateMemory`.
   */
  readonly duplicates?: boolean | undefined;
  /**
   * The most bytes the attendance duplicate check's table of session and child pairs may hold
   * (default {@link DEFAULT_DUPLICATE_MEMORY}, 48 MiB: about 3.1 million distinct pairs). Beyond
   * it the check stays exact but finishes after the last row: pairs seen for the first time once
   * the table is full are spilled to `spill`, and their repeats are reported at the end, after
   * their records went to `onRecords` (see `onLateDuplicates`).
   */
  readonly duplicateMemory?: number | undefined;
  /**
   * Where the pairs beyond `duplicateMemory` go: in memory by default in the browser entry point,
   * temporary files in the Node entry point (`@kinderwerk/import/node`).
   */
  readonly spill?: SpillStoreFactory | undefined;
  /**
   * Called after the last row with the duplicates found only then (beyond `duplicateMemory`),
   * whose records were already handed to `onRecords`: their rows, and the row of each one's first
   * occurrence. In batches, each in file order, the batches not in file order. Awaited.
   */
  readonly onLateDuplicates?: ((rows: readonly number[], firstRows: readonly number[]) => void | Promise<void>) | undefined;
  /** The file format (detected from `fileName` or the first bytes when left out). */
  readonly format?: FileFormat | undefined;
  /** CSV: force the delimiter instead of detecting it. */
  readonly delimiter?: CsvDialect["delimiter"] | undefined;
  /** CSV, NDJSON, JSON: force the text encoding instead of detecting it. */
  readonly encoding?: TextEncoding | undefined;
  /** XLSX: the sheet to read by name (the first sheet when left out). */
  readonly sheet?: string | undefined;
  /** Limits that keep the read bounded (see `defaultReadLimits`). */
  readonly limits?: Partial<ReadLimits> | undefined;
  /** @internal The dataset check of {@link importDataset}. */
  readonly dataset?: DatasetCheck | undefined;
  /** @internal The partitions of the duplicate check's spill (default 128). */
  readonly spillParts?: number | undefined;
  /** @internal How far the read is (set by {@link importTable}), to size the duplicate check once. */
  readonly progress?: { bytesRead: number; totalBytes: number | undefined } | undefined;
}

/** The default memory budget of the attendance duplicate check's pair table: 48 MiB, about 3.1 million distinct session and child pairs. */
export const DEFAULT_DUPLICATE_MEMORY = 48 * 1024 * 1024;

/** The counts of an import. `rows === accepted + rejected`, always. */
export interface ImportCounts {
  /** Rows read (not counting the header and empty rows). */
  readonly rows: number;
  /** Rows accepted (including duplicates, which are accepted with a warning and counted once). */
  readonly accepted: number;
  /** Rows rejected. */
  readonly rejected: number;
  /** Accepted rows that repeat an earlier record (not added to `records` again). */
  readonly duplicates: number;
  /** Warnings found (all, also beyond `maxIssues`). */
  readonly warnings: number;
  /** Errors found (all, also beyond `maxIssues`). */
  readonly errors: number;
  /** Every issue counted by code and severity. */
  readonly byCode: IssueCounts;
}

/** The result of {@link importTable}. */
export interface ImportResult<T = Record<string, unknown>> {
  /** The table imported, or `undefined` when it could not be told. */
  readonly table: TableName | undefined;
  /** The file name, when given. */
  readonly file: string | undefined;
  /** The accepted records (empty when `keepRecords` is `false`). */
  readonly records: T[];
  /** The collected issues (at most `maxIssues`), each with row, column and message. */
  readonly issues: ImportIssue[];
  /** Exact counts. */
  readonly counts: ImportCounts;
  /** Whether issues were left out because of `maxIssues`. */
  readonly truncated: boolean;
  /** Whether the whole file was read (`false` when reading stopped: a broken file, a cancelled read). */
  readonly complete: boolean;
  /** The file format. */
  readonly format: FileFormat | undefined;
  /** The CSV dialect found (CSV only). */
  readonly dialect: CsvDialect | undefined;
  /** The rejected rows as a rejects file (when `rejects` is not `false` and a row was rejected). */
  readonly rejects: RejectsFile | undefined;
}


async function resolvePseudonymiser(p: ImportOptions["pseudonymise"]): Promise<Pseudonymiser | undefined> {
  if (p === undefined) return undefined;
  return "apply" in p ? p : createPseudonymiser(p);
}

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
  if (options.duplicateMemory !== undefined && !(options.duplicateMemory >= 0)) throw new RangeError("duplicateMemory: expected a number of bytes, 0 or more (Infinity for no limit)");
  const lang = options.lang ?? "nl";
  const catalogues = options.catalogues ?? defaultCatalogues;
  const collector = new IssueCollector(options.maxIssues ?? 1000, lang);
  const pseudonymiser = await resolvePseudonymiser(options.pseudonymise);
  const keep = options.keepRecords !== false;
  const wantRejects = options.rejects !== false;
  const file = options.fileName;
  const records: T[] = [];
  const mappingTable = options.mapping?.table;
  let table: TableName | undefined = options.table ?? (typeof mappingTable === "string" ? mappingTable : undefined) ?? (file === undefined ? undefined : tableFromName(file));
  let plan: HeaderPlan | undefined;
  let reader: RowReader<Record<string, unknown>> | undefined;
  let header: Header | undefined;
  let blocked = false;
  let rejectsFile: RejectsFile | undefined;
  let rejectsWriter: RejectsWriter | undefined;
  let reserved = false;
  const sink = options.onRejects;
  const maxRejects = options.maxRejects ?? 10_000;
  let dups: DuplicateCheck | undefined;
  // Rows of the kept records from the first deferred duplicate check on, to drop late duplicates.
  let lateFrom: number | undefined;
  const keptRows: number[] = [];
  let mapping: ResolvedMapping | undefined;
  const reported = new Set<string>();
  let rows = 0;
  let accepted = 0;
  let rejected = 0;
  let duplicates = 0;
  let complete = false;
  const dataset = options.dataset;
  const hasChildId = (t: TableName): boolean => t === "children" || t === "attendance" || t === "signals" || t === "referrals";

  const place = (row: Pick<Row, "row" | "line"> | undefined, column?: string) => ({ table, file, row: row?.row, line: row?.line, column });

  const reject = (row: Row, issues: readonly Issue[]): void => {
    rejected++;
    const reasons: { issue: Issue; column: string | undefined }[] = [];
    for (const i of issues) {
      const column = reader?.columnOf(i.path);
      collector.add(i, place(row, column));
      if (i.severity === "error") reasons.push({ issue: i, column });
    }
    if (!wantRejects || header === undefined) return;
    if (sink !== undefined) {
      rejectsWriter ??= new RejectsWriter(header.cells, rejectsDialect(header.format, header.dialect), plan?.reasonsIndex ?? -1, lang, sink);
      rejectsWriter.add(row.row, row.cells, reasons);
      return;
    }
    rejectsFile ??= new RejectsFile(header.cells, rejectsDialect(header.format, header.dialect), plan?.reasonsIndex ?? -1, maxRejects);
    if (rejectsFile.truncated) return;
    rejectsFile.add(row.row, row.cells, reasons);
    if (rejectsFile.truncated) collector.add(issue("import.rejects-truncated", [], { max: maxRejects }, "warning"), place(undefined));
  };

  const startHeader = (h: Header): void => {
    header = h;
    if (table === undefined) table = guessTable(h.cells);
    if (table === undefined) {
      blocked = true;
      collector.add(issue("import.table-unknown", [], file === undefined ? {} : { file }), place(undefined));
      return;
    }
    if (options.mapping !== undefined && mapping === undefined && !blocked) {
      const m = isResolved(options.mapping) ? { ok: true as const, value: options.mapping } : parseMapping(options.mapping, table, catalogues);
      if (!m.ok) {
        blocked = true;
        for (const i of m.issues) collector.add(i, place(undefined));
        return;
      }
      mapping = m.value;
    }
    plan = resolveHeader(h.cells, table, mapping === undefined ? {} : { columns: mapping.columns });
    for (const i of plan.issues) {
      // NDJSON and JSON headers grow as keys appear: a key missing so far is not a missing column
      // (each row without it says so itself).
      if ((i.code === "header.missing-column" || i.code === "header.missing") && (h.format === "ndjson" || h.format === "json")) continue;
      const key = `${i.code}\u0000${String(i.params["column"] ?? i.params["field"] ?? "")}`;
      if (reported.has(key)) continue;
      reported.add(key);
      collector.add(i, { ...place(undefined), row: h.row, column: typeof i.params["column"] === "string" ? i.params["column"] : typeof i.params["alias"] === "string" ? i.params["alias"] : undefined });
    }
    reader = createRowReader<Record<string, unknown>>(plan, {
      catalogues,
      mapping,
      format: h.format,
      delimiter: h.dialect?.delimiter,
      date1904: h.date1904 === true,
      hideChildIds: pseudonymiser !== undefined,
    });
    rejectsFile?.useHeader(h.cells);
    if (dataset !== undefined && dups === undefined) for (const i of dataset.missing(table)) collector.add(i, place(undefined, reader.columnOf(i.path)));
    if (options.duplicates !== false) dups ??= new DuplicateCheck(table, { memory: options.duplicateMemory ?? DEFAULT_DUPLICATE_MEMORY, spill: options.spill ?? memorySpillStore, spillParts: options.spillParts });
  };

  const batch = async (batchRows: readonly Row[]): Promise<void> => {
    if (blocked || reader === undefined || table === undefined) {
      rows += batchRows.length;
      rejected += batchRows.length;
      return;
    }
    const pending: Record<string, unknown>[] = [];
    const pendingRows: Row[] = [];
    let warningsOf: (readonly Issue[] | undefined)[] | undefined;
    // Rows the reader rejected: their issues join the others in row order below.
    let failed: Row[] | undefined;
    let failedIssues: (readonly Issue[])[] | undefined;
    for (const row of batchRows) {
      rows++;
      const r = reader.read(row);
      if (!r.ok) {
        (failed ??= []).push(row);
        (failedIssues ??= []).push(r.issues);
        continue;
      }
      if (r.issues.length > 0) (warningsOf ??= [])[pending.length] = r.issues;
      pending.push(r.value);
      pendingRows.push(row);
    }
    if (pseudonymiser !== undefined && hasChildId(table) && pending.length > 0) await pseudonymiser.apply(pending as { childId: string }[]);
    // References first (a row that points to nothing is rejected and not remembered as seen), then
    // the duplicate check for the whole batch at once (see DuplicateCheck.checkStaged), then the
    // outcome row by row, in file order: the issues are collected by row.
    let refsOf: (readonly Issue[] | undefined)[] | undefined;
    for (let i = 0; i < pending.length; i++) {
      const rec = pending[i]!;
      if (dataset !== undefined) {
        const refs = dataset.check(table, rec);
        if (refs.length > 0) {
          (refsOf ??= [])[i] = refs;
          continue;
        }
      }
      const r = pendingRows[i]!;
      dups?.stage(rec, r.row, r.line);
    }
    const firsts = dups?.checkStaged();
    let k = 0;
    const out: T[] = [];
    const outRows: number[] = [];
    let f = 0;
    for (let i = 0; i < pending.length; i++) {
      const rec = pending[i]!;
      const row = pendingRows[i]!;
      if (failed !== undefined) for (; f < failed.length && failed[f]!.row < row.row; f++) reject(failed[f]!, failedIssues![f]!);
      const warnings = warningsOf?.[i];
      if (warnings !== undefined) for (const w of warnings) collector.add(w, place(row, reader.columnOf(w.path)));
      const refs = refsOf?.[i];
      if (refs !== undefined) {
        reject(row, refs);
        continue;
      }
      accepted++;
      if (dups !== undefined && firsts !== undefined) {
        const first = firsts[k++]!;
        if (first > 0) {
          duplicates++;
          const dup = dups.warning(rec, first - 1);
          collector.add(dup, place(row, reader.columnOf(dup.path)));
          continue;
        }
      }
      dataset?.remember(table, rec);
      out.push(rec as T);
      outRows.push(row.row);
    }
    if (failed !== undefined) for (; f < failed.length; f++) reject(failed[f]!, failedIssues![f]!);
    // Size the duplicate check once, from the rows per byte so far and the file's size: it then
    // never grows, and never holds an old table beside a new one.
    if (!reserved && dups !== undefined && rows >= 2000) {
      reserved = true;
      const p = options.progress;
      if (p?.totalBytes !== undefined && p.bytesRead > 0) dups.reserve(Math.ceil(((rows * p.totalBytes) / p.bytesRead) * 1.05));
    }
    if (dups?.draining === true) await dups.drain();
    if (rejectsWriter !== undefined) await rejectsWriter.flush();
    await emit(out, outRows);
  };

  const emit = async (out: T[], outRows: number[]): Promise<void> => {
    if (keep) {
      if (lateFrom === undefined && dups !== undefined && dups.deferred > 0) lateFrom = records.length;
      for (const r of out) records.push(r);
      if (lateFrom !== undefined) for (const row of outRows) keptRows.push(row);
    }
    if (options.onRecords !== undefined && out.length > 0) await options.onRecords(out, outRows);
  };

  // The duplicates found after the last row (beyond the memory budget): counted, reported to
  // onLateDuplicates, dropped from the kept records, and put among the collected issues in their
  // rows' places (only the first `maxIssues` in row order can be collected, so no more are held).
  const finishDuplicates = async (check: DuplicateCheck): Promise<boolean> => {
    const cap = collector.max;
    let late: [row: number, first: number, line: number][] = [];
    const lateRows: number[] = [];
    const byRow = (x: [number, number, number], y: [number, number, number]): number => x[0] - y[0];
    const found: LateDuplicates = async (foundRows, firstRows, n, lines) => {
      duplicates += n;
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
    const column = reader?.columnOf(["childId"]);
    collector.insertLate(late.slice(0, cap).map(([row, first, line]) => ({ issue: check.warning({}, first), place: { table, file, row, line, column } })));
    if (lateRows.length > 0 && lateFrom !== undefined) {
      // Kept records from lateFrom on are in file order, as are keptRows; drop the late rows.
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
    return finished;
  };

  try {
    for await (const event of events) {
      switch (event.type) {
        case "header":
          startHeader(event.header);
          break;
        case "rows":
          await batch(event.rows);
          break;
        case "issue": {
          const p = event.issue.params;
          if (typeof p["row"] === "number" && event.issue.severity === "error") {
            rows++;
            rejected++;
            collector.add(event.issue, { ...place(undefined), row: p["row"], line: typeof p["line"] === "number" ? p["line"] : undefined });
          } else collector.add(event.issue, place(undefined));
          break;
        }
        case "error": {
          const p = event.issue.params;
          collector.add(event.issue, { ...place(undefined), row: typeof p["row"] === "number" ? p["row"] : undefined });
          break;
        }
        case "end":
          complete = true;
          break;
      }
    }
    if (dups !== undefined && dups.deferred > 0) {
      // A cancelled import does not finish the check (its counts are as far as it got).
      const finished = options.signal?.aborted !== true && (await finishDuplicates(dups));
      if (!finished && complete) {
        complete = false;
        collector.add(issue("file.aborted", [], {}), place(undefined));
      }
    }
  } finally {
    await dups?.dispose();
  }
  // A file read to its end without a single data row was not read as data: never "all rows accepted".
  if (complete && rows === 0) collector.add(issue("file.no-rows", [], {}), place(undefined));
  if (rejectsWriter !== undefined) await rejectsWriter.flush();
  return {
    table,
    file,
    records,
    issues: collector.issues,
    counts: { rows, accepted, rejected, duplicates, warnings: collector.warnings, errors: collector.errors, byCode: collector.byCode },
    truncated: collector.truncated,
    complete,
    format: header?.format,
    dialect: header?.dialect,
    rejects: rejectsFile,
  };
}

function isResolved(m: Mapping | ResolvedMapping): m is ResolvedMapping {
  return typeof m.table === "string" && Object.values(m.codes ?? {}).every((v) => v instanceof Map);
}

/**
 * Import a file of one table into validated `@kinderwerk/core` records, streaming. Given a
 * `table`, the records have that table's type (`importTable(csv, { table: "children" })` gives
 * `Child` records).
 *
 * Reads the file (CSV in any dialect, XLSX, NDJSON, JSON), matches the header to the table's
 * columns (English or Dutch, with suggestions for unknown ones), coerces every cell, validates each
 * record with core's schema, and returns the accepted records, every issue with its row and column,
 * exact counts (`rows === accepted + rejected`) and a rejects file to fix and import again.
 *
 * @param source - text, bytes, a `Blob`/`File`, a `ReadableStream`, or an async iterable of chunks
 * @param options - see {@link ImportOptions}
 * @returns the import result
 * @throws {TypeError} when `pseudonymise.key` is shorter than 16 bytes (the message never holds the key)
 * @throws {RangeError} when `duplicateMemory` is not a number of bytes, 0 or more
 * @example
 * const result = await importTable("bijeenkomstId,kindId,aanwezig\nb-1,kw-0101,ja\n", { fileName: "aanwezigheid.csv" });
 * result.records; // => [{ sessionId: "b-1", childId: "kw-0101", present: true }]
 * result.counts.accepted; // => 1
 */
export function importTable<N extends TableName>(source: ReadSource, options: ImportOptions<TableRecord<N>> & { readonly table: N }): Promise<ImportResult<TableRecord<N>>>;
export function importTable<T = Record<string, unknown>>(source: ReadSource, options?: ImportOptions<T>): Promise<ImportResult<T>>;
export async function importTable<T = Record<string, unknown>>(source: ReadSource, options: ImportOptions<T> = {}): Promise<ImportResult<T>> {
  const progress = { bytesRead: 0, totalBytes: undefined as number | undefined };
  const onProgress = options.onProgress;
  return importEvents<T>(
    readRows(source, {
      name: options.fileName,
      format: options.format,
      delimiter: options.delimiter,
      encoding: options.encoding,
      sheet: options.sheet,
      signal: options.signal,
      onProgress: (p) => {
        progress.bytesRead = p.bytesRead;
        progress.totalBytes = p.totalBytes;
        onProgress?.(p);
      },
      limits: options.limits,
    }),
    { ...options, progress },
  );
}

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
