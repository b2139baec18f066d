// The loader: validated records (as @kinderwerk/import's onRecords hands them over) into the
// database in batches, each batch one COPY, appender flush or multi-row INSERT.
import { tables } from "@kinderwerk/core";
import type { TableName, TableSpec } from "@kinderwerk/core";
import type { SqlDatabase } from "../database.js";
import type { SqlColumnSpec } from "../schema/columns.js";
import { sqlColumns } from "../schema/columns.js";
import { SQL_SCHEMA } from "../schema/ddl.js";

/** The default number of records per batch. */
export const DEFAULT_BATCH_SIZE = 20_000;

/** Options of {@link createLoader}. */
export interface LoaderOptions {
  /** Records per batch written at once (default {@link DEFAULT_BATCH_SIZE}). */
  readonly batchSize?: number | undefined;
}

/** A loader: hand it records table by table, then `flush` once at the end. */
export interface SqlLoader {
  /**
   * Take records of a table. They are written when a batch is full, and before records of another
   * table are taken (so a foreign key always finds the rows it points to: hand tables over in
   * `TABLE_NAMES` order, as `importDataset` does).
   */
  add(table: TableName, records: readonly object[]): Promise<void>;
  /** Write every record still held. */
  flush(): Promise<void>;
  /** The records written so far, by table. */
  readonly written: Readonly<Partial<Record<TableName, number>>>;
}

const COLUMNS = new Map<TableName, readonly SqlColumnSpec[]>();
/** The SQL columns of a table, derived once. */
export function columnsOf(table: TableName): readonly SqlColumnSpec[] {
  let c = COLUMNS.get(table);
  if (c === undefined) COLUMNS.set(table, (c = sqlColumns(tables[table] as TableSpec)));
  return c;
}

/**
 * A record as a row of its table's SQL columns: each field's value, `null` when not set.
 *
 * @param table - the table
 * @param record - a validated record of it
 * @returns the values in column order
 */
export function rowOf(table: TableName, record: object): unknown[] {
  const r = record as Record<string, unknown>;
  return columnsOf(table).map((c) => r[c.field] ?? null);
}

/**
 * Make a loader into a migrated database.
 *
 * @param db - the database (after {@link migrate})
 * @param options - the batch size
 * @returns the loader
 * @throws RangeError when the batch size is not a whole number ≥ 1
 * @example
 * const loader = createLoader(db);
 * await importDataset(files, { onRecords: (table, records) => loader.add(table, records) });
 * await loader.flush();
 */
export function createLoader(db: SqlDatabase, options: LoaderOptions = {}): SqlLoader {
  const batchSize = options.batchSize ?? DEFAULT_BATCH_SIZE;
  if (!Number.isInteger(batchSize) || batchSize < 1) throw new RangeError("batchSize: expected a whole number ≥ 1");
  const held = new Map<TableName, unknown[][]>();
  const written: Partial<Record<TableName, number>> = {};
  const write = async (table: TableName): Promise<void> => {
    const rows = held.get(table);
    if (rows === undefined || rows.length === 0) return;
    held.set(table, []);
    await db.writeRows(SQL_SCHEMA, table, columnsOf(table), rows);
    written[table] = (written[table] ?? 0) + rows.length;
  };
  return {
    written,
    async add(table, records) {
      for (const other of held.keys()) if (other !== table) await write(other);
      let rows = held.get(table);
      if (rows === undefined) held.set(table, (rows = []));
      for (const record of records) {
        rows.push(rowOf(table, record));
        if (rows.length >= batchSize) {
          await write(table);
          rows = held.get(table)!;
        }
      }
    },
    async flush() {
      for (const table of held.keys()) await write(table);
    },
  };
}
