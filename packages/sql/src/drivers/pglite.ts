// PGlite (embedded Postgres) as a SqlDatabase: batches go in with COPY … FROM '/dev/blob', a CSV
// made in memory and handed over as the query's blob.
import { ident } from "../_lib/quote.js";
import type { SqlDatabase } from "../database.js";
import { csvOfRows } from "./csv.js";

/** What this package uses of a PGlite instance (`new PGlite()` from `@electric-sql/pglite`). */
export interface PgliteLike {
  /** Run one statement; `options.blob` is what `COPY … FROM '/dev/blob'` reads. */
  query(sql: string, params?: unknown[], options?: { blob?: Blob }): Promise<{ rows: unknown[] }>;
  /** Run statements separated by `;`. */
  exec(sql: string): Promise<unknown>;
}

/**
 * A PGlite instance as a {@link SqlDatabase}.
 *
 * @param pglite - an open PGlite (`new PGlite()` in memory, or `new PGlite("./data")` on disk)
 * @returns the database
 * @example
 * const db = pgliteDatabase(new PGlite());
 * await migrate(db);
 */
export function pgliteDatabase(pglite: PgliteLike): SqlDatabase {
  return {
    dialect: "postgres",
    async query(sql) {
      return (await pglite.query(sql)).rows as Record<string, unknown>[];
    },
    async exec(sql) {
      await pglite.exec(sql);
    },
    async writeRows(schema, table, columns, rows) {
      if (rows.length === 0) return;
      const target = `${ident(schema)}.${ident(table)} (${columns.map((c) => ident(c.name)).join(", ")})`;
      const blob = new Blob([csvOfRows(columns, rows)]);
      await pglite.query(`COPY ${target} FROM '/dev/blob' WITH (FORMAT csv)`, [], { blob });
    },
  };
}
