// The issues of the duplicate check: a repeat that is identical to its first row (a warning), or
// one that differs from it (an error that rejects the repeat and names both rows).
import { echoParams, type Issue, type TableName } from "@kinderwerk/core";
import { recordIssue } from "../../types/recordIssue.js";

/** Where a key was first seen: its row, and its file when that is another file than the repeat's. */
export interface FirstOccurrence {
  readonly row: number;
  /** The file of the first row, when it is not the repeat's own file (and has a name). */
  readonly file?: string | undefined;
}

/** A differing-fields mask that says the records differ without saying in which fields. */
export const FIELDS_UNKNOWN = -1;

const firstParams = (first: FirstOccurrence): { firstRow: number; firstFile?: string } => (first.file === undefined ? { firstRow: first.row } : { firstRow: first.row, firstFile: first.file });

/**
 * The warning for a repeat identical to the first row of its key: `dataset.duplicate-attendance`
 * for a session and child pair, else `dataset.duplicate-id`.
 *
 * @param table - the table
 * @param key - the table's key fields
 * @param record - the repeating record
 * @param first - the first row of the key
 * @returns the warning
 */
export function duplicateWarning(table: TableName, key: readonly string[], record: Readonly<Record<string, unknown>>, first: FirstOccurrence): Issue {
  if (table === "attendance") return recordIssue("dataset.duplicate-attendance", ["childId"], firstParams(first), "warning");
  const field = key[0]!;
  return recordIssue("dataset.duplicate-id", [field], { ...echoParams(record[field], [field]), ...firstParams(first) }, "warning");
}

/**
 * The names of the fields a mask says differ.
 *
 * @param fields - the fields compared, in order (bit i of the mask is field i)
 * @param mask - the mask, or {@link FIELDS_UNKNOWN}
 * @returns the field names, or `undefined` when the mask does not tell them
 */
export function differingFields(fields: readonly string[], mask: number): string[] | undefined {
  if (mask === FIELDS_UNKNOWN) return fields.length === 1 ? [fields[0]!] : undefined;
  return fields.filter((_, i) => (mask & (1 << i)) !== 0);
}

/**
 * The error for a repeat whose record differs from the first row of its key: the repeat is
 * rejected, the first row stays. It names the first row (and its file, when another), the key's
 * fields and the fields that differ — by name, never their values.
 *
 * @param key - the table's key fields
 * @param fields - the fields that differ (`undefined` when not known: the records differ somewhere)
 * @param first - the first row of the key
 * @returns a `dataset.conflicting-duplicate` error, its path the first field that differs
 * @example
 * conflictError(["childId"], ["birthDate"], { row: 12, file: "kinderen-2024.csv" });
 * // => { code: "dataset.conflicting-duplicate", path: ["birthDate"], params: { key: ["childId"], fields: ["birthDate"], firstRow: 12, firstFile: "kinderen-2024.csv" }, … }
 */
export function conflictError(key: readonly string[], fields: readonly string[] | undefined, first: FirstOccurrence): Issue {
  const path = fields?.[0] ?? key[key.length - 1]!;
  return recordIssue("dataset.conflicting-duplicate", [path], { key: [...key], ...(fields === undefined ? {} : { fields: [...fields] }), ...firstParams(first) });
}
