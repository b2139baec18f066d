// The school holidays of a report's period, in the canonical form its configuration holds.
import { checkHolidayCoverage, dateOfDayNumber, dayNumber, listSchoolHolidays, schoolHolidays } from "@kinderwerk/core";
import type { HolidayCalendar, SchoolRegion } from "@kinderwerk/core";

/** Where the holidays of a report come from (see `ReportAccumulatorOptions`). */
export interface HolidaySource {
  readonly period: { readonly from: string; readonly to: string };
  readonly region?: SchoolRegion | undefined;
  readonly holidayCalendar?: HolidayCalendar | undefined;
  readonly holidays?: readonly { readonly from: string; readonly to: string }[] | undefined;
}

/**
 * The holiday date ranges inside the period: the given ranges, else the region's in the calendar;
 * clipped to the period, sorted, and with overlapping or touching ranges joined.
 *
 * @param source - the period, and the holidays or the region (and calendar)
 * @returns the ranges as `[from, to]`, or `null` when the holidays are not known (no region, or the
 *   calendar does not cover the period)
 */
export function holidayRanges(source: HolidaySource): [string, string][] | null {
  const { from, to } = source.period;
  let ranges: { from: string; to: string }[];
  if (source.holidays) ranges = [...source.holidays];
  else if (source.region) {
    const calendar = source.holidayCalendar ?? schoolHolidays;
    if (!checkHolidayCoverage({ region: source.region, from, to }, calendar).ok) return null;
    ranges = listSchoolHolidays({ region: source.region, from, to }, calendar).map((h) => ({ from: h.from, to: h.to }));
  } else return null;
  const clipped = ranges
    .filter((r) => r.from <= to && from <= r.to)
    .map((r) => ({ from: r.from < from ? from : r.from, to: r.to > to ? to : r.to }))
    .sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : 0));
  const joined: { from: string; to: string }[] = [];
  for (const r of clipped) {
    const last = joined[joined.length - 1];
    if (last && r.from <= dateOfDayNumber(dayNumber(last.to) + 1)) {
      if (r.to > last.to) last.to = r.to;
    } else joined.push({ ...r });
  }
  return joined.map((r): [string, string] => [r.from, r.to]);
}
