// DuckDB for the benchmarks: the driver resolved from @kinderwerk/sql (where it is a dev
// dependency), a database with the schema of @kinderwerk/sql, and the dataset folder's CSVs read
// into it by DuckDB itself (`read_csv`), under the table's constraints (keys, references, checks).
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "../..");
const require = createRequire(join(root, "packages/sql/package.json"));

/** @kinderwerk/sql as built. */
export const sql = () => import(pathToFileURL(join(root, "packages/sql/dist/index.js")).href);

/** Open DuckDB with `threads` threads, in memory or on a file; migrated to the schema. */
export async function openDuckdb(file, threads) {
  const { DuckDBInstance } = await import(pathToFileURL(require.resolve("@duckdb/node-api")).href);
  const { duckdbDatabase, migrate, sqlText } = await sql();
  const instance = await DuckDBInstance.create(":memory:", { threads: String(threads) });
  const connection = await instance.connect();
  if (file !== ":memory:") await connection.run(`ATTACH ${sqlText(file)} AS kinderwerk_store; USE kinderwerk_store`);
  const db = duckdbDatabase(connection);
  await migrate(db);
  return { db, close: () => (connection.closeSync(), instance.closeSync()) };
}

const DUCK_COLUMNS = {
  activities: ["activity_id, name, kind, neighbourhood, min_age, max_age", "activityId, name, kind, neighbourhood, minAge, maxAge"],
  children: ["child_id, birth_date, gender, neighbourhood", "childId, birthDate, gender, neighbourhood"],
  sessions: ["session_id, activity_id, date, start_time, duration_minutes, professionals, interns, volunteers", "sessionId, activityId, date, startTime, durationMinutes, professionals, 0, volunteers"],
  attendance: ["session_id, child_id, present", "sessionId, childId, present = 'ja'"],
};

/** Read the four CSVs of a dataset folder into the migrated database. */
export async function loadCsvs(db, dir) {
  const { sqlText } = await sql();
  for (const [table, [columns, select]] of Object.entries(DUCK_COLUMNS)) {
    await db.exec(`INSERT INTO kinderwerk.${table} (${columns}) SELECT ${select} FROM read_csv(${sqlText(join(dir, `${table}.csv`))}, header = true, all_varchar = true)`);
  }
}

