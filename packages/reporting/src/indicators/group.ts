// The shape of an indicator group: one module per group (reach, hours, …) holds its indicators'
// definitions and labels, their disclosure rule and their computation over named facts.
import type { Labels, TableName } from "@kinderwerk/core";
import type { PeriodFacts } from "./facts.js";

/** How disclosure control treats an indicator. */
export type DisclosureRule =
  /** Not a count of children or cases: always published. */
  | "none"
  /** A count: primary suppression. */
  | "count"
  /** A breakdown whose rows add up to a published total: primary and secondary suppression. */
  | "additive-breakdown"
  /** A breakdown whose rows may add up to more than the total: primary suppression per row. */
  | "breakdown"
  /** A median: suppressed when fewer cases than the threshold are behind it. */
  | "median"
  /** A breakdown of shares: a row is suppressed when the count behind it is (the counts are in `basis`). */
  | "share-breakdown"
  /** A value derived from a count: suppressed when that count is. */
  | "derived"
  /** A breakdown derived from another breakdown: a row is suppressed when the row of the same key of the other is. */
  | "derived-breakdown";

/** One indicator as its group defines it: what a report shows of it and how it is published. */
export interface IndicatorSpec {
  /** A scalar has a value, a breakdown has rows. */
  readonly shape: "scalar" | "breakdown";
  /** The unit code: `count`, `children`, `mean`, `hours`, `days`, `euro`, `percent`. */
  readonly unit: string;
  /** Decimals of the published value (rounded half away from zero). */
  readonly decimals: number;
  /** Name in Dutch and English. */
  readonly label: Labels;
  /** A one-line description in Dutch and English. */
  readonly description: Labels;
  /** For breakdowns: what the row key is. */
  readonly keyLabel?: Labels;
  /** The definition in English, as INDICATORS.md states it. */
  readonly definition: string;
  /** How disclosure control treats it. */
  readonly disclosure: DisclosureRule;
  /** For `derived` and `derived-breakdown`: the indicator it is derived from. */
  readonly derivedFrom?: string;
  /** Whether it is an extension (needs a budget or population). */
  readonly extension?: boolean;
  /** 2 for the indicators of INDICATORS.md version 2. */
  readonly version?: 2;
  /** The tables it needs: without one of them it is absent from a report, with a warning naming the table. */
  readonly tables?: readonly TableName[];
  /** A count of staff, not children: suppressed in published reports only. */
  readonly staffCount?: boolean;
}

/** Exact sums behind rounded values and counts behind disclosure rules (`IndicatorResults.raw`). */
export interface RawSums {
  readonly activityMinutes: number;
  readonly contactMinutes: number;
  readonly respondedReferrals: number;
  readonly ageUnresolved: number;
}

/**
 * What disclosure control needs behind a value, by indicator id: the number of cases behind a
 * median, or the count behind each row of a breakdown of shares.
 */
export type Basis = Readonly<Record<string, number | Readonly<Record<string, number>>>>;

/** What the groups before this one computed: their values by indicator id, their raw sums and bases. */
export interface EarlierResults {
  readonly values: Readonly<Record<string, unknown>>;
  readonly raw: Readonly<Partial<RawSums>>;
  readonly basis: Basis;
}

/** What a group computes: a value (or rows) per indicator id, raw sums, and what disclosure control needs behind them. */
export interface GroupResult<Values> {
  readonly values: Values;
  readonly raw?: Partial<RawSums>;
  readonly basis?: Basis;
}

/**
 * An indicator group: its indicators in report order (ids and specs) and its computation.
 * `compute` reads the period's facts and, where a group builds on another (the extensions on
 * reach), the results of the groups before it.
 */
export interface IndicatorGroup<Id extends string, Values extends { readonly [K in Id]?: unknown }> {
  /** The group's name (its folder). */
  readonly name: string;
  /** Its indicator ids, in report order. */
  readonly ids: readonly Id[];
  /** Its indicators. */
  readonly specs: { readonly [K in Id]: IndicatorSpec };
  /** Compute its values. */
  compute(facts: PeriodFacts, earlier: EarlierResults): GroupResult<Values>;
}

/** Any indicator group, as `result()` runs them. */
export interface AnyIndicatorGroup {
  readonly name: string;
  readonly ids: readonly string[];
  readonly specs: Readonly<Record<string, IndicatorSpec>>;
  compute(facts: PeriodFacts, earlier: EarlierResults): GroupResult<object>;
}

/**
 * A scalar indicator's spec.
 *
 * @param spec - everything but the shape; decimals default to 0
 * @returns the spec
 */
export const scalar = (spec: Omit<IndicatorSpec, "shape" | "decimals"> & { readonly decimals?: number }): IndicatorSpec => ({ shape: "scalar", decimals: 0, ...spec });

/**
 * A breakdown indicator's spec.
 *
 * @param spec - everything but the shape and decimals (0)
 * @returns the spec
 */
export const breakdown = (spec: Omit<IndicatorSpec, "shape" | "decimals">): IndicatorSpec => ({ shape: "breakdown", decimals: 0, ...spec });

/**
 * Labels in Dutch and English.
 *
 * @param nl - Dutch
 * @param en - English
 * @returns the labels
 */
export const l = (nl: string, en: string): Labels => ({ nl, en });
