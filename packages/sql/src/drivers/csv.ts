// Rows as the CSV that Postgres's COPY … WITH (FORMAT csv) reads: an empty unquoted field is NULL,
// an empty quoted field the empty text; lists as array literals, partners as JSON.
import type { SqlColumn } from "../database.js";

const quoteCsv = (s: string): string => `"${s.replaceAll('"', '""')}"`;

/** A list as a Postgres array literal: `{"a","b c"}`, each element quoted, `\` and `"` escaped. */
function arrayLiteral(values: readonly unknown[]): string {
  return `{${values.map((v) => `"${String(v).replaceAll("\\", "\\\\").replaceAll('"', '\\"')}"`).join(",")}}`;
}

function cell(kind: SqlColumn["kind"], value: unknown): string {
  if (value === null || value === undefined) return "";
  switch (kind) {
    case "textList":
      return quoteCsv(arrayLiteral(value as readonly unknown[]));
    case "partners":
      return quoteCsv(JSON.stringify(value));
    case "boolean":
      return value === true ? "t" : "f";
    case "integer":
    case "double":
      return String(value);
    default:
      return quoteCsv(String(value));
  }
}

/**
 * Rows as CSV for COPY, in column order, one line each.
 *
 * @param columns - the columns
 * @param rows - the values, in column order
 * @returns the CSV text
 */
export function csvOfRows(columns: readonly SqlColumn[], rows: readonly (readonly unknown[])[]): string {
  const out: string[] = [];
  for (const row of rows) out.push(columns.map((c, i) => cell(c.kind, row[i])).join(","));
  return `${out.join("\n")}\n`;
}
