// Records read back out of the database: rows of a table as the records the loader wrote, in
// core's field names — the inverse of `rowOf`, for apps that keep their records in the database.
import type { TableName } from "@kinderwerk/core";
import { ident, text } from "../_lib/quote.js";
import type { SqlDatabase } from "../database.js";
import type { SqlColumnSpec } from "../schema/columns.js";
import { SQL_SCHEMA } from "../schema/ddl.js";
import { columnsOf } from "./loader.js";

/**
 * Which rows to read: per field, the text value it must have, or a list of values it may have.
 * Fields are core's canonical names (`childId`), compared as text.
 */
export type RecordFilter = Readonly<Record<string, string | readonly string[]>>;

/** A column in the select list: dates as `YYYY-MM-DD` text, whatever the driver makes of a DATE. */
function selected(column: SqlColumnSpec): string {
  const name = ident(column.name);
  return column.kind === "date" ? `CAST(${name} AS TEXT) AS ${name}` : name;
}

/** The WHERE clause of a filter, `""` for none; an empty list matches no row. */
function whereOf(table: TableName, filter: RecordFilter): string {
  const columns = new Map(columnsOf(table).map((c) => [c.field, c]));
  const terms = Object.entries(filter).map(([field, value]) => {
    const column = columns.get(field);
    if (column === undefined) throw new RangeError(`readRecords: ${table} has no field ${JSON.stringify(field)}`);
    // A text column is compared as it is, so the database can use its key's index.
    const name = column.kind === "text" ? ident(column.name) : `CAST(${ident(column.name)} AS TEXT)`;
    if (typeof value === "string") return `${name} = ${text(value)}`;
    const list = value as readonly string[];
    return list.length === 0 ? "FALSE" : `${name} IN (${list.map(text).join(", ")})`;
  });
  return terms.length === 0 ? "" : ` WHERE ${terms.join(" AND ")}`;
}

/** A value as the record holds it: lists as arrays, partners without an empty sector. */
function valueOf(column: SqlColumnSpec, value: unknown): unknown {
  if (column.kind === "partners") {
    const list = typeof value === "string" ? (JSON.parse(value) as unknown) : value;
    return (list as { name: string; sector?: string | null }[]).map((p) => (p.sector == null ? { name: p.name } : { name: p.name, sector: p.sector }));
  }
  if (column.kind === "textList") return [...(value as Iterable<string>)];
  if (column.kind === "integer" || column.kind === "double") return Number(value);
  return value;
}

/**
 * Read records of a table back from the database: each row as the record the loader wrote from
 * it, with core's field names, dates as `YYYY-MM-DD`, and a field left out where the column is
 * NULL (as a validated record leaves out what it does not have). Rows come in no particular order.
 *
 * @param db - the database (migrated)
 * @param table - the table
 * @param filter - which rows: field values to match (default: every row)
 * @returns the records
 * @throws RangeError when the filter names a field the table does not have
 * @example
 * const [child] = await readRecords(db, "children", { childId: "k-0042" });
 * const known = await readRecords(db, "sessions", { sessionId: ["s-1", "s-2"] });
 */
export async function readRecords(db: SqlDatabase, table: TableName, filter: RecordFilter = {}): Promise<Record<string, unknown>[]> {
  const columns = columnsOf(table);
  const sql = `SELECT ${columns.map(selected).join(", ")} FROM ${ident(SQL_SCHEMA)}.${ident(table)}${whereOf(table, filter)}`;
  const rows = await db.query(sql);
  return rows.map((row) => {
    const record: Record<string, unknown> = {};
    for (const column of columns) {
      const value = row[column.name];
      if (value !== null && value !== undefined) record[column.field] = valueOf(column, value);
    }
    return record;
  });
}
