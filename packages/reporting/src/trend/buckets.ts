// The buckets of a trend: the ISO weeks, calendar months or calendar quarters a period touches, each
// cut to the days inside the period and marked partial when the period holds only part of it.
import { dateOfDayNumber, datePartsOfDayNumber, dayNumber, dayNumberFromParts, dayNumberOfIsoWeek, daysInMonth, isCalendarDate, isoWeekOfDayNumber } from "@kinderwerk/core";

/** How a trend groups the period: by ISO week, by calendar month or by calendar quarter. */
export const TREND_GRANULARITIES = ["week", "month", "quarter"] as const;
/** How a trend groups the period. */
export type TrendGranularity = (typeof TREND_GRANULARITIES)[number];

/** One bucket of a trend, before anything is counted in it. */
export interface TrendBucketSpan {
  /** The bucket's id: `2025-W01` (ISO week-numbering year and week), `2025-03`, `2025-Q1`. */
  readonly key: string;
  /** The bucket's first day inside the period. */
  readonly from: string;
  /** The bucket's last day inside the period. */
  readonly to: string;
  /** Whether the period holds only part of the bucket (the period starts or ends inside it). */
  readonly partial: boolean;
}

/** A bucket's whole calendar span as UTC day numbers, and its id. */
interface Span {
  readonly key: string;
  readonly first: number;
  readonly last: number;
}

const pad = (n: number, width = 2): string => String(n).padStart(width, "0");

/** The whole bucket a day falls in. */
function spanOf(day: number, granularity: TrendGranularity): Span {
  if (granularity === "week") {
    const { year, week } = isoWeekOfDayNumber(day);
    const first = dayNumberOfIsoWeek(year, week);
    return { key: `${pad(year, 4)}-W${pad(week)}`, first, last: first + 6 };
  }
  const { year, month } = datePartsOfDayNumber(day);
  if (granularity === "month") {
    return { key: `${pad(year, 4)}-${pad(month)}`, first: dayNumberFromParts(year, month, 1), last: dayNumberFromParts(year, month, daysInMonth(year, month)) };
  }
  const quarter = Math.floor((month - 1) / 3) + 1;
  const lastMonth = quarter * 3;
  return { key: `${pad(year, 4)}-Q${quarter}`, first: dayNumberFromParts(year, lastMonth - 2, 1), last: dayNumberFromParts(year, lastMonth, daysInMonth(year, lastMonth)) };
}

/**
 * The buckets of a trend over a period, in date order: every ISO week, calendar month or calendar
 * quarter the period touches, cut to the days inside the period. A bucket the period holds only
 * part of is `partial` (a period that starts mid-month; the ISO week that holds 1 January, whose
 * Monday may lie in the year before). Weeks are ISO 8601 weeks, keyed by the ISO week-numbering
 * year: 30 December 2024 is in `2025-W01`.
 *
 * @param period - the period `{ from, to }`, calendar dates, `from <= to`
 * @param granularity - `week`, `month` or `quarter`
 * @returns the buckets
 * @throws RangeError when the period is not a range of calendar dates or the granularity is unknown
 * @example
 * trendBuckets({ from: "2025-01-15", to: "2025-03-31" }, "month");
 * // => [{ key: "2025-01", from: "2025-01-15", to: "2025-01-31", partial: true },
 * //     { key: "2025-02", from: "2025-02-01", to: "2025-02-28", partial: false },
 * //     { key: "2025-03", from: "2025-03-01", to: "2025-03-31", partial: false }]
 * trendBuckets({ from: "2025-01-01", to: "2025-01-12" }, "week")[0];
 * // => { key: "2025-W01", from: "2025-01-01", to: "2025-01-05", partial: true }
 */
export function trendBuckets(period: { readonly from: string; readonly to: string }, granularity: TrendGranularity): TrendBucketSpan[] {
  if (!isCalendarDate(period.from) || !isCalendarDate(period.to) || period.to < period.from) throw new RangeError("period.invalid: expected a range of calendar dates, from <= to");
  if (!(TREND_GRANULARITIES as readonly string[]).includes(granularity)) throw new RangeError(`trend: expected one of ${TREND_GRANULARITIES.join(", ")}`);
  const start = dayNumber(period.from);
  const end = dayNumber(period.to);
  const out: TrendBucketSpan[] = [];
  for (let day = start; day <= end; ) {
    const span = spanOf(day, granularity);
    const last = Math.min(span.last, end);
    out.push({ key: span.key, from: dateOfDayNumber(day), to: dateOfDayNumber(last), partial: span.first < start || span.last > end });
    day = last + 1;
  }
  return out;
}

/**
 * For each day of a period, the index of its bucket in {@link trendBuckets}: a lookup that turns a
 * session's day number into its bucket without parsing a date.
 *
 * @param buckets - the buckets of the period
 * @returns the first day number of the period and the bucket index per day from it
 */
export function bucketIndexByDay(buckets: readonly TrendBucketSpan[]): { readonly start: number; readonly index: Int32Array } {
  if (buckets.length === 0) return { start: 0, index: new Int32Array(0) };
  const start = dayNumber(buckets[0]!.from);
  const index = new Int32Array(dayNumber(buckets[buckets.length - 1]!.to) - start + 1);
  buckets.forEach((b, i) => index.fill(i, dayNumber(b.from) - start, dayNumber(b.to) - start + 1));
  return { start, index };
}
