// DuckDB (`@duckdb/node-api`) as a SqlDatabase: batches go in through DuckDB's appender.
import type { SqlColumn, SqlDatabase } from "../database.js";

/** What this package uses of a DuckDB appender. */
export interface DuckdbAppenderLike {
  appendVarchar(value: string): void;
  appendInteger(value: number): void;
  appendDouble(value: number): void;
  appendBoolean(value: boolean): void;
  appendNull(): void;
  appendList(value: readonly never[], type?: never): void;
  endRow(): void;
  flushSync(): void;
  closeSync(): void;
}

/** What this package uses of a DuckDB connection (`await instance.connect()` from `@duckdb/node-api`). */
export interface DuckdbConnectionLike {
  run(sql: string): Promise<unknown>;
  runAndReadAll(sql: string): Promise<{ getRowObjectsJS(): Record<string, unknown>[] }>;
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
      const items = (value as { name: string; sector: string }[]).map((p) => duck.structValue({ name: p.name, sector: p.sector }));
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
