import { issue, type Issue, type IssueParam } from "@kinderwerk/core";

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

/** One of {@link readIssueCodes}. */
export type ReadIssueCode = (typeof readIssueCodes)[number];

/** A problem met while reading: an `Issue` of `@kinderwerk/core` whose code is a {@link ReadIssueCode}. */
export type ReadIssue = Issue<ReadIssueCode>;

/** Make a reading issue; `row`/`line` go in the params when known. */
export function readIssue(
  code: ReadIssueCode,
  params: Readonly<Record<string, IssueParam>> = {},
  severity: "error" | "warning" = "error",
): ReadIssue {
  return issue(code, [], params, severity);
}

/** The error value a reader stops with. */
export class ReadStop extends Error {
  constructor(readonly issue: ReadIssue) {
    super(issue.code);
  }
}

/** Stop reading with an issue (caught at the top and turned into an `error` event). */
export function stop(code: ReadIssueCode, params: Readonly<Record<string, IssueParam>> = {}): never {
  throw new ReadStop(readIssue(code, params));
}
