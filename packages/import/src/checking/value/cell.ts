import { echoParams, type IssueParam } from "@kinderwerk/core";
import type { RecordIssueCode } from "../../types/recordIssue.js";
import type { CellKind } from "../../types/rows.js";

/** What a coercer returns for text it cannot read. Compare with `===`. */
export const INVALID: unique symbol = Symbol.for("@kinderwerk/import/invalid-cell");

/** The value of a cell, `undefined` for an empty cell, or {@link INVALID}. */
export type Coerced<T> = T | undefined | typeof INVALID;

/** Why a cell could not be read: an issue code and the values that explain it. */
export interface CellProblem {
  readonly code: string;
  readonly params: Readonly<Record<string, IssueParam>>;
}

/**
 * The text of a cell without surrounding white space (fast path: most cells have none).
 *
 * @param text - the cell's text
 * @returns the trimmed text
 * @example
 * trimCell("  kw-0101 "); // => "kw-0101"
 */
export function trimCell(text: string): string {
  const n = text.length;
  if (n === 0) return text;
  return text.charCodeAt(0) <= 32 || text.charCodeAt(n - 1) <= 32 || text.charCodeAt(0) === 0xa0 || text.charCodeAt(n - 1) === 0xa0 ? text.trim() : text;
}

/** Digits from `from` to `to` (exclusive) as a number, or -1 when one of them is not a digit. */
export function digits(text: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return -1;
    n = n * 10 + c;
  }
  return to > from ? n : -1;
}

/** Two digits: `7` → `07`. */
export const pad2 = (n: number): string => (n < 10 ? `0${n}` : String(n));

/** How a column reads its cells, with what it needs (look-ups, the workbook's date system). */
export interface CellReader {
  /** Read a trimmed, non-empty cell. */
  readonly read: (text: string, kind: CellKind | undefined) => unknown;
  /** Why a cell that {@link CellReader.read} found invalid is invalid. */
  readonly explain: (text: string) => CellProblem;
}

/**
 * A cell problem that shows the value only as core's echo policy allows (`echoParams`): a short
 * value shaped like a date, time or number, never an id, a postcode, a name or personal data.
 *
 * @param code - the issue code
 * @param text - the cell's text
 * @param field - the field the cell is for (decides whether the value may be shown at all)
 * @param more - other params that explain the problem
 * @returns the problem
 * @example
 * problem("cell.integer", "12,5", "groep"); // => { code: "cell.integer", params: { value: "12,5" } }
 * problem("cell.integer", "zes", "groep"); // => { code: "cell.integer", params: {} }
 */
export function problem(code: Extract<RecordIssueCode, `cell.${string}`> | "value.invalid", text: string, field: string, more: Readonly<Record<string, IssueParam>> = {}): CellProblem {
  return { code, params: { ...echoParams(text, [field]), ...more } };
}

