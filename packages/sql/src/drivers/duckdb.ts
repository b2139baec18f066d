// DuckDB (`@duckdb/node-api`) as a SqlDatabase: batches go in through DuckDB's appender.
import type { SqlColumn, SqlDatabase } from "../database.js";

/** What this package uses of a DuckDB appender. */
export interface DuckdbAppenderLike {
  /** Append text (DuckDB casts it to the column's type, e.g. a DATE). */
  appendVarchar(value: string): void;
  /** Append an INTEGER. */
  appendInteger(value: number): void;
  /** Append a DOUBLE. */
  appendDouble(value: number): void;
  /** Append a BOOLEAN. */
  appendBoolean(value: boolean): void;
  /** Append NULL. */
  appendNull(): void;
  /** Append a list of the given list type. */
  appendList(value: readonly never[], type?: never): void;
  /** End the row. */
  endRow(): void;
  /** Write the rows appended so far. */
  flushSync(): void;
  /** Close the appender. */
  closeSync(): void;
}

/** What this package reads of a DuckDB result. */
export interface DuckdbResultLike {
  /** The rows as objects. */
  getRowObjectsJS(): Record<string, unknown>[];
}

/** What this package uses of a DuckDB connection (`await instance.connect()` from `@duckdb/node-api`). */
export interface DuckdbConnectionLike {
  /** Run statements. */
  run(sql: string): Promise<unknown>;
  /** Run a statement and read its rows. */
  runAndReadAll(sql: string): Promise<DuckdbResultLike>;
  /** An appender on a table of a schema. */
  createAppender(table: string, schema?: string | null): Promise<DuckdbAppenderLike>;
}

type DuckdbApi = typeof import("@duckdb/node-api");
let api: Promise<DuckdbApi> | undefined;

function appendValue(appender: DuckdbAppenderLike, duck: DuckdbApi, kind: SqlColumn["kind"], value: unknown): void {
  if (value === null || value === undefined) return appender.appendNull();
  switch (kind) {
    case "integer":
      return appender.appendInteger(value as number);
    case "double":
      return appender.appendDouble(value as number);
    case "boolean":
      return appender.appendBoolean(value as boolean);
    case "textList":
      return appender.appendList((value as string[]).map(String) as never[], duck.LIST(duck.VARCHAR) as never);
    case "partners": {
      const items = (value as { name: string; sector?: string }[]).map((p) => duck.structValue({ name: p.name, sector: p.sector ?? null }));
      return appender.appendList(items as never[], duck.LIST(duck.STRUCT({ name: duck.VARCHAR, sector: duck.VARCHAR })) as never);
    }
    default:
      // Text and dates: DuckDB casts `YYYY-MM-DD` to DATE as it appends.
      return appender.appendVarchar(String(value));
  }
}

/**
 * A DuckDB connection as a {@link SqlDatabase}.
 *
 * @param connection - an open connection (`await (await DuckDBInstance.create("kw.duckdb")).connect()`)
 * @returns the database
 * @example
 * const db = duckdbDatabase(await (await DuckDBInstance.create(":memory:")).connect());
 * await migrate(db);
 */
export function duckdbDatabase(connection: DuckdbConnectionLike): SqlDatabase {
  return {
    dialect: "duckdb",
    async query(sql) {
      return (await connection.runAndReadAll(sql)).getRowObjectsJS();
    },
    async exec(sql) {
      await connection.run(sql);
    },
    async writeRows(schema, table, columns, rows) {
      if (rows.length === 0) return;
      const duck = await (api ??= import("@duckdb/node-api"));
      const appender = await connection.createAppender(table, schema);
      try {
        for (const row of rows) {
          for (let i = 0; i < columns.length; i++) appendValue(appender, duck, columns[i]!.kind, row[i]);
          appender.endRow();
        }
        appender.flushSync();
      } finally {
        appender.closeSync();
      }
    },
  };
}
