import { issue, type IssueParam, type IssuePath, type Severity } from "@kinderwerk/core";

/** The codes of the problems met while reading a file (before any value is validated). */
export const readIssueCodes = [
  "file.empty",
  "file.binary",
  "file.encoding",
  "file.encoding-mixed",
  "file.aborted",
  "file.read-failed",
  "file.unknown-format",
  "csv.field-too-large",
  "csv.record-too-large",
  "csv.too-many-columns",
  "csv.unterminated-quote",
  "csv.stray-quote",
  "ndjson.invalid-line",
  "ndjson.not-an-object",
  "json.invalid",
  "json.not-an-array",
  "json.not-an-object",
  "json.too-large",
  "json.too-deep",
  "xlsx.broken",
  "xlsx.zip-bomb",
  "xlsx.too-large",
  "xlsx.encrypted",
  "xlsx.no-sheet",
  "xlsx.sheet-not-found",
  "xlsx.sheet-ambiguous",
] as const;

/** Where in the file: the row a spreadsheet shows and the line where it starts. */
export type ReadIssueAt = {
  readonly row: number;
  readonly line: number;
};

/**
 * The params of each reading issue, by code: what each one carries to explain itself. Never a
 * cell's text: a read problem says where and how much, not what.
 */
export interface ReadIssueParams {
  "file.empty": {};
  "file.binary": { readonly kind: string };
  "file.encoding": { readonly encoding: string };
  "file.encoding-mixed": { readonly encoding: string };
  "file.aborted": { readonly bytesRead?: number };
  "file.read-failed": { readonly reason: string };
  "file.unknown-format": {};
  "csv.field-too-large": ReadIssueAt & { readonly max: number };
  "csv.record-too-large": ReadIssueAt & { readonly max: number };
  "csv.too-many-columns": Partial<ReadIssueAt> & { readonly max: number; readonly count?: number };
  "csv.unterminated-quote": ReadIssueAt;
  "csv.stray-quote": ReadIssueAt;
  "ndjson.invalid-line": ReadIssueAt & { readonly count?: number };
  "ndjson.not-an-object": ReadIssueAt;
  "json.invalid": {};
  "json.not-an-array": {};
  "json.not-an-object": ReadIssueAt;
  "json.too-large": { readonly max: number };
  "json.too-deep": ReadIssueAt & { readonly max: number };
  "xlsx.broken": { readonly reason: string };
  "xlsx.zip-bomb": { readonly reason: "entries" | "entry-size" | "total-size" | "size-lie"; readonly max: number };
  "xlsx.too-large": { readonly max: number };
  "xlsx.encrypted": { readonly kind?: string };
  "xlsx.no-sheet": {};
  "xlsx.sheet-not-found": { readonly sheet: string; readonly sheets: readonly string[] };
  "xlsx.sheet-ambiguous": { readonly sheets: readonly string[] };
}

/** One of {@link readIssueCodes}. */
export type ReadIssueCode = (typeof readIssueCodes)[number];

// The list and the params agree: a code without params, or params without a code, does not compile.
const exact: [Exclude<ReadIssueCode, keyof ReadIssueParams>, Exclude<keyof ReadIssueParams, ReadIssueCode>] extends [never, never] ? true : never = true;
void exact;

/**
 * A problem met while reading: an `Issue` of `@kinderwerk/core` whose code is a
 * {@link ReadIssueCode}, with the params of that code — a union discriminated by `code`, so
 * `if (i.code === "xlsx.sheet-not-found") i.params.sheets` is typed.
 */
export type ReadIssue<C extends ReadIssueCode = ReadIssueCode> = {
  [K in C]: {
    readonly code: K;
    readonly severity: Severity;
    readonly path: IssuePath;
    // The params of the code, and any param by name as for every `Issue` (`params["row"]`).
    readonly params: ReadIssueParams[K] & Readonly<Record<string, IssueParam>>;
  };
}[C];

/** The params of a code, as {@link readIssue} and {@link stop} take them (optional when a code has none required). */
type ParamsArg<C extends ReadIssueCode> = {} extends ReadIssueParams[C] ? [params?: ReadIssueParams[C]] : [params: ReadIssueParams[C]];

/** Make a reading issue (an error) with its code's params. */
export function readIssue<C extends ReadIssueCode>(code: C, ...[params]: ParamsArg<C>): ReadIssue<C> {
  return issue(code, [], (params ?? {}) as Readonly<Record<string, IssueParam>>) as ReadIssue<C>;
}

/** Make a reading issue that does not stop the read and rejects nothing (a warning). */
export function readWarning<C extends ReadIssueCode>(code: C, ...[params]: ParamsArg<C>): ReadIssue<C> {
  return issue(code, [], (params ?? {}) as Readonly<Record<string, IssueParam>>, "warning") as ReadIssue<C>;
}

/** The error value a reader stops with. */
export class ReadStop extends Error {
  constructor(readonly issue: ReadIssue) {
    super(issue.code);
  }
}

/** Stop reading with an issue (caught at the top and turned into an `error` event). */
export function stop<C extends ReadIssueCode>(code: C, ...params: ParamsArg<C>): never {
  throw new ReadStop(readIssue(code, ...params) as ReadIssue);
}
