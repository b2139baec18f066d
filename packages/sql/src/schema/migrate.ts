// Versioned, idempotent migrations, recorded in kinderwerk.migrations: `migrate` applies the ones a
// database has not had yet, in one transaction, and a second run changes nothing.
import { ident, text } from "../_lib/quote.js";
import type { SqlDatabase, SqlDialect } from "../database.js";
import { SQL_SCHEMA, schemaSql } from "./ddl.js";

/** One migration: its version (1, 2, …), a name, and its SQL per dialect. */
export interface Migration {
  /** The version it brings the database to. */
  readonly version: number;
  /** What it does, in a few words. */
  readonly name: string;
  /** Its statements for a dialect. */
  sql(dialect: SqlDialect): string;
}

/**
 * Every migration, oldest first. Version 1 makes the tables of FORMAT.md version 2 as core's table
 * specs define them; a change to a spec that changes the DDL needs a new migration (the schema
 * snapshot test says so), never an edit of an applied one.
 */
export const MIGRATIONS: readonly Migration[] = [{ version: 1, name: "the tables of the exchange format, version 2", sql: schemaSql }];

/** The result of {@link migrate}. */
export interface MigrateResult {
  /** The versions applied by this call, in order (empty when the database was up to date). */
  readonly applied: readonly number[];
  /** The version the database is at now. */
  readonly version: number;
}

const MIGRATIONS_TABLE = `${ident(SQL_SCHEMA)}.${ident("migrations")}`;

async function appliedVersions(db: SqlDatabase): Promise<Set<number>> {
  const rows = await db.query(`SELECT version FROM ${MIGRATIONS_TABLE}`);
  return new Set(rows.map((r) => Number(r["version"])));
}

/**
 * Bring a database's kinderwerk schema up to date: make the migrations table when missing, then
 * apply every migration not yet recorded there, in one transaction (on Postgres under an advisory
 * lock, so two processes migrating at once apply each migration once).
 *
 * @param db - the database
 * @param migrations - the migrations (default {@link MIGRATIONS})
 * @returns the versions applied and the version reached
 * @throws the driver's error when a migration fails; nothing of that run is kept
 * @example
 * await migrate(pgliteDatabase(new PGlite())); // => { applied: [1], version: 1 }
 */
export async function migrate(db: SqlDatabase, migrations: readonly Migration[] = MIGRATIONS): Promise<MigrateResult> {
  await db.exec(
    `CREATE SCHEMA IF NOT EXISTS ${ident(SQL_SCHEMA)};\nCREATE TABLE IF NOT EXISTS ${MIGRATIONS_TABLE} (version INTEGER PRIMARY KEY, name ${db.dialect === "postgres" ? "TEXT" : "VARCHAR"} NOT NULL, applied_at TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP)`,
  );
  const applied: number[] = [];
  await db.exec("BEGIN");
  try {
    if (db.dialect === "postgres") await db.query("SELECT pg_advisory_xact_lock(4307116353)");
    const done = await appliedVersions(db);
    for (const m of [...migrations].sort((a, b) => a.version - b.version)) {
      if (done.has(m.version)) continue;
      await db.exec(m.sql(db.dialect));
      await db.exec(`INSERT INTO ${MIGRATIONS_TABLE} (version, name) VALUES (${m.version}, ${text(m.name)})`);
      applied.push(m.version);
      done.add(m.version);
    }
    await db.exec("COMMIT");
    return { applied, version: Math.max(0, ...done) };
  } catch (error) {
    await db.exec("ROLLBACK");
    throw error;
  }
}
