// What this package needs of a database: run SQL, read rows, write many rows at once. One
// adapter per driver (drivers/): the drivers are the user's choice and optional peers.

/** The SQL dialect a database speaks: Postgres (`pg`, PGlite) or DuckDB. */
export type SqlDialect = "postgres" | "duckdb";

/** The SQL type of a column as this package creates it, for drivers that write values by type. */
export type SqlColumnKind = "text" | "date" | "boolean" | "integer" | "double" | "textList" | "partners";

/** A column to write in a batch: its SQL name and its kind. */
export interface SqlColumn {
  /** The column's SQL name (snake_case, unquoted). */
  readonly name: string;
  /** Its kind. */
  readonly kind: SqlColumnKind;
}

/**
 * A database as this package uses it. Make one with {@link pgliteDatabase}, {@link pgDatabase} or
 * {@link duckdbDatabase} around a driver you opened; close the driver yourself.
 */
export interface SqlDatabase {
  /** The dialect it speaks. */
  readonly dialect: SqlDialect;
  /**
   * Run one statement and return its rows as objects (column name to value; numbers as `number`,
   * dates as `YYYY-MM-DD` text when the statement casts them to text).
   */
  query(sql: string): Promise<Record<string, unknown>[]>;
  /** Run one or more statements separated by `;`, returning nothing. */
  exec(sql: string): Promise<void>;
  /**
   * Write rows into a table in one batch, the fastest way the driver has (COPY, the appender, or
   * multi-row INSERT). Values come in column order: `null` for none, dates as `YYYY-MM-DD`, lists
   * as arrays, partners as `{ name, sector }` objects.
   */
  writeRows(schema: string, table: string, columns: readonly SqlColumn[], rows: readonly (readonly unknown[])[]): Promise<void>;
}
