// The results of `kinderwerk report` computed in SQL: from a database (`report <url>`), or through
// an in-memory DuckDB over a dataset folder (`report <folder> --engine duckdb`). Both give the very
// results the JS path gives, the indicators of definitions versions 1 and 2; the report is built
// from them the same way.

import { existsSync } from "node:fs";
import type { IndicatorResults } from "@kinderwerk/reporting";
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

async function resultsOf(open: OpenDatabase, run: ReportRun, engine: string, lang: CommandContext["lang"]): Promise<Pick<ReportResults, "current" | "earlier">> {
  try {
    return { current: await sqlResults(open.db, run.current), earlier: run.earlier === undefined ? undefined : await sqlResults(open.db, run.earlier) };
  } catch (error) {
    if (error instanceof RangeError) throw error;
    throw new CliError(say(lang, "database.cannot-open", { engine }));
  }
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
    return { ...results, outcomes: [], code: 0 };
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
    // A table that came, also without a row accepted, is there: its indicators count 0 rather than being left out (as in the JS path).
    const declaredTables = outcomes.filter((o) => !o.headerUnrecognised).map((o) => o.table);
    const declare = (options: SqlReportOptions): SqlReportOptions => ({ ...options, declaredTables });
    const results = await resultsOf(open, { current: declare(run.current), earlier: run.earlier === undefined ? undefined : declare(run.earlier) }, "duckdb", ctx.lang);
    return { ...results, outcomes, code };
  } finally {
    await open.close();
  }
}
