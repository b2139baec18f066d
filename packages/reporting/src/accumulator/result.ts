// The final numbers of a report accumulator: the join of its facts, then every indicator group in
// report order. Rounding happens here only.
import type { AgeBand, Catalogues, TableName } from "@kinderwerk/core";
import type { RatioPolicy } from "../capacity/ratio.js";
import { resolveRatioPolicy } from "../capacity/ratio.js";
import type { ResultInputs, StaffPolicy } from "../indicators/facts.js";
import type { AnyIndicatorGroup, Basis, RawSums } from "../indicators/group.js";
import { extensionValues } from "../indicators/extensions/extensions.js";
import { INDICATOR_GROUPS } from "../indicators/groups.js";
import type { IndicatorValues } from "../indicators/groups.js";
import type { TrendGranularity } from "../trend/buckets.js";
import { TREND_GRANULARITIES } from "../trend/buckets.js";
import type { TrendResult } from "../trend/compute.js";
import { computeTrend } from "../trend/compute.js";
import type { AccumulatorFacts } from "./join.js";
import { joinFacts } from "./join.js";
import { cmpFacts } from "./keep.js";
import type { TargetFact } from "./v2State.js";

export type { ResultRow } from "../indicators/rows.js";

/** The inputs of the extension indicators. */
export interface ResultOptions {
  /** The budget in euros, for `costPerChild` and `costPerContactHour`. */
  readonly budget?: number | undefined;
  /** The number of children aged 4 to 12 living in the area (CBS), for `reachShare`. */
  readonly population?: number | undefined;
  /** Catalogues whose codes appear as rows even when zero; the accumulator's catalogues when left out. */
  readonly catalogues?: Catalogues | undefined;
  /** Hours of a full-time week, for `staff.fte`. Default 36 (CAO Sociaal Werk). */
  readonly fullTimeHours?: number | undefined;
  /** Years a VOG stays valid, for `staff.vogOverdue`. Default 3. */
  readonly vogYears?: number | undefined;
  /** Years a meldcode training stays valid, for `staff.meldcodeTrainingOverdue`. Default 2. */
  readonly meldcodeTrainingYears?: number | undefined;
  /** The ratio policy of `sessions.understaffed`: one adult per 8 children, at least 1, when left out. */
  readonly ratioPolicy?: RatioPolicy | undefined;
  /**
   * How the trend (attendances and reach per bucket) groups the period: by ISO `week`, calendar
   * `month` (default) or calendar `quarter`; `none` leaves the trend out.
   */
  readonly trend?: TrendGranularity | "none" | undefined;
}

/** One agreed target in the period (the `targets` table), as `result()` gives it. */
export interface ResultTarget {
  /** The indicator id agreed on. */
  readonly indicator: string;
  /** The number agreed. */
  readonly target: number;
  readonly from: string | null;
  readonly to: string | null;
}

/**
 * The staff policy of the version 2 indicators, from the options of `result()`.
 *
 * @param options - the options
 * @returns the policy
 * @throws RangeError when a number is out of range
 */
export function staffPolicyOf(options: ResultOptions): StaffPolicy {
  const check = (name: string, v: number, min: number, max: number): number => {
    if (!Number.isFinite(v) || v < min || v > max) throw new RangeError(`${name} must be a number from ${min} to ${max}`);
    return v;
  };
  return {
    fullTimeHours: check("fullTimeHours", options.fullTimeHours ?? 36, 1, 168),
    vogYears: Math.trunc(check("vogYears", options.vogYears ?? 3, 0, 100)),
    meldcodeTrainingYears: Math.trunc(check("meldcodeTrainingYears", options.meldcodeTrainingYears ?? 2, 0, 100)),
    ratio: resolveRatioPolicy(options.ratioPolicy),
  };
}

/**
 * The unsuppressed ("internal") results of every indicator, keyed by indicator id: for the
 * organisation's own use. Publish with `buildReport`, which applies disclosure control.
 * A value that cannot be computed (a mean over zero sessions) is `null`.
 */
export interface IndicatorResults extends IndicatorValues {
  /** The age bands `reach.byAgeBand` counts in (INDICATORS.md's defaults unless the accumulator was given others). */
  readonly ageBands: readonly AgeBand[];
  /**
   * Exact sums behind the rounded values, the number of responded referrals behind the median, and
   * the number of children counted in the age band `unknown` only because their band changes inside
   * the period and no merged part held both their record and their first attendance (see
   * docs/indicators.md, "When merging is exact"); 0 for one pass over all records.
   */
  readonly raw: {
    readonly activityMinutes: number;
    readonly contactMinutes: number;
    readonly respondedReferrals: number;
    readonly ageUnresolved: number;
  };
  /** What disclosure control needs behind version 2 values: the cases behind each median, the counts behind the rows of shares. */
  readonly basis: Basis;
  /** The tables the results rest on: those that came with records or were declared present. */
  readonly tables: readonly TableName[];
  /** Whether any table or column of FORMAT.md version 2 came: a report of these results uses definitions version 2. */
  readonly usesVersion2: boolean;
  /** The agreed targets whose dates overlap the period (all of them when undated), sorted. */
  readonly targets: readonly ResultTarget[];
  /** Attendances and reach per week, month or quarter of the period (see `ResultOptions.trend`); absent with `trend: "none"`. */
  readonly trend?: TrendResult;
  /**
   * The first and the last date of the sessions the accumulator was given, inside the period or
   * not (the data's span: `buildReport` warns when it covers the period only in part); absent
   * without sessions.
   */
  readonly dataSpan?: { readonly first: string; readonly last: string } | undefined;
}

const dataSpanEntry = (span: { first: string; last: string } | undefined): { dataSpan?: { first: string; last: string } } => (span === undefined ? {} : { dataSpan: span });

/** The first and last session date among the facts, or `undefined` without sessions. */
function dataSpanOf(acc: AccumulatorFacts): { first: string; last: string } | undefined {
  let first: string | undefined;
  let last: string | undefined;
  for (const s of acc.sessionFacts) {
    if (s === undefined) continue;
    const date = s[1];
    if (first === undefined || date < first) first = date;
    if (last === undefined || date > last) last = date;
  }
  return first === undefined || last === undefined ? undefined : { first, last };
}

/**
 * The trend granularity of the options of `result()`.
 *
 * @param options - the options
 * @returns `week`, `month` (the default), `quarter` or `none`
 * @throws RangeError when `trend` is none of these
 */
export function trendOf(options: ResultOptions): TrendGranularity | "none" {
  const trend = options.trend ?? "month";
  if (trend !== "none" && !(TREND_GRANULARITIES as readonly string[]).includes(trend)) throw new RangeError(`trend must be one of ${TREND_GRANULARITIES.join(", ")} or none`);
  return trend;
}

/** What decides whether results hold an indicator: the data's tables and version, and a population given. */
export interface IndicatorPresence {
  /** The tables present. */
  readonly tables: readonly TableName[] | ReadonlySet<TableName>;
  /** Whether the data uses FORMAT.md version 2. */
  readonly usesVersion2: boolean;
  /** Whether a population was given (it stands in for the neighbourhood table). */
  readonly population: boolean;
}

/**
 * How results hold an indicator: `computed`; `absent` — a table it needs is missing, so its value
 * is `undefined`, never 0; or `left-out` — an indicator of version 2 in results of data of version
 * 1, which do not have its key at all. Every engine's results follow this one rule.
 *
 * @param spec - the indicator's version and tables (its definition)
 * @param presence - the tables, the data's version, whether a population was given
 * @returns how it stands
 * @example
 * indicatorStanding({ version: 2, tables: ["budgets"] }, { tables: ["children"], usesVersion2: true, population: false }); // => "absent"
 */
export function indicatorStanding(spec: { readonly version?: 1 | 2 | undefined; readonly tables?: readonly TableName[] | undefined }, presence: IndicatorPresence): "computed" | "absent" | "left-out" {
  if (spec.version === 2 && !presence.usesVersion2) return "left-out";
  return missingTables(presence.tables, spec.tables ?? [], presence.population).length > 0 ? "absent" : "computed";
}

/** Whether results skip a group, with its cost: all its indicators are left out. */
const skipped = (g: AnyIndicatorGroup, presence: IndicatorPresence): boolean => g.ids.every((id) => indicatorStanding(g.specs[id]!, presence) === "left-out");

/**
 * The tables an indicator needs that are missing (a given population stands in for the neighbourhood table).
 *
 * @param tables - the tables present
 * @param needed - the tables the indicator needs (its definition's `tables`)
 * @param population - whether a population was given
 * @returns the missing tables; none when the indicator can be computed
 * @example
 * missingTables(["children", "staff"], ["staff", "staffing"], false); // => ["staffing"]
 */
export function missingTables(tables: readonly TableName[] | ReadonlySet<TableName>, needed: readonly TableName[], population: boolean): TableName[] {
  const has = (t: TableName): boolean => (Array.isArray(tables) ? tables.includes(t) : (tables as ReadonlySet<TableName>).has(t));
  return needed.filter((t) => !has(t) && !(t === "neighbourhoods" && population));
}

/**
 * The agreed targets whose dates overlap the period (all of them when undated), in the fixed order
 * of their facts.
 *
 * @param targets - the targets' facts, in any order
 * @param from - the period's first day
 * @param to - the period's last day
 * @returns the targets of the period
 * @example
 * periodTargets([["reach", 120, "2025-01-01", "2025-12-31"], ["families", 40, "2024-01-01", "2024-12-31"]], "2025-01-01", "2025-03-31");
 * // => [{ indicator: "reach", target: 120, from: "2025-01-01", to: "2025-12-31" }]
 */
export function periodTargets(targets: readonly TargetFact[], from: string, to: string): ResultTarget[] {
  return [...targets]
    .sort(cmpFacts)
    .filter(([, , f, t]) => (f === null || f <= to) && (t === null || t >= from))
    .map(([indicator, target, f, t]) => ({ indicator, target, from: f, to: t }));
}

/**
 * Join the facts and compute every indicator group, in report order.
 *
 * @param acc - the accumulator's facts
 * @param inputs - extension inputs and catalogues
 * @returns the unsuppressed results
 */
export function computeResults(acc: AccumulatorFacts, inputs: ResultInputs): IndicatorResults {
  const facts = joinFacts(acc, inputs);
  const values: Record<string, unknown> = {};
  const raw: Partial<Record<keyof RawSums, number>> = {};
  const basis: Record<string, Basis[string]> = {};
  const used = facts.v2.used;
  const presence: IndicatorPresence = { tables: facts.v2.tables, usesVersion2: used, population: inputs.population !== undefined };
  for (const group of INDICATOR_GROUPS) {
    if (skipped(group, presence)) continue;
    const out = group.compute(facts, { values, raw, basis });
    Object.assign(values, out.values);
    Object.assign(raw, out.raw);
    Object.assign(basis, out.basis);
    // An indicator whose table is missing is absent, never 0.
    for (const id of group.ids) if (indicatorStanding(group.specs[id]!, presence) === "absent") values[id] = undefined;
  }
  const sum = (key: keyof RawSums): number => raw[key] ?? 0;
  return {
    ...(values as unknown as IndicatorValues),
    ageBands: acc.ageBands,
    raw: { activityMinutes: sum("activityMinutes"), contactMinutes: sum("contactMinutes"), respondedReferrals: sum("respondedReferrals"), ageUnresolved: sum("ageUnresolved") },
    basis,
    tables: [...facts.v2.tables].sort(),
    usesVersion2: used,
    targets: used ? periodTargets(facts.v2.targets, facts.from, facts.to) : [],
    ...(inputs.trendGranularity === "none" ? {} : { trend: computeTrend(facts, inputs.trendGranularity) }),
    // Only with sessions: a key without a value would be one more "indicator" to whoever lists them.
    ...dataSpanEntry(dataSpanOf(acc)),
  };
}

/**
 * The same results with the extension indicators computed for a budget and a population.
 *
 * @param results - results from `result()`
 * @param options - `budget` (euros) and `population` (children aged 4 to 12 in the area)
 * @returns the results with `costPerChild`, `costPerContactHour` and `reachShare` filled in
 * @example
 * withExtensions(acc.result(), { budget: 120000, population: 2400 }).costPerChild; // => 975.61
 */
export function withExtensions(results: IndicatorResults, options: Pick<ResultOptions, "budget" | "population">): IndicatorResults {
  const budget = options.budget ?? results["budget.total"];
  return { ...results, ...extensionValues({ reach: results.reach, targetGroup: results["reach.targetGroup"], contactMinutes: results.raw.contactMinutes }, { budget, population: options.population }) };
}
