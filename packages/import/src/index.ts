// The public face of @kinderwerk/import (browser-safe: no `node:` imports below this line).

// --- file reading: sources, encodings, dialects, CSV/XLSX/NDJSON/JSON rows ---
export { readRows, readTable } from "./reading/readRows.js";
export type { ReadOptions, Table } from "./reading/readRows.js";
export type { CellKind, CsvDialect, FileFormat, Header, ReadEvent, ReadSummary, Row } from "./types/rows.js";
export { readIssueCodes } from "./types/readIssue.js";
export type { ReadIssue, ReadIssueAt, ReadIssueCode, ReadIssueParams } from "./types/readIssue.js";
export type { EchoParams, FirstOccurrenceParams, RecordIssue, RecordIssueCode, RecordIssueParams } from "./types/recordIssue.js";
/** Every code `@kinderwerk/import` itself emits: reading a file, and checking its rows (core's value codes come on top). */
export type ImportIssueCode = import("./types/readIssue.js").ReadIssueCode | import("./types/recordIssue.js").RecordIssueCode;
export { openSource } from "./reading/source/index.js";
export type { OpenedSource, ReadProgress, ReadSource } from "./reading/source/index.js";
export type { AbortSignalLike, BlobLike, ReadableStreamLike, StreamReaderLike } from "./_lib/platform.js";
export { binaryKind, sniffEncoding } from "./reading/decode/index.js";
export type { DecodeInfo, TextEncoding } from "./reading/decode/index.js";
export { detectDialect } from "./reading/dialect/index.js";
export { defaultReadLimits, resolveLimits } from "./reading/limits/index.js";
export type { ReadLimits } from "./reading/limits/index.js";
export { excelSerialToDate, isDateFormat } from "./reading/xlsx/dates.js";
export { importMessages } from "./messages/index.js";

// --- records and datasets ---
// The tables are defined once, in @kinderwerk/core; they are re-exported here for readers of files.
export { TABLE_NAMES, tables, childrenTable, activitiesTable, sessionsTable, attendanceTable, signalsTable, referralsTable, isTableName, tableFromName } from "@kinderwerk/core";
export type { ColumnSpec, TableSpec, TableName, ValueType } from "@kinderwerk/core";
/** @deprecated Use `ColumnSpec` (from `@kinderwerk/core`); this name remains for existing code. */
export type ColumnDef = import("@kinderwerk/core").ColumnSpec;
/** @deprecated Use `TableSpec` (from `@kinderwerk/core`); this name remains for existing code. */
export type TableDef<T = unknown> = import("@kinderwerk/core").TableSpec<import("@kinderwerk/core").TableName, T>;
export { REASONS_COLUMNS, normaliseHeader, suggestColumn, resolveHeader, guessTable } from "./checking/header/index.js";
export type { HeaderPlan, ResolvedColumn, ResolveHeaderOptions } from "./checking/header/index.js";
export {
  INVALID,
  trimCell,
  coerceDate,
  explainDate,
  coerceBoolean,
  coerceInteger,
  coerceDecimal,
  coercePostcode,
  coerceTime,
  coerceExcelDate,
  coerceExcelTime,
  coerceCode,
  codeLookup,
  catalogueLookup,
  splitList,
} from "./checking/value/index.js";
export type { Coerced, CellProblem, CellReader } from "./checking/value/index.js";
export { Mapping, parseMapping } from "./checking/mapping/index.js";
export type { ResolvedMapping } from "./checking/mapping/index.js";
export { createRowReader } from "./checking/records/index.js";
export type { RowReader, RowReaderOptions } from "./checking/records/index.js";
export { recordMessages } from "./checking/records/messages.js";
export { IssueCollector, describeIssue, issueMessage } from "./output/issues.js";
export type { ImportIssue, IssueCounts, IssuePlace } from "./output/issues.js";
export { DatasetCheck, DuplicateCheck, checkDataset, REFERENCES, TABLE_ORDER } from "./checking/dataset/index.js";
export { FileRows } from "./checking/dataset/files.js";
export type { DatasetIssue, DatasetReference, DuplicateCheckOptions } from "./checking/dataset/index.js";
export type { LateDuplicates } from "./checking/dataset/pairSpill.js";
export { memorySpillStore } from "./checking/spill/index.js";
export type { SpillStore, SpillStoreFactory } from "./checking/spill/index.js";
export { RejectsFile, RejectsWriter, rejectsDialect, REASONS_COLUMN, BSN_MASK, type RejectsSink } from "./output/rejects/index.js";
export type { RejectedRow, RejectsDialect } from "./output/rejects/index.js";
export { encodeText } from "./output/rejects/encode.js";
export { createPseudonymiser, PSEUDONYM_PREFIX } from "./checking/pseudonym/index.js";
export type { Pseudonymiser, PseudonymOptions } from "./checking/pseudonym/index.js";
export { importTable, importEvents, importDataset, DEFAULT_DUPLICATE_MEMORY } from "./pipeline/index.js";
export type { ImportOptions, ImportCounts, ImportResult, DatasetFile, ImportDatasetOptions, DatasetResult } from "./pipeline/index.js";
export type { LateDuplicateDetails } from "./pipeline/options.js";
