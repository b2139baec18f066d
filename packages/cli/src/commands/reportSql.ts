// The results of `kinderwerk report` computed in SQL: from a database (`report <url>`), or through
// an in-memory DuckDB over a dataset folder (`report <folder> --engine duckdb`). Both give the very
// results the JS path gives; the report is built from them the same way.

import { existsSync } from "node:fs";
import { V2_TABLES, type IndicatorResults } from "@kinderwerk/reporting";
import type { SqlReportOptions } from "@kinderwerk/sql";
import { SQL_SCHEMA, createLoader, migrate, sqlResults } from "@kinderwerk/sql";
import type { Parsed } from "../_lib/args.js";
import { CliError } from "../_lib/errors.js";
import type { CommandContext } from "../_lib/io.js";
import { say } from "../_lib/messages.js";
import { displayPath } from "../reading/files.js";
import type { FileOutcome } from "../reading/index.js";
import type { DatabaseTarget, OpenDatabase } from "./_database.js";
import { openDatabase } from "./_database.js";
import type { DatasetSpec } from "./_dataset.js";
import { readDataset } from "./_dataset.js";

/** The results of the period and of the period compared with, with what reading the files gave. */
export interface ReportResults {
  readonly current: IndicatorResults;
  readonly earlier?: IndicatorResults | undefined;
  readonly outcomes: readonly FileOutcome[];
  readonly code: 0 | 1;
}

/** What the results are computed for: the period's options, and those of the period compared with. */
export interface ReportRun {
  readonly current: SqlReportOptions;
  readonly earlier?: SqlReportOptions | undefined;
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * The first and last session date in the database, as the JS path's accumulator records it
 * (`results.dataSpan`): the report warns with it when a period is only partly covered.
 */
async function dataSpanIn(open: OpenDatabase): Promise<IndicatorResults["dataSpan"]> {
  const rows = await open.db.query(`SELECT CAST(min(date) AS VARCHAR) AS first_day, CAST(max(date) AS VARCHAR) AS last_day FROM ${SQL_SCHEMA}.sessions`);
  const first = String(rows[0]?.["first_day"] ?? "").slice(0, 10);
  const last = String(rows[0]?.["last_day"] ?? "").slice(0, 10);
  return DAY.test(first) && DAY.test(last) ? { first, last } : undefined;
}

async function resultsOf(open: OpenDatabase, run: ReportRun, engine: string, lang: CommandContext["lang"]): Promise<Pick<ReportResults, "current" | "earlier">> {
  try {
    const dataSpan = await dataSpanIn(open);
    const withSpan = (r: IndicatorResults): IndicatorResults => (dataSpan === undefined ? r : { ...r, dataSpan });
    return { current: withSpan(await sqlResults(open.db, run.current)), earlier: run.earlier === undefined ? undefined : withSpan(await sqlResults(open.db, run.earlier)) };
  } catch (error) {
    if (error instanceof RangeError) throw error;
    throw new CliError(say(lang, "database.cannot-open", { engine }));
  }
}

/**
 * The indicators of definitions version 2 are not yet SQL: when the data holds a table of version
 * 2, say which, on stderr. The report then has the version 1 indicators only, and the run exits 1,
 * as for any table whose indicators are left out.
 *
 * @param tables - the version 2 tables the data holds rows of
 * @param ctx - the command's context
 * @returns 1 when there are any, else 0
 */
function v2LeftOut(tables: readonly string[], ctx: CommandContext): 0 | 1 {
  if (tables.length === 0) return 0;
  ctx.stderr.write(`kinderwerk: ${say(ctx.lang, "database.v2-left-out", { tables: tables.join(", ") })}\n`);
  return 1;
}

/** The version 2 tables a database holds rows of. */
async function v2TablesIn(open: OpenDatabase): Promise<string[]> {
  const held: string[] = [];
  for (const table of V2_TABLES) {
    const rows = await open.db.query(`SELECT count(*) AS n FROM ${SQL_SCHEMA}.${table}`);
    if (Number(rows[0]?.["n"] ?? 0) > 0) held.push(table);
  }
  return held;
}

/**
 * The results from a database that `kinderwerk load` (or an app) filled.
 *
 * @param target - the database
 * @param run - the options of the period and of the one compared with
 * @param ctx - the command's context
 * @returns the results (no files read: exit code 0)
 */
export async function resultsFromDatabase(target: DatabaseTarget, run: ReportRun, ctx: CommandContext): Promise<ReportResults> {
  // Opening a file or folder that is not there would make an empty database of it.
  if (target.engine !== "postgres" && !existsSync(target.location)) throw new CliError(say(ctx.lang, "file.not-found", { path: displayPath(target.location, ctx.cwd) }));
  const open = await openDatabase(target, ctx.lang);
  try {
    // A report reads: it never changes the schema. A database without it was not loaded.
    await open.db.query(`SELECT version FROM ${SQL_SCHEMA}.migrations`).catch(() => {
      throw new CliError(say(ctx.lang, "database.not-loaded", { engine: target.engine }));
    });
    const results = await resultsOf(open, run, target.engine, ctx.lang);
    return { ...results, outcomes: [], code: v2LeftOut(await v2TablesIn(open), ctx) };
  } finally {
    await open.close();
  }
}

/**
 * The results of a dataset folder computed by DuckDB: the folder is read and checked as for the JS
 * path, its accepted records are loaded into an in-memory DuckDB, and the indicators run as SQL.
 *
 * @param parsed - the command's options
 * @param ctx - the command's context
 * @param spec - the dataset's needs and outputs (as for the JS path)
 * @param run - the options of the period and of the one compared with
 * @returns the results and the reading's outcomes
 */
export async function resultsThroughDuckdb(parsed: Parsed, ctx: CommandContext, spec: Omit<DatasetSpec, "onRecords">, run: ReportRun): Promise<ReportResults> {
  const open = await openDatabase({ engine: "duckdb", location: ":memory:" }, ctx.lang);
  try {
    await migrate(open.db);
    const loader = createLoader(open.db);
    const { outcomes, code } = await readDataset(parsed, ctx, { ...spec, onRecords: (table, records) => loader.add(table, records) });
    await loader.flush();
    const results = await resultsOf(open, run, "duckdb", ctx.lang);
    const v2 = V2_TABLES.filter((t) => outcomes.some((o) => o.table === t && o.accepted > 0));
    return { ...results, outcomes, code: v2LeftOut(v2, ctx) === 1 ? 1 : code };
  } finally {
    await open.close();
  }
}
