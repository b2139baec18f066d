// The DDL of the exchange format, derived from core's table specs: one CREATE TABLE per table of
// FORMAT.md (version 2), in TABLE_NAMES order so every foreign key points back to a table made before.
import { TABLE_NAMES, tables } from "@kinderwerk/core";
import type { TableName, TableSpec } from "@kinderwerk/core";
import { ident, snake } from "../_lib/quote.js";
import type { SqlDialect } from "../database.js";
import { sqlColumns, sqlType } from "./columns.js";

/** The database schema (namespace) the tables live in: `kinderwerk.children`, `kinderwerk.attendance`, … */
export const SQL_SCHEMA = "kinderwerk";

/**
 * A table's qualified, quoted SQL name.
 *
 * @param table - the table
 * @returns `"kinderwerk"."<table>"`
 */
export function tableRef(table: TableName): string {
  return `${ident(SQL_SCHEMA)}.${ident(table)}`;
}

/**
 * The CREATE TABLE statement of one table: its columns with their types, NOT NULL and CHECK
 * constraints, the primary key (the spec's key; none for tables without one) and a foreign key for
 * each reference.
 *
 * @param spec - core's table spec
 * @param dialect - the SQL dialect
 * @returns the statement (idempotent: `IF NOT EXISTS`)
 */
export function createTableSql(spec: TableSpec, dialect: SqlDialect): string {
  const lines = sqlColumns(spec).map((c) => {
    const checks = c.checks.map((check) => ` CHECK (${check})`).join("");
    return `  ${ident(c.name)} ${sqlType(c.kind, dialect)}${c.required ? " NOT NULL" : ""}${checks}`;
  });
  if (spec.key.length > 0) lines.push(`  PRIMARY KEY (${spec.key.map((f) => ident(snake(f))).join(", ")})`);
  for (const ref of spec.references) {
    const target = tables[ref.to];
    lines.push(`  FOREIGN KEY (${ident(snake(ref.field))}) REFERENCES ${tableRef(ref.to)} (${target.key.map((f) => ident(snake(f))).join(", ")})`);
  }
  return `CREATE TABLE IF NOT EXISTS ${tableRef(spec.name)} (\n${lines.join(",\n")}\n)`;
}

/**
 * The DDL of every table of the exchange format, in read order, for a dialect.
 *
 * @param dialect - the SQL dialect
 * @returns the statements, each ending in `;`
 * @example
 * schemaSql("postgres"); // => 'CREATE SCHEMA IF NOT EXISTS "kinderwerk";\nCREATE TABLE IF NOT EXISTS "kinderwerk"."children" (…'
 */
export function schemaSql(dialect: SqlDialect): string {
  const statements = [`CREATE SCHEMA IF NOT EXISTS ${ident(SQL_SCHEMA)}`, ...TABLE_NAMES.map((name) => createTableSql(tables[name] as TableSpec, dialect))];
  return statements.map((s) => `${s};\n`).join("");
}
