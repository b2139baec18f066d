// The options of a report accumulator and the configuration parts must share to merge.
import { createAgeBands, defaultAgeBands, defaultCatalogues, isCalendarDate } from "@kinderwerk/core";
import type { AgeBand, AgeBands, Catalogues, HolidayCalendar, SchoolRegion } from "@kinderwerk/core";
import { normaliseFilter } from "../filter/index.js";
import type { ReportFilter } from "../filter/index.js";
import type { Period } from "../period/index.js";
import { holidayRanges } from "./holidays.js";
import type { StateConfig } from "./state.js";

/** The default N of `regulars`: children with at least 5 counted attendances. */
export const DEFAULT_REGULARS_THRESHOLD = 5;

/** How to make a report accumulator. Every part of a split must be made with the same options to merge. */
export interface ReportAccumulatorOptions {
  /** The period `[from, to]`. */
  readonly period: Pick<Period, "from" | "to">;
  /** Narrows which sessions are in scope. */
  readonly filter?: ReportFilter | undefined;
  /** The catalogues (referral destinations give the follow-up days); the defaults when left out. */
  readonly catalogues?: Catalogues | undefined;
  /** The school-holiday region of the organisation, for `holidayReach`. */
  readonly region?: SchoolRegion | undefined;
  /** The holiday calendar to look the region's holidays up in; core's shipped calendar when left out. */
  readonly holidayCalendar?: HolidayCalendar | undefined;
  /** Holiday date ranges to use instead of a region's (for an organisation's own calendar). */
  readonly holidays?: readonly { readonly from: string; readonly to: string }[] | undefined;
  /** N of `regulars`; default 5. */
  readonly regularsThreshold?: number | undefined;
  /**
   * The age bands of `reach.byAgeBand` (core's `AgeBands`); INDICATORS.md's `4-6`, `7-9`, `10-12`
   * when left out. Each band lies inside the target group 4..12 or outside it.
   */
  readonly ageBands?: AgeBands | undefined;
}

/**
 * The follow-up days of the referral destinations that have them.
 *
 * @param catalogues - the catalogues
 * @returns days by destination code
 */
export function followUpDaysOf(catalogues: Catalogues): Map<string, number> {
  const days = new Map<string, number>();
  for (const e of catalogues.referralDestinations.entries) if (e.followUpDays !== undefined) days.set(e.code, e.followUpDays);
  return days;
}

/**
 * Check the options and make the configuration of an accumulator.
 *
 * @param options - the options
 * @returns the configuration and the age bands as given
 * @throws RangeError as `createReportAccumulator`
 */
export function configOf(options: ReportAccumulatorOptions): { readonly config: StateConfig; readonly ageBands: readonly AgeBand[] } {
  const { from, to } = options.period;
  if (!isCalendarDate(from) || !isCalendarDate(to) || to < from) throw new RangeError("period.invalid: expected a range of calendar dates, from <= to");
  const n = options.regularsThreshold ?? DEFAULT_REGULARS_THRESHOLD;
  if (!Number.isInteger(n) || n < 1 || n > 1000) throw new RangeError("regularsThreshold: expected a whole number 1..1000");
  const destinations = (options.catalogues ?? defaultCatalogues).referralDestinations;
  const bands = createAgeBands(options.ageBands ?? defaultAgeBands);
  if (!bands.ok) throw new RangeError(`ageBands: ${bands.issues.map((i) => i.code).join(", ")}`);
  const config: StateConfig = {
    from,
    to,
    filter: normaliseFilter(options.filter) as Record<string, string[]>,
    regularsThreshold: n,
    holidays: holidayRanges(options),
    followUpCatalogue: `${destinations.id}@${destinations.version}`,
    ageBands: [...bands.value].sort((a, b) => a.minAge - b.minAge).map((b) => [b.key, b.minAge, b.maxAge]),
  };
  return { config, ageBands: bands.value };
}
