// The public face of @kinderwerk/import (browser-safe: no `node:` imports below this line).

// --- file reading: sources, encodings, dialects, CSV/XLSX/NDJSON/JSON rows ---
export { readRows, readTable } from "./read/index.js";
export type { ReadOptions, Table } from "./read/index.js";
export type { CellKind, CsvDialect, FileFormat, Header, ReadEvent, ReadSummary, Row } from "./read/types.js";
export { readIssueCodes } from "./read/issue.js";
export type { ReadIssue, ReadIssueCode } from "./read/issue.js";
export { openSource } from "./source/index.js";
export type { OpenedSource, ReadProgress, ReadSource } from "./source/index.js";
export type { AbortSignalLike, BlobLike, ReadableStreamLike, StreamReaderLike } from "./_lib/platform.js";
export { binaryKind, sniffEncoding } from "./decode/index.js";
export type { DecodeInfo, TextEncoding } from "./decode/index.js";
export { detectDialect } from "./dialect/index.js";
export { defaultReadLimits, resolveLimits } from "./limits/index.js";
export type { ReadLimits } from "./limits/index.js";
export { excelSerialToDate, isDateFormat } from "./xlsx/dates.js";
export { importMessages } from "./messages/index.js";

// --- records and datasets ---
// The tables are defined once, in @kinderwerk/core; they are re-exported here for readers of files.
export { TABLE_NAMES, tables, childrenTable, activitiesTable, sessionsTable, attendanceTable, signalsTable, referralsTable, isTableName, tableFromName } from "@kinderwerk/core";
export type { ColumnSpec, TableSpec, TableName, ValueType } from "@kinderwerk/core";
/** @deprecated Use `ColumnSpec` (from `@kinderwerk/core`); this name remains for existing code. */
export type ColumnDef = import("@kinderwerk/core").ColumnSpec;
/** @deprecated Use `TableSpec` (from `@kinderwerk/core`); this name remains for existing code. */
export type TableDef<T = unknown> = import("@kinderwerk/core").TableSpec<import("@kinderwerk/core").TableName, T>;
export { REASONS_COLUMNS, normaliseHeader, suggestColumn, resolveHeader, guessTable } from "./header/index.js";
export type { HeaderPlan, ResolvedColumn, ResolveHeaderOptions } from "./header/index.js";
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
} from "./value/index.js";
export type { Coerced, CellProblem, CellReader } from "./value/index.js";
export { Mapping, parseMapping } from "./mapping/index.js";
export type { ResolvedMapping } from "./mapping/index.js";
export { createRowReader } from "./records/index.js";
export type { RowReader, RowReaderOptions } from "./records/index.js";
export { recordMessages } from "./records/messages.js";
export { IssueCollector, describeIssue, issueMessage } from "./records/issues.js";
export type { ImportIssue, IssueCounts, IssuePlace } from "./records/issues.js";
export { DatasetCheck, DuplicateCheck, checkDataset, REFERENCES, TABLE_ORDER } from "./dataset/index.js";
export type { DatasetIssue, DatasetReference, DuplicateCheckOptions } from "./dataset/index.js";
export type { LateDuplicates } from "./dataset/pairs.js";
export { memorySpillStore } from "./spill/index.js";
export type { SpillStore, SpillStoreFactory } from "./spill/index.js";
export { RejectsFile, RejectsWriter, rejectsDialect, REASONS_COLUMN, BSN_MASK, type RejectsSink } from "./rejects/index.js";
export type { RejectedRow, RejectsDialect } from "./rejects/index.js";
export { encodeText } from "./rejects/encode.js";
export { createPseudonymiser, PSEUDONYM_PREFIX } from "./pseudonym/index.js";
export type { Pseudonymiser, PseudonymOptions } from "./pseudonym/index.js";
export { importTable, importEvents, importDataset, DEFAULT_DUPLICATE_MEMORY } from "./importTable/index.js";
export type { ImportOptions, ImportCounts, ImportResult, DatasetFile, ImportDatasetOptions, DatasetResult } from "./importTable/index.js";
