import type { Catalogues, Lang, PersonalNameList, TableName } from "@kinderwerk/core";
import type { DatasetCheck, DuplicateCheck } from "../checking/dataset/index.js";
import type { Mapping, ResolvedMapping } from "../checking/mapping/index.js";
import type { Pseudonymiser, PseudonymOptions } from "../checking/pseudonym/index.js";
import type { SpillStoreFactory } from "../checking/spill/index.js";
import type { ImportIssue, IssueCounts } from "../output/issues.js";
import type { RejectsFile, RejectsSink } from "../output/rejects/index.js";
import type { ReadLimits } from "../reading/limits/index.js";
import type { ReadProgress } from "../reading/source/index.js";
import type { CsvDialect, FileFormat, TextEncoding } from "../types/rows.js";
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
  /**
   * A larger list of names than core's small built-in one for the personal-data scan of free text
   * (a signal's description), such as `names` of `@kinderwerk/names`. Without it, names on no list
   * are found only after a kinship or role word ("moeder van …"); see docs/workflows/signals.md.
   */
  readonly names?: PersonalNameList | undefined;
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
  /**
   * The format of the rejects file: by default the input's (an XLSX input gets an XLSX workbook,
   * a CSV input CSV in its own dialect; NDJSON and JSON get CSV as Dutch Excel opens it).
   */
  readonly rejectsFormat?: "csv" | "xlsx" | undefined;
  /** The most rejected rows held for `result.rejects` (default 10,000); beyond it the rejects file is cut short with a warning. */
  readonly maxRejects?: number | undefined;
  /**
   * Find duplicates within the table (default `true`). Holds a small number per distinct id and
   * a 4-byte hash per field of its first row, and, for attendance, 16 bytes a table slot per
   * distinct session and child pair (21–32 bytes a pair), up to `duplicateMemory`.
   */
  readonly duplicates?: boolean | undefined;
  /**
   * The most bytes the attendance duplicate check's table of session and child pairs may hold
   * (default {@link DEFAULT_DUPLICATE_MEMORY}, 48 MiB: about 2.4 million distinct pairs). Beyond
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
   * whose records were already handed to `onRecords`: their rows, the row of each one's first
   * occurrence, and which of them conflict with their first row (now counted as rejected) and in
   * which file their first row is (see {@link LateDuplicateDetails}). In batches, each in file
   * order, the batches not in file order. Awaited.
   */
  readonly onLateDuplicates?: ((rows: readonly number[], firstRows: readonly number[], details: LateDuplicateDetails) => void | Promise<void>) | undefined;
  /** The file format (detected from `fileName` or the first bytes when left out). */
  readonly format?: FileFormat | undefined;
  /** CSV: force the delimiter instead of detecting it. */
  readonly delimiter?: CsvDialect["delimiter"] | undefined;
  /** CSV, NDJSON, JSON: force the text encoding instead of detecting it. */
  readonly encoding?: TextEncoding | undefined;
  /**
   * XLSX: the sheet to read, by name or position (1 = the first tab). Left out: the sheet whose
   * header names the table's columns (an instructions sheet before it is passed by); two such
   * sheets are an error (`xlsx.sheet-ambiguous`); none, the first sheet.
   */
  readonly sheet?: string | number | undefined;
  /** Limits that keep the read bounded (see `defaultReadLimits`). */
  readonly limits?: Partial<ReadLimits> | undefined;
  /** @internal The dataset check of {@link importDataset}. */
  readonly dataset?: DatasetCheck | undefined;
  /** @internal The files of the table in {@link importDataset}, when it comes in more than one. */
  readonly tableFiles?: TableFiles | undefined;
  /** @internal The partitions of the duplicate check's spill (default 128). */
  readonly spillParts?: number | undefined;
  /** @internal How far the read is (set by {@link importTable}), to size the duplicate check once. */
  readonly progress?: { bytesRead: number; totalBytes: number | undefined } | undefined;
}

/**
 * More about the duplicates of one batch of `onLateDuplicates`, one entry per row, in the order
 * of its `rows`.
 */
export interface LateDuplicateDetails {
  /**
   * Whether the row's record differs from its first row's (a `dataset.conflicting-duplicate`
   * error: the row is counted as rejected), else it repeats it (a warning, counted once).
   */
  readonly conflicting: readonly boolean[];
  /** The file of the first row, when it is another file of the table than the row's (see `importDataset`). */
  readonly firstFiles: readonly (string | undefined)[];
}

/**
 * @internal What the files of one table share in {@link importDataset}: they are imported one
 * after the other into one duplicate check, and the last one finishes it for all of them.
 */
export interface TableFiles<R = unknown> {
  /** How many files the table comes in. */
  readonly count: number;
  /** The duplicate check the files share (made at the first header). */
  dups: DuplicateCheck | undefined;
  /** Whether the table's missing referenced tables were reported (once, with the first file that had a header). */
  missingReported: boolean;
  /** The import of each file begun so far, in order. */
  readonly runs: R[];
}

/** The default memory budget of the attendance duplicate check's pair table: 48 MiB, about 2.4 million distinct session and child pairs. */
export const DEFAULT_DUPLICATE_MEMORY = 48 * 1024 * 1024;

/** The counts of an import. `rows === accepted + rejected`, always. */
export interface ImportCounts {
  /** Rows read (not counting the header and empty rows). */
  readonly rows: number;
  /** Rows accepted (including identical duplicates, which are accepted with a warning and counted once). */
  readonly accepted: number;
  /** Rows rejected. */
  readonly rejected: number;
  /** Accepted rows that repeat an earlier record identically (not added to `records` again); a repeat that differs is rejected. */
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

