/** Whether an issue rejects the value (`error`) or only asks for attention (`warning`). */
export type Severity = "error" | "warning";

/** Where an issue is: the keys and indexes from the root of the validated value. */
export type IssuePath = readonly (string | number)[];

/** A value an issue carries to explain itself. Values are safe to show: never a name or a BSN. */
export type IssueParam = string | number | boolean | null | readonly (string | number)[];

/**
 * A problem found in data, as plain data.
 *
 * `code` says what is wrong and never changes meaning; `params` holds the values needed to explain
 * it; the words come from a message table (see {@link formatIssue}), so apps can show their own.
 *
 * @example
 * const issue: Issue = {
 *   code: "child.childId.bsn",
 *   severity: "error",
 *   path: ["childId"],
 *   params: {},
 * };
 */
export interface Issue<Code extends string = string> {
  readonly code: Code;
  readonly severity: Severity;
  readonly path: IssuePath;
  readonly params: Readonly<Record<string, IssueParam>>;
}

/**
 * The outcome of a domain operation: a value with its warnings, or the issues that rejected it.
 *
 * Domain functions return a result instead of throwing on bad data.
 */
export type Result<T, I extends Issue = Issue> =
  | { readonly ok: true; readonly value: T; readonly issues: readonly I[] }
  | { readonly ok: false; readonly issues: readonly I[] };

/**
 * Make an issue.
 *
 * @param code - what is wrong
 * @param path - where it is
 * @param params - the values that explain it
 * @param severity - `error` (default) or `warning`
 * @returns the issue, frozen
 * @example
 * issue("value.required", ["birthDate"]);
 * // => { code: "value.required", severity: "error", path: ["birthDate"], params: {} }
 */
export function issue<Code extends string>(
  code: Code,
  path: IssuePath = [],
  params: Readonly<Record<string, IssueParam>> = {},
  severity: Severity = "error",
): Issue<Code> {
  return Object.freeze({ code, severity, path, params });
}

/**
 * A successful result.
 *
 * @param value - the value
 * @param issues - warnings that do not reject the value
 * @returns `{ ok: true, value, issues }`
 * @example
 * ok(42); // => { ok: true, value: 42, issues: [] }
 */
export function ok<T, I extends Issue = Issue>(value: T, issues: readonly I[] = []): Result<T, I> {
  return { ok: true, value, issues };
}

/**
 * A failed result.
 *
 * @param issues - the issues that reject the value (at least one error)
 * @returns `{ ok: false, issues }`
 * @example
 * fail([issue("value.required", ["childId"])]);
 */
export function fail<T = never, I extends Issue = Issue>(issues: readonly I[]): Result<T, I> {
  return { ok: false, issues };
}

/**
 * Whether any of the issues is an error.
 *
 * @param issues - the issues to look at
 * @returns `true` when at least one has severity `error`
 * @example
 * hasErrors([issue("x", [], {}, "warning")]); // => false
 */
export function hasErrors(issues: readonly Issue[]): boolean {
  return issues.some((i) => i.severity === "error");
}
