// Whether the data cover a period: a period that runs well before the first date of the data or
// well after its last is only partly covered, and its figures (and changes against it) say little.
import { dayNumber } from "@kinderwerk/core";
import type { DataSpan, ReportPeriod, ReportWarning } from "../document/index.js";

/**
 * When a period counts as only partly covered by the data: the days of the period before the
 * first date of the data and after the last, together, are more than `minDays` (31: a month without
 * data) and more than `minShare` of the period (10%: so that a week or a quarter is not flagged for
 * a few quiet days, and a school year is not flagged for its summer weeks alone). Both must hold.
 * See docs/reports.md, "Partly covered periods".
 */
export const PARTLY_COVERED = { minDays: 31, minShare: 0.1 } as const;

/**
 * The days of a period that lie before the first date of the data or after its last.
 *
 * @param period - the period
 * @param span - the first and last date of the data
 * @returns the number of days not covered, 0..the period's length
 * @example
 * uncoveredDays({ from: "2024-01-01", to: "2024-12-31" }, { first: "2024-11-04", last: "2025-12-19" }); // => 308
 */
export function uncoveredDays(period: ReportPeriod, span: DataSpan): number {
  const from = dayNumber(period.from);
  const to = dayNumber(period.to);
  const length = to - from + 1;
  const first = dayNumber(span.first);
  const last = dayNumber(span.last);
  if (last < from || first > to) return length;
  return Math.max(0, first - from) + Math.max(0, to - last);
}

/**
 * The warning `report.period.partly-covered` for a period the data cover only in part (see
 * {@link PARTLY_COVERED}), or `undefined`.
 *
 * @param period - the period
 * @param span - the first and last date of the data, when known
 * @param which - `current` (the report's period) or `previous` (the period compared with)
 * @returns the warning, or `undefined` when the period is covered or the span is not known
 * @example
 * partlyCoveredWarning({ from: "2024-01-01", to: "2024-12-31" }, { first: "2024-11-04", last: "2025-12-19" }, "previous")?.code;
 * // => "report.period.partly-covered"
 */
export function partlyCoveredWarning(period: ReportPeriod, span: DataSpan | undefined, which: "current" | "previous"): ReportWarning | undefined {
  if (span === undefined) return undefined;
  const days = uncoveredDays(period, span);
  const length = dayNumber(period.to) - dayNumber(period.from) + 1;
  if (days <= PARTLY_COVERED.minDays || days <= PARTLY_COVERED.minShare * length) return undefined;
  return {
    code: "report.period.partly-covered",
    severity: "warning",
    params: { period: which, from: period.from, to: period.to, first: span.first, last: span.last, uncoveredDays: days, days: length },
  };
}
