// The final numbers of a report accumulator: the join of its facts, then every indicator group in
// report order. Rounding happens here only.
import type { AgeBand, Catalogues } from "@kinderwerk/core";
import type { ResultInputs } from "../indicators/facts.js";
import type { RawSums } from "../indicators/group.js";
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
  for (const group of INDICATOR_GROUPS) {
    const out = group.compute(facts, { values, raw });
    Object.assign(values, out.values);
    Object.assign(raw, out.raw);
  }
  const sum = (key: keyof RawSums): number => raw[key] ?? 0;
  return {
    ...(values as unknown as IndicatorValues),
    ageBands: acc.ageBands,
    raw: { activityMinutes: sum("activityMinutes"), contactMinutes: sum("contactMinutes"), respondedReferrals: sum("respondedReferrals"), ageUnresolved: sum("ageUnresolved") },
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
  return { ...results, ...extensionValues({ reach: results.reach, targetGroup: results["reach.targetGroup"], contactMinutes: results.raw.contactMinutes }, options) };
}
