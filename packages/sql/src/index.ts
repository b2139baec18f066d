// The public face of @kinderwerk/sql: every export is named here.
export type { SqlColumn, SqlColumnKind, SqlDatabase, SqlDialect } from "./database.js";
export { pgliteDatabase } from "./drivers/pglite.js";
export type { PgliteLike } from "./drivers/pglite.js";
export { pgDatabase } from "./drivers/pg.js";
export type { PgClientLike } from "./drivers/pg.js";
export { duckdbDatabase } from "./drivers/duckdb.js";
export type { DuckdbAppenderLike, DuckdbConnectionLike, DuckdbResultLike } from "./drivers/duckdb.js";
export { sqlColumns, sqlType } from "./schema/columns.js";
export type { SqlColumnSpec } from "./schema/columns.js";
export { SQL_SCHEMA, createTableSql, schemaSql, tableRef } from "./schema/ddl.js";
export { MIGRATIONS, migrate } from "./schema/migrate.js";
export type { Migration, MigrateResult } from "./schema/migrate.js";
export { DEFAULT_BATCH_SIZE, createLoader, rowOf } from "./load/loader.js";
export type { LoaderOptions, SqlLoader } from "./load/loader.js";
export { sqlResults } from "./report/results.js";
export type { SqlReportOptions } from "./report/results.js";
