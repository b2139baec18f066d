// The results of a report computed in the database: the same options and the very object
// `ReportAccumulator.result()` returns, so buildReport, disclosure control and every renderer take it.
import { defaultCatalogues, TABLE_NAMES, type TableName } from "@kinderwerk/core";
import type { Catalogues } from "@kinderwerk/core";
import type { IndicatorPresence, IndicatorResults, ReportAccumulatorOptions, ResultOptions, TargetFact, TrendGranularity } from "@kinderwerk/reporting";
import { createReportAccumulator, indicatorDefinitions, indicatorStanding, periodTargets, staffPolicyOf, V2_INDICATOR_IDS, V2_TABLES, withExtensions } from "@kinderwerk/reporting";
import { ident } from "../_lib/quote.js";
import type { SqlDatabase } from "../database.js";
import { tableRef } from "../schema/ddl.js";
import type { SqlContext } from "./context.js";
import { sqlContext } from "./context.js";
import { dialectSql } from "./dialect.js";
import type { SqlRawSums } from "./group.js";
import { SQL_INDICATOR_GROUPS } from "./groups.js";
import { trendSql } from "./groups/trend.js";

/** The options of {@link sqlResults}: those of a report accumulator, and those of its `result()` (the trend's grouping too). */
export interface SqlReportOptions
  extends ReportAccumulatorOptions,
    Pick<ResultOptions, "budget" | "population" | "fullTimeHours" | "vogYears" | "meldcodeTrainingYears" | "ratioPolicy" | "trend"> {
  /**
   * Tables that are there without rows (an empty file was read): their indicators count 0 rather
   * than being absent, as `declareTable` makes them for `result()`. A table holding rows is there anyway.
   */
  readonly declaredTables?: readonly TableName[] | undefined;
}

/** The follow-up days of the referral destinations that have them. */
function followUpDays(catalogues: Catalogues): Map<string, number> {
  return new Map(catalogues.referralDestinations.entries.flatMap((e) => (e.followUpDays === undefined ? [] : [[e.code, e.followUpDays] as const])));
}

/** The ids `result()` returns beyond the indicators: not computed by a group. */
const NOT_INDICATORS = new Set(["ageBands", "raw", "costPerChild", "costPerContactHour", "reachShare", "basis", "tables", "usesVersion2", "targets", "trend", "dataSpan"]);

/** The tables that hold rows, and those declared present: what the results rest on, as `result()` names them. */
async function tablesPresent(db: SqlDatabase, declared: readonly TableName[]): Promise<Set<TableName>> {
  const held = new Set<TableName>(declared);
  for (const table of TABLE_NAMES) {
    // As `result()` counts it: attendance is there when a child was there — a table of absences
    // alone holds no attendance pair.
    const where = table === "attendance" ? " WHERE present IS NULL OR present" : "";
    const rows = await db.query(`SELECT EXISTS (SELECT 1 FROM ${tableRef(table)}${where}) AS held`);
    if (rows[0]?.["held"] === true) held.add(table);
  }
  return held;
}

/** Whether the data uses FORMAT.md version 2: a version 2 table, a child's household or an activity's capacity. */
async function usesVersion2(db: SqlDatabase, tables: ReadonlySet<TableName>): Promise<boolean> {
  if (V2_TABLES.some((t) => tables.has(t))) return true;
  const [row] = await db.query(`SELECT EXISTS (SELECT 1 FROM ${tableRef("children")} WHERE household_id IS NOT NULL)
  OR EXISTS (SELECT 1 FROM ${tableRef("activities")} WHERE capacity IS NOT NULL) AS used`);
  return row?.["used"] === true;
}

/** The agreed targets' facts, as reporting keeps them. */
async function targetFacts(db: SqlDatabase): Promise<TargetFact[]> {
  const day = (column: string): string => dialectSql(db.dialect).dateText(ident(column));
  const rows = await db.query(`SELECT indicator, target, ${day("from")} AS from_day, ${day("to")} AS to_day FROM ${tableRef("targets")}`);
  const dayOf = (v: unknown): string | null => (v === null || v === undefined ? null : String(v));
  return rows.map((r) => [String(r["indicator"]), Number(r["target"]), dayOf(r["from_day"]), dayOf(r["to_day"])]);
}

/**
 * The first and last session date, as `result()` records the data's span (`dataSpan`): the report
 * warns with it when a period is only partly covered. `undefined` without sessions.
 */
async function dataSpanOf(db: SqlDatabase): Promise<IndicatorResults["dataSpan"]> {
  const day = (sql: string): string => dialectSql(db.dialect).dateText(sql);
  const [row] = await db.query(`SELECT ${day("min(date)")} AS first_day, ${day("max(date)")} AS last_day FROM ${tableRef("sessions")}`);
  const first = row?.["first_day"];
  const last = row?.["last_day"];
  return first === null || first === undefined || last === null || last === undefined ? undefined : { first: String(first), last: String(last) };
}

/** An indicator's version and tables, as reporting defines it. */
const specOf = (id: string): { version: 1 | 2; tables: readonly TableName[] } => {
  const d = indicatorDefinitions[id as keyof typeof indicatorDefinitions];
  return { version: d?.version ?? 1, tables: (d?.tables ?? []) as readonly TableName[] };
};

/** Every group's values in report order, each indicator standing as reporting's `indicatorStanding` says (absent: `undefined`, never 0). */
async function groupValues(ctx: SqlContext, order: (id: string) => string[], presence: IndicatorPresence): Promise<{ values: Record<string, unknown>; raw: SqlRawSums; basis: Record<string, unknown> }> {
  const values: Record<string, unknown> = {};
  const raw: SqlRawSums = {};
  const basis: Record<string, unknown> = {};
  for (const group of SQL_INDICATOR_GROUPS) {
    if (group.ids.every((id) => indicatorStanding(specOf(id), presence) === "left-out")) continue;
    const out = await group.compute(ctx, order, { values, basis });
    Object.assign(values, out.values);
    Object.assign(raw, out.raw);
    Object.assign(basis, out.basis);
    for (const id of group.ids) if (indicatorStanding(specOf(id), presence) === "absent") values[id] = undefined;
  }
  return { values, raw, basis };
}

/**
 * Compute every indicator of INDICATORS.md (versions 1 and 2) in the database, for a period,
 * filter, region or holidays, regulars threshold and age bands, over the tables of a migrated
 * database. The options are checked and normalised as `createReportAccumulator` and `result()`
 * check them; the result is the object `result()` of a report accumulator over the same records
 * returns, rows in the same order, rounded the same way, and goes to `buildReport` as it is.
 *
 * @param db - the database (migrated, loaded)
 * @param options - as for `createReportAccumulator`, the options of `result()` (`trend`: `month` by default), and the tables declared present
 * @returns the unsuppressed results
 * @throws RangeError as `createReportAccumulator` and `result()` for invalid options; Error
 *   `sql.indicator.missing` when reporting knows an indicator this package has no SQL for
 * @example
 * const results = await sqlResults(db, { period: periodOfYear(2025), region: "zuid" });
 * renderJson(buildReport({ period: periodOfYear(2025), results }));
 */
export async function sqlResults(db: SqlDatabase, options: SqlReportOptions): Promise<IndicatorResults> {
  const template = createReportAccumulator(options);
  const policy = staffPolicyOf(options);
  const catalogues = options.catalogues ?? defaultCatalogues;
  const empty = template.result({ catalogues, trend: options.trend }) as unknown as Record<string, unknown>;
  const order = (id: string): string[] => ((empty[id] ?? []) as { key: string }[]).map((r) => r.key);
  const tables = await tablesPresent(db, options.declaredTables ?? []);
  const used = await usesVersion2(db, tables);
  const ctx = sqlContext(db, template.config, followUpDays(catalogues), { tables, policy, population: options.population, catalogues });
  const { values, raw, basis } = await groupValues(ctx, order, { tables, usesVersion2: used, population: options.population !== undefined });
  const known = [...Object.keys(empty), ...(used ? V2_INDICATOR_IDS : [])];
  const missing = known.filter((id) => !NOT_INDICATORS.has(id) && !(id in values));
  if (missing.length > 0) throw new Error(`sql.indicator.missing: no SQL for ${missing.join(", ")}`);
  const span = await dataSpanOf(db);
  const results = {
    ...values,
    costPerChild: null,
    costPerContactHour: null,
    reachShare: null,
    ageBands: template.ageBands,
    raw: { activityMinutes: raw.activityMinutes ?? 0, contactMinutes: raw.contactMinutes ?? 0, respondedReferrals: raw.respondedReferrals ?? 0, ageUnresolved: 0 },
    basis,
    tables: [...tables].sort(),
    usesVersion2: used,
    targets: used ? periodTargets(await targetFacts(db), template.config.from, template.config.to) : [],
    ...(empty["trend"] === undefined ? {} : { trend: await trendSql(ctx, (empty["trend"] as { granularity: TrendGranularity }).granularity) }),
    ...(span === undefined ? {} : { dataSpan: span }),
  } as unknown as IndicatorResults;
  return withExtensions(results, { budget: options.budget, population: options.population });
}
