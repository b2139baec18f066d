// What the indicator SQL says differently per dialect: a floating-point type, a list that shares a
// code with a set, an activity's partners by name, text compared by code point, a date as text.
// Everything else is standard SQL that Postgres and DuckDB both run as written.
import { text } from "../_lib/quote.js";
import type { SqlDialect } from "../database.js";

/** The fragments of SQL that differ per dialect. */
export interface DialectSql {
  /** The double-precision type, for exact-enough division. */
  readonly double: string;
  /** Whether a text-list column holds one of the values. */
  listHasAny(column: string, values: readonly string[]): string;
  /** Whether a partners column holds a partner whose name, trimmed and lowercased, is one of the (already normalised) values. */
  partnerNameIn(column: string, values: readonly string[]): string;
  /** A text expression that compares by code point (as JavaScript's `<`), whatever the database's collation. */
  byCodePoint(expression: string): string;
  /** A date as `YYYY-MM-DD` text, whatever the session's date style. */
  dateText(expression: string): string;
}

const list = (values: readonly string[]): string => values.map(text).join(", ");

const POSTGRES: DialectSql = {
  double: "DOUBLE PRECISION",
  listHasAny: (column, values) => `(${column} && ARRAY[${list(values)}]::TEXT[])`,
  byCodePoint: (e) => `(${e}) COLLATE "C"`,
  dateText: (e) => `to_char(${e}, 'YYYY-MM-DD')`,
  partnerNameIn: (column, values) => `EXISTS (SELECT 1 FROM jsonb_array_elements(${column}) AS p(v) WHERE lower(btrim(p.v->>'name')) IN (${list(values)}))`,
};

const DUCKDB: DialectSql = {
  double: "DOUBLE",
  listHasAny: (column, values) => `list_has_any(${column}, [${list(values)}])`,
  byCodePoint: (e) => e,
  dateText: (e) => `strftime(${e}, '%Y-%m-%d')`,
  partnerNameIn: (column, values) => `list_has_any(list_transform(${column}, lambda p: lower(trim(p.name))), [${list(values)}])`,
};

/**
 * The dialect's fragments.
 *
 * @param dialect - the dialect
 * @returns its fragments
 */
export function dialectSql(dialect: SqlDialect): DialectSql {
  return dialect === "postgres" ? POSTGRES : DUCKDB;
}
