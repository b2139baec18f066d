// The shared part of every indicator query: the period, the filter, the counted sessions and the
// counted attendances as common table expressions, and the facts of each reached child. Each
// indicator group (report/groups/) adds its SELECT to these.
import { GENDERS } from "@kinderwerk/core";
import type { Catalogues, TableName } from "@kinderwerk/core";
import type { StaffPolicy, StateConfig } from "@kinderwerk/reporting";
import { MICRO_HOURS } from "@kinderwerk/reporting";
import { text } from "../_lib/quote.js";
import type { SqlDatabase } from "../database.js";
import { tableRef } from "../schema/ddl.js";
import type { DialectSql } from "./dialect.js";
import { dialectSql } from "./dialect.js";

/** What an indicator group's SQL is made from. */
export interface SqlContext {
  readonly db: SqlDatabase;
  readonly dialect: DialectSql;
  /** The normalised configuration of the report (period, filter, N, holidays, age bands). */
  readonly config: StateConfig;
  /** The period's first and last day as SQL date literals. */
  readonly from: string;
  readonly to: string;
  /** The follow-up days of the referral destinations that have them. */
  readonly followUpDays: ReadonlyMap<string, number>;
  /** `WITH …` of the counted sessions, counted attendances and reached children, ready for a SELECT. */
  readonly with: string;
  /** `WITH scoped AS (…)` alone (the activities the filter lets in), for a query that needs no attendance. */
  readonly scoped: string;
  /** What the version 2 indicators need beyond the configuration. */
  readonly v2: SqlV2Inputs;
}

/** The inputs of the version 2 indicators: the tables present, the policy, the population and catalogues given. */
export interface SqlV2Inputs {
  /** The tables present: those holding rows, and those declared present. */
  readonly tables: ReadonlySet<TableName>;
  /** The staff policy (full-time week, VOG and training years, ratio policy). */
  readonly policy: StaffPolicy;
  /** A population aged 4 to 12 given to the report. */
  readonly population: number | undefined;
  /** The catalogues whose codes come first in rows. */
  readonly catalogues: Catalogues;
}

/** A date as an SQL date literal (the date was checked as a calendar date). */
export const dateLiteral = (day: string): string => `DATE ${text(day)}`;

const list = (values: readonly string[]): string => values.map(text).join(", ");

/** The condition on an activity (alias `a`) that the report's filter lets it in. */
function scopeCondition(filter: StateConfig["filter"], d: DialectSql): string {
  const parts: string[] = [];
  const { activityKinds, programmeLines, pillars, neighbourhoods, partners } = filter;
  if (activityKinds) parts.push(`a.kind IN (${list(activityKinds)})`);
  if (programmeLines) parts.push(d.listHasAny("a.programme_lines", programmeLines));
  if (pillars) parts.push(d.listHasAny("a.pillars", pillars));
  if (neighbourhoods) parts.push(`a.neighbourhood IN (${list(neighbourhoods)})`);
  if (partners) parts.push(d.partnerNameIn("a.partners", partners));
  return parts.length === 0 ? "TRUE" : parts.map((p) => `COALESCE(${p}, FALSE)`).join(" AND ");
}

/**
 * The reporting-age band of a child (`ch.birth_date`) on a day, as reporting's age scheme gives it:
 * the day of its first counted attendance (`r.first_day`) for reach, the period's first day for the
 * ratio policy.
 *
 * @param config - the report's configuration (its age bands)
 * @param day - an SQL date expression
 * @returns the SQL expression of the band's key
 */
export function bandSql(config: StateConfig, day: string): string {
  const bands = config.ageBands;
  const lo = bands[0]![1];
  const hi = bands[bands.length - 1]![2];
  const md = (d: string): string => `(EXTRACT(MONTH FROM ${d}) * 100 + EXTRACT(DAY FROM ${d}))`;
  const age = `(EXTRACT(YEAR FROM ${day}) - EXTRACT(YEAR FROM ch.birth_date) - CASE WHEN ${md(day)} < ${md("ch.birth_date")} THEN 1 ELSE 0 END)`;
  const whens = bands.map(([key, min, max]) => `WHEN ${age} BETWEEN ${min} AND ${max} THEN ${text(key)}`);
  return [
    `CASE WHEN ch.birth_date IS NULL OR ch.birth_date > ${day} THEN 'unknown'`,
    ...whens,
    `WHEN ${age} < ${lo} THEN ${lo > 0 ? text(`under-${lo}`) : "'unknown'"}`,
    `WHEN ${age} > ${hi} THEN ${text(`over-${hi}`)}`,
    "ELSE 'unknown' END",
  ].join(" ");
}

/** `WITH scoped AS (…)`: the activities the filter lets in. */
function scopedWith(config: StateConfig, d: DialectSql): string {
  return `WITH
scoped AS (SELECT a.activity_id, a.kind, a.programme_lines, a.pillars FROM ${tableRef("activities")} a WHERE ${scopeCondition(config.filter, d)})`;
}

/**
 * The common table expressions every indicator reads:
 * `scoped` (activities the filter lets in), `counted_sessions` (in the period and in scope),
 * `counted` (present attendances of counted sessions, once per child per session), `reached`
 * (per child: counted attendances, first counted day, band, gender, neighbourhood, new or not).
 */
function withClause(config: StateConfig, d: DialectSql, from: string, to: string): string {
  const present = "COALESCE(t.present, TRUE)";
  return `${scopedWith(config, d)},
counted_sessions AS (
  SELECT s.session_id, s.activity_id, s.date, s.duration_minutes,
    COALESCE(s.professionals, 0) AS professionals, COALESCE(s.interns, 0) AS interns, COALESCE(s.volunteers, 0) AS volunteers
  FROM ${tableRef("sessions")} s JOIN scoped a ON a.activity_id = s.activity_id
  WHERE s.date >= ${from} AND s.date <= ${to}),
counted AS (
  SELECT DISTINCT t.session_id, t.child_id FROM ${tableRef("attendance")} t JOIN counted_sessions s ON s.session_id = t.session_id WHERE ${present}),
seen_before AS (
  SELECT DISTINCT t.child_id FROM ${tableRef("attendance")} t
  JOIN ${tableRef("sessions")} s ON s.session_id = t.session_id JOIN scoped a ON a.activity_id = s.activity_id
  WHERE s.date < ${from} AND ${present}),
per_child AS (
  SELECT c.child_id, COUNT(*) AS attendances, MIN(s.date) AS first_day FROM counted c JOIN counted_sessions s ON s.session_id = c.session_id GROUP BY c.child_id),
reached AS (
  SELECT r.child_id, r.attendances,
    ${bandSql(config, "r.first_day")} AS band,
    CASE WHEN ch.gender IN (${list(GENDERS)}) THEN ch.gender ELSE 'unknown' END AS gender,
    CASE WHEN ch.neighbourhood IS NULL OR ch.neighbourhood = '' THEN 'unknown' ELSE ch.neighbourhood END AS hood,
    CASE WHEN b.child_id IS NULL THEN 1 ELSE 0 END AS is_new
  FROM per_child r LEFT JOIN ${tableRef("children")} ch ON ch.child_id = r.child_id LEFT JOIN seen_before b ON b.child_id = r.child_id)
`;
}

/**
 * The context of a report's queries.
 *
 * @param db - the database
 * @param config - the report's normalised configuration (a report accumulator's `config`)
 * @param followUpDays - follow-up days by referral destination
 * @param v2 - the inputs of the version 2 indicators
 * @returns the context
 */
export function sqlContext(db: SqlDatabase, config: StateConfig, followUpDays: ReadonlyMap<string, number>, v2: SqlV2Inputs): SqlContext {
  const d = dialectSql(db.dialect);
  const from = dateLiteral(config.from);
  const to = dateLiteral(config.to);
  return { db, dialect: d, config, from, to, followUpDays, with: withClause(config, d, from, to), scoped: scopedWith(config, d), v2 };
}

/**
 * `numerator / denominator` rounded half away from zero to `decimals` places, in SQL, for
 * non-negative integers: `floor((2·n·10^d + den) / (2·den)) / 10^d`, as reporting rounds.
 *
 * @param numerator - an SQL expression (an integer ≥ 0)
 * @param denominator - an SQL expression (an integer > 0)
 * @param decimals - the decimals
 * @param d - the dialect's fragments
 * @returns the SQL expression
 */
export function roundRatioSql(numerator: string, denominator: string, decimals: number, d: DialectSql): string {
  const scale = 10 ** decimals;
  return `(FLOOR((${2 * scale} * CAST(${numerator} AS ${d.double}) + (${denominator})) / (2 * CAST(${denominator} AS ${d.double}))) / ${scale})`;
}

/**
 * A number read from a row: drivers give counts as `number`, `bigint` or numeric text.
 *
 * @param row - the row
 * @param column - its column
 * @returns the number, or `null` for SQL NULL
 */
export function numberOf(row: Record<string, unknown> | undefined, column: string): number | null {
  const v = row?.[column];
  if (v === null || v === undefined) return null;
  return Number(v);
}


/**
 * A whole number read from a row exactly, whatever the driver gives (`bigint`, `number`, numeric text).
 *
 * @param row - the row
 * @param column - its column
 * @returns the number (0 for SQL NULL)
 */
export function bigintOf(row: Record<string, unknown> | undefined, column: string): bigint {
  const v = row?.[column];
  if (v === null || v === undefined) return 0n;
  return typeof v === "bigint" ? v : BigInt(String(v).replace(/\.0*$/, ""));
}

/**
 * Millionths of an hour of an SQL `hours` expression, as reporting's `microHours` counts them
 * (`floor(hours × 10^6 + 0.5)`: the same IEEE operations in JS, Postgres and DuckDB).
 *
 * @param hours - an SQL expression of hours (a double)
 * @param d - the dialect's fragments
 * @returns the SQL expression (a BIGINT)
 */
export function microHoursSql(hours: string, d: DialectSql): string {
  return `CAST(FLOOR(${hours} * CAST(${MICRO_HOURS} AS ${d.double}) + CAST(0.5 AS ${d.double})) AS BIGINT)`;
}

/**
 * The median of an SQL expression of whole days, as reporting's median (the mean of the middle two
 * when even), over the rows of a FROM … WHERE.
 *
 * @param days - the SQL expression
 * @returns the SQL aggregate
 */
export const medianSql = (days: string): string => `percentile_cont(0.5) WITHIN GROUP (ORDER BY ${days})`;
