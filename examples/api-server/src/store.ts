// The server's records in a database with the schema of @kinderwerk/sql: PGlite (embedded Postgres
// in a data folder) by default, a Postgres server when DATABASE_URL is set. Reports come from SQL.
import type { Child } from "@kinderwerk/core";
import type { IndicatorResults } from "@kinderwerk/reporting";
import type { SqlDatabase, SqlReportOptions } from "@kinderwerk/sql";
import { createLoader, migrate, pgDatabase, pgliteDatabase, readRecords, sqlResults } from "@kinderwerk/sql";

/** The tables the server writes: the four of FORMAT.md's core. */
export type StoreTable = "children" | "activities" | "sessions" | "attendance";

/** An attendance record's session and child. */
export interface AttendancePair {
  readonly sessionId: string;
  readonly childId: string;
}

/** The key of an attendance record: one per child per session. */
export function attendanceKey(a: AttendancePair): string {
  return `${a.sessionId}\u0000${a.childId}`;
}

/** The field that is a table's id. */
const ID_FIELD = { children: "childId", activities: "activityId", sessions: "sessionId" } as const;

/**
 * Everything the server has accepted, in a migrated database. Writes run one at a time (see
 * {@link Store.exclusive}), so a request's checks and its insert see the same data; the database's
 * own keys and references stand behind them.
 */
export class Store {
  private queue: Promise<unknown> = Promise.resolve();

  private constructor(
    /** The database the records are in. */
    readonly db: SqlDatabase,
    private readonly closeDriver: () => Promise<void>,
  ) {}

  /**
   * A store on a database: migrates it to the schema of @kinderwerk/sql first (idempotent).
   *
   * @param db - the database
   * @param close - how to close its driver
   * @returns the store
   */
  static async on(db: SqlDatabase, close: () => Promise<void>): Promise<Store> {
    await migrate(db);
    return new Store(db, close);
  }

  /** Run `work` when every earlier exclusive work has ended; the next waits for it. */
  exclusive<T>(work: () => Promise<T>): Promise<T> {
    const run = this.queue.then(work, work);
    this.queue = run.catch(() => undefined);
    return run;
  }

  /** Which of these ids of a table are stored already. */
  async existing(table: keyof typeof ID_FIELD, ids: readonly string[]): Promise<Set<string>> {
    const field = ID_FIELD[table];
    const found = await readRecords(this.db, table, { [field]: [...new Set(ids)] });
    return new Set(found.map((r) => String(r[field])));
  }

  /** Which of these attendance pairs are stored already, as {@link attendanceKey}s. */
  async existingAttendance(pairs: readonly AttendancePair[]): Promise<Set<string>> {
    const found = await readRecords(this.db, "attendance", {
      sessionId: [...new Set(pairs.map((p) => p.sessionId))],
      childId: [...new Set(pairs.map((p) => p.childId))],
    });
    return new Set(found.map((r) => attendanceKey(r as unknown as AttendancePair)));
  }

  /** The child with this id, or `undefined`. */
  async child(childId: string): Promise<Child | undefined> {
    const [found] = await readRecords(this.db, "children", { childId });
    return found as Child | undefined;
  }

  /** Write validated records of a table in one transaction: all of them or, on any failure, none. */
  async save(table: StoreTable, records: readonly object[]): Promise<void> {
    await this.db.exec("BEGIN");
    try {
      const loader = createLoader(this.db);
      await loader.add(table, records);
      await loader.flush();
      await this.db.exec("COMMIT");
    } catch (error) {
      await this.db.exec("ROLLBACK");
      throw error;
    }
  }

  /** The indicator results of a period, computed in the database. */
  results(options: SqlReportOptions): Promise<IndicatorResults> {
    return sqlResults(this.db, options);
  }

  /** Close the database. */
  close(): Promise<void> {
    return this.closeDriver();
  }
}

/** The folder PGlite keeps its data in when `DATA_DIR` is not set. */
export const DEFAULT_DATA_DIR = "./data";

/**
 * Open the store the environment names: Postgres at `DATABASE_URL` when it is set (the `pg`
 * driver), else PGlite in the folder `DATA_DIR` (default `./data`; `memory://` keeps it in memory).
 *
 * @param env - the environment
 * @returns the store, migrated
 */
export async function openStore(env: Readonly<Record<string, string | undefined>> = process.env): Promise<Store> {
  const url = env["DATABASE_URL"];
  if (url !== undefined && url !== "") {
    const pg = await import("pg");
    const client = new pg.default.Client({ connectionString: url });
    await client.connect();
    return Store.on(pgDatabase(client), () => client.end());
  }
  const { PGlite } = await import("@electric-sql/pglite");
  const lite = new PGlite(env["DATA_DIR"] || DEFAULT_DATA_DIR);
  return Store.on(pgliteDatabase(lite), () => lite.close());
}
