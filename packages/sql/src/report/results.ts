// The results of a report computed in the database: the same options and the very object
// `ReportAccumulator.result()` returns, so buildReport, disclosure control and every renderer take it.
import { defaultCatalogues, TABLE_NAMES, type TableName } from "@kinderwerk/core";
import type { Catalogues } from "@kinderwerk/core";
import type { IndicatorResults, ReportAccumulatorOptions, ResultOptions, TrendGranularity } from "@kinderwerk/reporting";
import { createReportAccumulator, withExtensions } from "@kinderwerk/reporting";
import type { SqlDatabase } from "../database.js";
import { SQL_SCHEMA } from "../schema/ddl.js";
import { sqlContext } from "./context.js";
import type { SqlRawSums } from "./group.js";
import { SQL_INDICATOR_GROUPS } from "./groups.js";
import { trendSql } from "./groups/trend.js";

/** The options of {@link sqlResults}: those of a report accumulator, the extension inputs and the trend's grouping (`result({ trend })`'s). */
export interface SqlReportOptions extends ReportAccumulatorOptions, Pick<ResultOptions, "budget" | "population" | "trend"> {}

/** The follow-up days of the referral destinations that have them. */
function followUpDays(catalogues: Catalogues): Map<string, number> {
  return new Map(catalogues.referralDestinations.entries.flatMap((e) => (e.followUpDays === undefined ? [] : [[e.code, e.followUpDays] as const])));
}

/** The ids `result()` returns beyond the indicators: not computed by a group. */
const NOT_INDICATORS = new Set(["ageBands", "raw", "costPerChild", "costPerContactHour", "reachShare", "basis", "tables", "usesVersion2", "targets", "trend"]);

/** The tables that hold rows: what the results rest on, as `result()` names them. */
async function tablesWithRows(db: SqlDatabase): Promise<TableName[]> {
  const held: TableName[] = [];
  for (const table of TABLE_NAMES) {
    const rows = await db.query(`SELECT count(*) AS n FROM ${SQL_SCHEMA}.${table}`);
    if (Number(rows[0]?.["n"] ?? 0) > 0) held.push(table);
  }
  return held.sort();
}

/**
 * Compute every indicator of INDICATORS.md (version 1) in the database, for a period, filter,
 * region or holidays, regulars threshold and age bands, over the tables of a migrated database.
 * The options are checked and normalised as `createReportAccumulator` checks them; the result is
 * the object `result()` of a report accumulator over the same records returns, rows in the same
 * order, rounded the same way, and goes to `buildReport` as it is.
 *
 * @param db - the database (migrated, loaded)
 * @param options - as for `createReportAccumulator`, the budget and population of the extensions, and `trend` (as for `result()`: `month` by default)
 * @returns the unsuppressed results
 * @throws RangeError as `createReportAccumulator` for invalid options; Error
 *   `sql.indicator.missing` when reporting knows an indicator this package has no SQL for
 * @example
 * const results = await sqlResults(db, { period: periodOfYear(2025), region: "zuid" });
 * renderJson(buildReport({ period: periodOfYear(2025), results }));
 */
export async function sqlResults(db: SqlDatabase, options: SqlReportOptions): Promise<IndicatorResults> {
  const template = createReportAccumulator(options);
  const catalogues = options.catalogues ?? defaultCatalogues;
  const empty = template.result({ catalogues, trend: options.trend }) as unknown as Record<string, unknown>;
  const order = (id: string): string[] => (empty[id] as { key: string }[]).map((r) => r.key);
  const ctx = sqlContext(db, template.config, followUpDays(catalogues));
  const values: Record<string, unknown> = {};
  const raw: SqlRawSums = {};
  const basis: Record<string, unknown> = {};
  for (const group of SQL_INDICATOR_GROUPS) {
    const out = await group.compute(ctx, order);
    Object.assign(values, out.values);
    Object.assign(raw, out.raw);
    Object.assign(basis, out.basis);
  }
  const missing = Object.keys(empty).filter((id) => !NOT_INDICATORS.has(id) && !(id in values));
  if (missing.length > 0) throw new Error(`sql.indicator.missing: no SQL for ${missing.join(", ")}`);
  const results = {
    ...values,
    costPerChild: null,
    costPerContactHour: null,
    reachShare: null,
    ageBands: template.ageBands,
    raw: { activityMinutes: raw.activityMinutes ?? 0, contactMinutes: raw.contactMinutes ?? 0, respondedReferrals: raw.respondedReferrals ?? 0, ageUnresolved: 0 },
    // The indicators of definitions version 2 are not SQL yet: these results are version 1's.
    basis,
    tables: await tablesWithRows(db),
    usesVersion2: false,
    targets: [],
    ...(empty["trend"] === undefined ? {} : { trend: await trendSql(ctx, (empty["trend"] as { granularity: TrendGranularity }).granularity) }),
  } as unknown as IndicatorResults;
  return withExtensions(results, { budget: options.budget, population: options.population });
}
