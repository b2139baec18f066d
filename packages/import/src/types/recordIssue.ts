import { issue, type EchoParams, type IssueParam, type IssuePath, type Severity, type TableName } from "@kinderwerk/core";

// The value a coordinator typed, when core's echo policy lets it be shown: core's type, one home.
export type { EchoParams };
/** Where a repeated key was first seen: its row, and its file when that is another file of the table. */
export type FirstOccurrenceParams = { readonly firstRow: number; readonly firstFile?: string };

/**
 * The params of each issue of the import's checking of rows (header, cells, dataset checks,
 * mappings), by code. Values typed in a file appear only as `value`, and only as core's echo
 * policy allows; ids, names and personal data never.
 */
export interface RecordIssueParams {
  "header.unknown-column": { readonly column?: string; readonly position?: number; readonly suggestion?: string; readonly table: TableName };
  "header.missing": { readonly table: TableName };
  "header.duplicate-column": { readonly column: string; readonly first: string };
  "header.missing-column": { readonly field: string; readonly alias: string; readonly table: TableName };
  "import.table-unknown": { readonly file?: string };
  "import.rejects-truncated": { readonly max: number };
  "import.no-rows": {};
  "file.no-rows": {};
  "cell.date.impossible": EchoParams;
  "cell.date.two-digit-year": EchoParams;
  "cell.date.format": EchoParams;
  "cell.boolean": EchoParams;
  "cell.integer": EchoParams;
  "cell.decimal": EchoParams;
  "cell.time": EchoParams;
  "cell.postcode": EchoParams;
  "cell.code": { readonly allowed?: readonly string[] };
  /** A child id's cell problem when ids are pseudonymised: the value is never shown. */
  "cell.childId.hidden": {};
  "dataset.unknown-reference": EchoParams & { readonly table: TableName };
  "dataset.duplicate-id": EchoParams & FirstOccurrenceParams;
  "dataset.duplicate-attendance": FirstOccurrenceParams;
  "dataset.conflicting-duplicate": FirstOccurrenceParams & { readonly key: readonly string[]; readonly fields?: readonly string[] };
  "dataset.table-missing": { readonly table: TableName; readonly missing: TableName };
  "dataset.table-twice": { readonly table: TableName; readonly file: string };
  "mapping.unknown-field": { readonly field: string; readonly table: TableName };
  "mapping.unknown-code": { readonly from: string; readonly value: string };
  "mapping.not-a-code-field": {};
}

/** A code of the import's checking of rows (see {@link RecordIssueParams}). */
export type RecordIssueCode = keyof RecordIssueParams;

/**
 * An issue of the checking of rows: a union discriminated by `code`, each with its params (and any
 * param by name, as for every `Issue`).
 */
export type RecordIssue<C extends RecordIssueCode = RecordIssueCode> = {
  [K in C]: {
    readonly code: K;
    readonly severity: Severity;
    readonly path: IssuePath;
    readonly params: RecordIssueParams[K] & Readonly<Record<string, IssueParam>>;
  };
}[C];

type ParamsArg<C extends RecordIssueCode> = {} extends RecordIssueParams[C] ? [params?: RecordIssueParams[C], severity?: Severity] : [params: RecordIssueParams[C], severity?: Severity];

/**
 * Make an issue of the checking of rows, its params typed by its code.
 *
 * @param code - the code
 * @param path - the field it is about
 * @param rest - the params, and `warning` for an issue that rejects nothing
 * @returns the issue
 */
export function recordIssue<C extends RecordIssueCode>(code: C, path: IssuePath, ...[params, severity]: ParamsArg<C>): RecordIssue<C> {
  return issue(code, path, (params ?? {}) as Readonly<Record<string, IssueParam>>, severity ?? "error") as RecordIssue<C>;
}
