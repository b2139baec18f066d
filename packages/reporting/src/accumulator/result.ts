// The final numbers of a report accumulator: the join of its facts, then every indicator group in
// report order. Rounding happens here only.
import type { AgeBand, Catalogues, TableName } from "@kinderwerk/core";
import type { RatioPolicy } from "../capacity/ratio.js";
import { resolveRatioPolicy } from "../capacity/ratio.js";
import type { PeriodFacts, ResultInputs, StaffPolicy } from "../indicators/facts.js";
import type { AnyIndicatorGroup, Basis, RawSums } from "../indicators/group.js";
import { extensionValues } from "../indicators/extensions/extensions.js";
import { INDICATOR_GROUPS } from "../indicators/groups.js";
import type { IndicatorValues } from "../indicators/groups.js";
import type { AccumulatorFacts } from "./join.js";
import { joinFacts } from "./join.js";

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

/** Whether a group holds only indicators of version 2 (skipped, with its cost, for version 1 data). */
const isV2Group = (g: AnyIndicatorGroup): boolean => g.ids.every((id) => g.specs[id]!.version === 2);

/** The tables an indicator needs that are missing (a given population stands in for the neighbourhood table). */
export function missingTables(tables: readonly TableName[] | ReadonlySet<TableName>, needed: readonly TableName[], population: boolean): TableName[] {
  const has = (t: TableName): boolean => (Array.isArray(tables) ? tables.includes(t) : (tables as ReadonlySet<TableName>).has(t));
  return needed.filter((t) => !has(t) && !(t === "neighbourhoods" && population));
}

/** The targets of the period. */
function targetsOf(facts: PeriodFacts): ResultTarget[] {
  return facts.v2.targets
    .filter(([, , from, to]) => (from === null || from <= facts.to) && (to === null || to >= facts.from))
    .map(([indicator, target, from, to]) => ({ indicator, target, from, to }));
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
  for (const group of INDICATOR_GROUPS) {
    if (!used && isV2Group(group)) continue;
    const out = group.compute(facts, { values, raw, basis });
    Object.assign(values, out.values);
    Object.assign(raw, out.raw);
    Object.assign(basis, out.basis);
    // An indicator whose table is missing is absent, never 0.
    for (const id of group.ids) {
      const needed = group.specs[id]!.tables ?? [];
      if (missingTables(facts.v2.tables, needed, inputs.population !== undefined).length > 0) values[id] = undefined;
    }
  }
  const sum = (key: keyof RawSums): number => raw[key] ?? 0;
  return {
    ...(values as unknown as IndicatorValues),
    ageBands: acc.ageBands,
    raw: { activityMinutes: sum("activityMinutes"), contactMinutes: sum("contactMinutes"), respondedReferrals: sum("respondedReferrals"), ageUnresolved: sum("ageUnresolved") },
    basis,
    tables: [...facts.v2.tables].sort(),
    usesVersion2: used,
    targets: used ? targetsOf(facts) : [],
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
