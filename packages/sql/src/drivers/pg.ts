// node-postgres (`pg`) as a SqlDatabase. Batches go in as multi-row INSERTs with parameters (COPY
// over pg needs pg-copy-streams, which this package does not depend on), as many rows per statement
// as Postgres's 65,535 parameters allow.
import { ident } from "../_lib/quote.js";
import type { SqlDatabase } from "../database.js";

/** What this package uses of a `pg` Client or Pool (`new pg.Client(url)`, connected). A pool runs each statement on any connection: use a Client for `migrate`. */
export interface PgClientLike {
  /** Run a statement (with `$1…` parameters), or several separated by `;` without parameters. */
  query(sql: string, params?: unknown[]): Promise<{ rows: unknown[] }>;
}

const MAX_PARAMETERS = 65_535;

/**
 * A `pg` client as a {@link SqlDatabase}.
 *
 * @param client - a connected `pg.Client`
 * @returns the database
 * @example
 * const client = new pg.Client(process.env.DATABASE_URL); await client.connect();
 * await migrate(pgDatabase(client));
 */
export function pgDatabase(client: PgClientLike): SqlDatabase {
  return {
    dialect: "postgres",
    async query(sql) {
      return (await client.query(sql)).rows as Record<string, unknown>[];
    },
    async exec(sql) {
      await client.query(sql);
    },
    async writeRows(schema, table, columns, rows) {
      const perStatement = Math.max(1, Math.floor(MAX_PARAMETERS / columns.length));
      const head = `INSERT INTO ${ident(schema)}.${ident(table)} (${columns.map((c) => ident(c.name)).join(", ")}) VALUES `;
      for (let lo = 0; lo < rows.length; lo += perStatement) {
        const chunk = rows.slice(lo, lo + perStatement);
        const params: unknown[] = [];
        const tuples = chunk.map((row) => {
          const marks = columns.map((c, i) => {
            const v = row[i] ?? null;
            params.push(c.kind === "partners" && v !== null ? JSON.stringify(v) : v);
            return `$${params.length}`;
          });
          return `(${marks.join(", ")})`;
        });
        await client.query(head + tuples.join(", "), params);
      }
    },
  };
}
