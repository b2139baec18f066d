import { looksLikeName } from "../id/index.js";
import { issue, type Issue, type IssuePath } from "../issues/issue.js";
import { coreIssue } from "../issues/codes.js";

/**
 * A warning when a pseudonymous id reads like a name (see `looksLikeName`).
 *
 * @param id - the id
 * @param code - the warning's code (`child.childId.name-like`, `staff.staffId.name-like`)
 * @param path - the path of the id's field
 * @returns the warning, or none
 */
export function nameLike(id: string, code: "child.childId.name-like" | "staff.staffId.name-like", path: IssuePath): Issue[] {
  return looksLikeName(id) ? [coreIssue(code, path, {}, "warning")] : [];
}

/**
 * An error when a later date of a record lies before an earlier one (both given).
 *
 * @param record - the record
 * @param earlier - the field that comes first
 * @param later - the field that may not lie before it
 * @param path - the record's path prefix
 * @returns a `record.dates.order` error on the later field, or none (it names the fields, never the dates)
 */
export function dateOrder<T extends object>(record: T, earlier: keyof T & string, later: keyof T & string, path: IssuePath): Issue[] {
  const a = record[earlier];
  const b = record[later];
  if (typeof a !== "string" || typeof b !== "string" || b >= a) return [];
  return [coreIssue("record.dates.order", [...path, later], { earlier, later })];
}

/**
 * A single code checked as a list of one: drop the list index from the path.
 *
 * @param i - an issue of `checkCodes` on a list of one
 * @returns the issue on the field itself
 */
export function atField(i: Issue): Issue {
  return issue(i.code, i.path.slice(0, -1), i.params, i.severity);
}
