// The SQL columns of a table, derived from core's table spec: the SQL name, the kind of value, and
// the constraints SQL can hold — NOT NULL for required columns, CHECK for codes, number ranges and
// text lengths (read from the record's zod schema, the one place they are written).
import type { ColumnSpec, TableSpec, ValueType } from "@kinderwerk/core";
import { ident, snake, text } from "../_lib/quote.js";
import type { SqlColumnKind, SqlDialect } from "../database.js";

/** One column of a table as SQL holds it. */
export interface SqlColumnSpec {
  /** The canonical field of the record. */
  readonly field: string;
  /** The SQL name (snake_case). */
  readonly name: string;
  /** How the value is stored. */
  readonly kind: SqlColumnKind;
  /** Whether the column is NOT NULL. */
  readonly required: boolean;
  /** The CHECK conditions on the column (SQL, on its quoted name). */
  readonly checks: readonly string[];
}

const KIND_OF: Readonly<Record<ValueType, SqlColumnKind>> = {
  id: "text",
  text: "text",
  date: "date",
  time: "text",
  boolean: "boolean",
  integer: "integer",
  decimal: "double",
  euro: "double",
  postcode: "text",
  code: "text",
  catalogue: "text",
  catalogueList: "textList",
  textList: "textList",
  partners: "partners",
};

/**
 * The SQL type of a kind of column in a dialect.
 *
 * @param kind - the kind
 * @param dialect - the dialect
 * @returns the type, as in `CREATE TABLE`
 */
export function sqlType(kind: SqlColumnKind, dialect: SqlDialect): string {
  switch (kind) {
    case "text":
      return dialect === "postgres" ? "TEXT" : "VARCHAR";
    case "date":
      return "DATE";
    case "boolean":
      return "BOOLEAN";
    case "integer":
      return "INTEGER";
    case "double":
      return dialect === "postgres" ? "DOUBLE PRECISION" : "DOUBLE";
    case "textList":
      return dialect === "postgres" ? "TEXT[]" : "VARCHAR[]";
    case "partners":
      return dialect === "postgres" ? "JSONB" : "STRUCT(name VARCHAR, sector VARCHAR)[]";
  }
}

/** A zod schema as far as this module reads it: its definition, and the public bounds of numbers and strings. */
interface ZodLike {
  readonly _zod: { readonly def: { readonly type: string; readonly innerType?: ZodLike; readonly in?: ZodLike; readonly checks?: readonly { readonly _zod: { readonly def: { readonly check: string; readonly value?: unknown; readonly inclusive?: boolean } } }[] } };
  readonly minValue?: number | null;
  readonly maxValue?: number | null;
  readonly minLength?: number | null;
  readonly maxLength?: number | null;
}

/** The schema of a field with its wrappers (optional, default, pipe) taken off. */
function innerSchema(schema: unknown, field: string): ZodLike | undefined {
  const shape = (schema as { shape?: Record<string, ZodLike> }).shape;
  let s = shape?.[field];
  while (s !== undefined) {
    const def = s._zod.def;
    const next = def.innerType ?? (def.type === "pipe" ? def.in : undefined);
    if (next === undefined) break;
    s = next;
  }
  return s;
}

/** Whether the bound of a number check is inclusive (`gt(0)` is not). */
function inclusive(s: ZodLike, check: "greater_than" | "less_than"): boolean {
  const found = (s._zod.def.checks ?? []).filter((c) => c._zod.def.check === check);
  return found.every((c) => c._zod.def.inclusive !== false);
}

/** The CHECK conditions of one column: its codes, its range, its length. */
function checksOf(column: ColumnSpec, schema: unknown, name: string): string[] {
  const q = ident(name);
  if (column.type === "code" && column.codes !== undefined) {
    return [`${q} IN (${Object.keys(column.codes).map(text).join(", ")})`];
  }
  const s = innerSchema(schema, column.field);
  if (s === undefined) return [];
  const checks: string[] = [];
  const type = s._zod.def.type;
  if (type === "number" && (column.type === "integer" || column.type === "decimal" || column.type === "euro")) {
    if (typeof s.minValue === "number" && Number.isFinite(s.minValue)) checks.push(`${q} ${inclusive(s, "greater_than") ? ">=" : ">"} ${s.minValue}`);
    if (typeof s.maxValue === "number" && Number.isFinite(s.maxValue)) checks.push(`${q} ${inclusive(s, "less_than") ? "<=" : "<"} ${s.maxValue}`);
  }
  if (type === "string" && (column.type === "id" || column.type === "text" || column.type === "catalogue")) {
    if (typeof s.minLength === "number" && s.minLength > 0) checks.push(`length(${q}) >= ${s.minLength}`);
    if (typeof s.maxLength === "number") checks.push(`length(${q}) <= ${s.maxLength}`);
  }
  if (column.type === "postcode") checks.push(`length(${q}) = 4`);
  return checks;
}

/**
 * The SQL columns of a table, in the spec's column order.
 *
 * @param spec - core's table spec
 * @returns the columns
 */
export function sqlColumns(spec: TableSpec): SqlColumnSpec[] {
  return spec.columns.map((c) => {
    const name = snake(c.field);
    return { field: c.field, name, kind: KIND_OF[c.type], required: c.required || spec.key.includes(c.field), checks: checksOf(c, spec.schema, name) };
  });
}
