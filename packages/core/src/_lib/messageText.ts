// Private helpers that the message tables of core share to put an issue's params in words.
import type { IssueParam } from "../issues/issue.js";
import type { Lang } from "../issues/lang.js";
import type { Labels } from "../labels/index.js";

/** An issue's params, as a message function gets them. */
export type Params = Readonly<Record<string, IssueParam>>;

/**
 * A param as text: `""` for none.
 *
 * @param v - an issue param
 * @returns the text
 */
export const s = (v: IssueParam | undefined): string => (v === undefined || v === null ? "" : String(v));

/**
 * A list param as text for a message: `a, b, c`; any other value as its string.
 *
 * @param value - an issue param
 * @returns the text
 */
export function list(value: unknown): string {
  return Array.isArray(value) ? value.join(", ") : String(value);
}

/**
 * `"2025-02-30"` when the issue carries the value it is about (see the echo policy), else the fallback.
 *
 * @param p - the issue's params
 * @param fallback - the words for "this" when the value is not shown
 * @returns the text
 */
export const what = (p: Params, fallback: string): string => (typeof p["value"] === "string" && p["value"] !== "" ? `"${p["value"]}"` : fallback);

/**
 * ` (ingevuld: "…")` when the issue carries what was typed (see the echo policy), else nothing.
 *
 * @param v - the `value` param
 * @param lang - the language
 * @returns the text, with its leading space
 */
export const given = (v: unknown, lang: Lang): string => (typeof v === "string" && v !== "" ? (lang === "nl" ? ` (ingevuld: "${v}")` : ` (given: "${v}")`) : "");

/**
 * The label of a code in a table of labels, or the code itself.
 *
 * @param table - labels by code
 * @param code - the param that holds the code
 * @param lang - the language
 * @returns the label
 */
export function label(table: Readonly<Record<string, Labels>> | undefined, code: IssueParam | undefined, lang: Lang): string {
  const key = String(code);
  return table !== undefined && Object.hasOwn(table, key) ? (table[key] as Labels)[lang] : key;
}

/**
 * The labels of a list of codes, or "nothing (closed)" for none.
 *
 * @param table - labels by code
 * @param codes - the param that holds the codes
 * @param lang - the language
 * @returns the labels, comma-separated
 */
export function labels(table: Readonly<Record<string, Labels>> | undefined, codes: IssueParam | undefined, lang: Lang): string {
  if (!Array.isArray(codes) || codes.length === 0) return lang === "nl" ? "niets meer (afgesloten)" : "nothing (closed)";
  return codes.map((c) => label(table, c, lang)).join(", ");
}
