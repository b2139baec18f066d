// The databases `load` writes into and `report` reads from, by URL: `postgres://…` (the `pg`
// driver), `pglite:<folder>` (embedded Postgres in a folder), `duckdb:<file>` or a path ending in
// `.duckdb` (embedded DuckDB). Each driver is an optional peer, loaded only when asked for.
import type { SqlDatabase } from "@kinderwerk/sql";
import { duckdbDatabase, pgDatabase, pgliteDatabase, sqlText } from "@kinderwerk/sql";
import { CliError } from "../_lib/errors.js";
import type { CliLang } from "../_lib/io.js";
import { resolvePath } from "../_lib/fs.js";
import { say } from "../_lib/messages.js";

/** An open database and how to close it. */
export interface OpenDatabase {
  readonly db: SqlDatabase;
  close(): Promise<void>;
}

/** What a database URL names: the engine and where its data lives. */
export interface DatabaseTarget {
  readonly engine: "postgres" | "pglite" | "duckdb";
  /** The connection URL (postgres) or the path (pglite, duckdb; `:memory:` for DuckDB in memory). */
  readonly location: string;
}

/**
 * The database a command-line argument names, or `undefined` when it names none (a folder).
 *
 * @param arg - the argument
 * @param cwd - the working folder, for relative paths
 * @returns the target
 */
export function databaseTarget(arg: string, cwd: string): DatabaseTarget | undefined {
  if (/^postgres(ql)?:\/\//i.test(arg)) return { engine: "postgres", location: arg };
  if (arg.startsWith("pglite:")) return { engine: "pglite", location: resolvePath(cwd, arg.slice("pglite:".length)) };
  if (arg.startsWith("duckdb:")) return { engine: "duckdb", location: resolvePath(cwd, arg.slice("duckdb:".length)) };
  if (/\.duckdb$/i.test(arg)) return { engine: "duckdb", location: resolvePath(cwd, arg) };
  return undefined;
}

const DRIVERS = { postgres: "pg", pglite: "@electric-sql/pglite", duckdb: "@duckdb/node-api" } as const;

/** Import a driver, or say how to install it. */
async function driver<T>(engine: DatabaseTarget["engine"], load: () => Promise<T>, lang: CliLang): Promise<T> {
  try {
    return await load();
  } catch {
    throw new CliError(say(lang, "database.driver-missing", { engine, package: DRIVERS[engine] }));
  }
}

/**
 * Open the database of a target.
 *
 * @param target - the target
 * @param lang - the language of messages
 * @returns the open database
 * @throws {CliError} when the driver is not installed or the database cannot be opened
 */
export async function openDatabase(target: DatabaseTarget, lang: CliLang): Promise<OpenDatabase> {
  try {
    if (target.engine === "duckdb") {
      const { DuckDBInstance } = await driver("duckdb", () => import("@duckdb/node-api"), lang);
      // A file is attached under a name of its own: opened directly, `kinderwerk.duckdb` would be a
      // catalog named like the schema `kinderwerk`, and every table name ambiguous.
      const instance = await DuckDBInstance.create(":memory:");
      const connection = await instance.connect();
      if (target.location !== ":memory:") await connection.run(`ATTACH ${sqlText(target.location)} AS kinderwerk_store; USE kinderwerk_store`);
      return { db: duckdbDatabase(connection), close: async () => (connection.closeSync(), instance.closeSync()) };
    }
    if (target.engine === "pglite") {
      const { PGlite } = await driver("pglite", () => import("@electric-sql/pglite"), lang);
      const lite = new PGlite(target.location);
      return { db: pgliteDatabase(lite), close: () => lite.close() };
    }
    const pg = await driver("postgres", () => import("pg"), lang);
    const client = new pg.default.Client({ connectionString: target.location });
    await client.connect();
    return { db: pgDatabase(client), close: () => client.end() };
  } catch (error) {
    if (error instanceof CliError) throw error;
    // The driver's message may hold the URL with a password: name the engine only.
    throw new CliError(say(lang, "database.cannot-open", { engine: target.engine }));
  }
}
