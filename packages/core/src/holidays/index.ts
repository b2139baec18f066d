import { echoParams } from "../echo/index.js";
import type { CalendarDate, DateRange } from "../calendarDate/index.js";
import { addDays, assertCalendarDate, assertDateRange, DateError } from "../calendarDate/index.js";
import type { Result } from "../issues/issue.js";
import { fail, ok } from "../issues/issue.js";
import type { Lang } from "../labels/index.js";
import type { SchoolYearId } from "../schoolYear/index.js";
import { parseSchoolYear, schoolYear, schoolYearOf } from "../schoolYear/index.js";
import type { HolidayCalendar, SchoolHoliday } from "./calendar.js";
import { createHolidayCalendar } from "./calendar.js";
import { SHIPPED_YEARS } from "./data.js";
import type { HolidayKind, SchoolRegion } from "./vocabulary.js";
import { holidayKindLabels, SCHOOL_REGIONS, schoolRegionLabels } from "./vocabulary.js";

export { createHolidayCalendar, HolidayCalendarYear, HolidayEntry } from "./calendar.js";
export type { CreateHolidayCalendarOptions, HolidayCalendar, SchoolHoliday } from "./calendar.js";
export { SCHOOL_HOLIDAYS_2023_2024_SOURCE, SCHOOL_HOLIDAYS_SOURCE } from "./data.js";
export { HOLIDAY_KINDS, HolidayKind, holidayKindLabels, SCHOOL_REGIONS, SchoolRegion, schoolRegionLabels } from "./vocabulary.js";

/** The calendar of the shipped years; a shipped year that does not validate is a bug of the package. */
function shippedCalendar(): HolidayCalendar {
  const shipped = createHolidayCalendar(SHIPPED_YEARS);
  if (!shipped.ok) throw new Error(`The shipped school holidays are invalid: ${JSON.stringify(shipped.issues)}`);
  return shipped.value;
}

/**
 * The shipped school holidays: school years 2023-2024 to 2027-2028 for regions noord, midden and
 * zuid, from rijksoverheid.nl ({@link SCHOOL_HOLIDAYS_SOURCE}; 2023-2024 from
 * {@link SCHOOL_HOLIDAYS_2023_2024_SOURCE}). Each year carries its source. Extend or override it
 * with {@link createHolidayCalendar} and `{ base: schoolHolidays }`.
 *
 * @example
 * schoolHolidays.years.map((y) => y.schoolYear); // => ["2023-2024", "2024-2025", "2025-2026", "2026-2027", "2027-2028"]
 */
export const schoolHolidays: HolidayCalendar = shippedCalendar();

function assertRegion(region: unknown): asserts region is SchoolRegion {
  if (!(SCHOOL_REGIONS as readonly unknown[]).includes(region)) {
    // An unknown code is never echoed: the message lists the three regions.
    throw new DateError("holidays.unknown-region", {}, ["region"]);
  }
}

function hasYear(calendar: HolidayCalendar, id: SchoolYearId): boolean {
  return calendar.years.some((y) => y.schoolYear === id);
}

function holidayAt(calendar: HolidayCalendar, date: CalendarDate, region: SchoolRegion): SchoolHoliday | undefined {
  // Main holidays win over an extra week that covers the same day.
  let extra: SchoolHoliday | undefined;
  for (const h of calendar.holidays) {
    if (h.from > date) break;
    if (h.region !== region || date > h.to) continue;
    if (!h.extraWeek) return h;
    extra ??= h;
  }
  return extra;
}

/**
 * The school year whose data a date needs but the calendar lacks, or undefined when the calendar
 * can answer for that date. A date inside a known holiday is always answerable. Otherwise its own
 * school year must be there, and — before that year's first holiday — also the previous school
 * year, whose summer holiday may still be running.
 */
function missingYear(calendar: HolidayCalendar, date: CalendarDate, region: SchoolRegion): SchoolYearId | undefined {
  if (holidayAt(calendar, date, region)) return undefined;
  const sy = schoolYearOf(date);
  if (!hasYear(calendar, sy.id)) return sy.id;
  const previous = schoolYear(sy.startYear - 1).id;
  if (hasYear(calendar, previous)) return undefined;
  const first = calendar.holidays.find((h) => h.region === region && h.schoolYear === sy.id);
  return first !== undefined && date >= first.from ? undefined : previous;
}

function notCovered(id: SchoolYearId, region: SchoolRegion): DateError {
  return new DateError("holidays.year-not-covered", { schoolYear: id, region });
}

/**
 * The school holiday a date falls in, for a region. Both the first and the last day count. Advisory
 * holidays count too (see {@link SchoolHoliday.advisory}); where the advisory extra May week and
 * the main May holiday share a day, the main holiday is returned.
 *
 * @param date - a `YYYY-MM-DD` date
 * @param region - `noord`, `midden` or `zuid`
 * @param calendar - the holiday calendar; default {@link schoolHolidays}
 * @returns the holiday, or `undefined` when the date is a school day or weekend outside holidays
 * @throws {@link DateError} `holidays.year-not-covered` when the calendar does not hold the school
 *   year needed to answer (never a silent `undefined`); `dates.invalid-date`, `holidays.unknown-region`
 * @example
 * schoolHolidayOn("2025-10-20", "noord")?.id; // => "2025-2026.herfst.noord"
 * schoolHolidayOn("2025-10-27", "noord"); // => undefined
 * schoolHolidayOn("2030-01-01", "noord"); // throws DateError "holidays.year-not-covered"
 */
export function schoolHolidayOn(date: CalendarDate, region: SchoolRegion, calendar: HolidayCalendar = schoolHolidays): SchoolHoliday | undefined {
  assertCalendarDate(date);
  assertRegion(region);
  const found = holidayAt(calendar, date, region);
  if (found) return found;
  const missing = missingYear(calendar, date, region);
  if (missing !== undefined) throw notCovered(missing, region);
  return undefined;
}

/**
 * Whether a date is in a school holiday of a region (first and last day included, advisory
 * holidays included).
 *
 * @param date - a `YYYY-MM-DD` date
 * @param region - `noord`, `midden` or `zuid`
 * @param calendar - the holiday calendar; default {@link schoolHolidays}
 * @returns `true` in a holiday, `false` outside one
 * @throws {@link DateError} `holidays.year-not-covered` when the calendar does not hold the school
 *   year needed to answer; `dates.invalid-date`, `holidays.unknown-region`
 * @example
 * isSchoolHoliday("2025-12-20", "zuid"); // => true (first day of the Christmas holiday)
 * isSchoolHoliday("2025-12-19", "zuid"); // => false
 */
export function isSchoolHoliday(date: CalendarDate, region: SchoolRegion, calendar: HolidayCalendar = schoolHolidays): boolean {
  return schoolHolidayOn(date, region, calendar) !== undefined;
}

/** What {@link listSchoolHolidays} and {@link checkHolidayCoverage} ask about. */
export type HolidayQuery =
  | {
      /** One region; all three when left out. */
      readonly region?: SchoolRegion;
      /** A school year, `"2025-2026"` or `"2025-26"`. */
      readonly schoolYear: SchoolYearId;
    }
  | {
      /** One region; all three when left out. */
      readonly region?: SchoolRegion;
      /** The first day, inclusive. */
      readonly from: CalendarDate;
      /** The last day, inclusive. */
      readonly to: CalendarDate;
    };

function regionsOf(query: HolidayQuery): readonly SchoolRegion[] {
  if (query.region === undefined) return SCHOOL_REGIONS;
  assertRegion(query.region);
  return [query.region];
}

function resolve(query: HolidayQuery): { range?: DateRange; year?: SchoolYearId } {
  if ("schoolYear" in query) {
    const parsed = parseSchoolYear(query.schoolYear);
    if (!parsed.ok) throw new DateError("schoolYear.invalid", echoParams(query.schoolYear, ["schoolYear"]), ["schoolYear"]);
    return { year: parsed.value.id };
  }
  return { range: assertDateRange({ from: query.from, to: query.to }) };
}

/** The dates a calendar cannot answer for: a run of days that share the missing school year. */
interface Gap {
  readonly year: SchoolYearId;
  readonly region: SchoolRegion;
  readonly from: CalendarDate;
  readonly to: CalendarDate;
}

/**
 * The first run of dates in a range for which {@link schoolHolidayOn} would throw
 * `holidays.year-not-covered`, found by walking the range with the very rule the lookups use
 * ({@link missingYear}), so the check and the lookups can never disagree.
 */
function firstGap(calendar: HolidayCalendar, range: DateRange, regions: readonly SchoolRegion[]): Gap | undefined {
  for (const region of regions) {
    let gap: { year: SchoolYearId; from: CalendarDate; to: CalendarDate } | undefined;
    for (let d = range.from; d <= range.to; d = addDays(d, 1)) {
      const h = holidayAt(calendar, d, region);
      // A holiday is always answerable: jump to its last day.
      const missing = h ? undefined : missingYear(calendar, d, region);
      if (gap !== undefined && missing !== gap.year) return { ...gap, region };
      if (missing !== undefined) gap = gap === undefined ? { year: missing, from: d, to: d } : { ...gap, to: d };
      if (h && h.to > d) d = h.to < range.to ? h.to : range.to;
    }
    if (gap !== undefined) return { ...gap, region };
  }
  return undefined;
}

/** The range of a query: its own for a range query, the school year's for a school-year query. */
function rangeOf(query: HolidayQuery): DateRange {
  const { range, year } = resolve(query);
  if (range) return range;
  const sy = schoolYear(Number(year!.slice(0, 4)));
  return { from: sy.from, to: sy.to };
}

/**
 * The first school year a listing needs but the calendar lacks. Listing a school year's holidays
 * needs that year only; listing the holidays that overlap a range needs every date of the range
 * answerable (a summer holiday of a missing year could overlap it).
 */
function firstMissing(calendar: HolidayCalendar, query: HolidayQuery): { year: SchoolYearId; region: SchoolRegion } | undefined {
  const { year } = resolve(query);
  const regions = regionsOf(query);
  if (year !== undefined) return hasYear(calendar, year) ? undefined : { year, region: regions[0]! };
  return firstGap(calendar, rangeOf(query), regions);
}

/**
 * Check, without throwing, that a calendar can answer holiday questions for every date of a school
 * year or a range: it walks the dates with the same rule as {@link schoolHolidayOn}, so it says
 * `ok` exactly when no date of the query would throw `holidays.year-not-covered`. Reporting calls
 * this once for its period before it asks about single dates.
 *
 * Note that a school year's first weeks need the previous school year too, until the region's
 * first holiday of the year: the summer holiday of the year before may still be running. With the
 * shipped data, `{ schoolYear: "2024-2025" }` is therefore not covered (1 August 2024 until the
 * autumn holiday need 2023-2024).
 *
 * @param query - `{ region?, schoolYear }` or `{ region?, from, to }`
 * @param calendar - the holiday calendar; default {@link schoolHolidays}
 * @returns the checked range (the school year's range for a school-year query), or the issue
 *   `holidays.year-not-covered` naming the first missing school year, the region, and the first run
 *   of dates that cannot be answered (`from`, `to`)
 * @throws {@link DateError} for an invalid date, range, school year or region (programmer errors)
 * @example
 * checkHolidayCoverage({ region: "noord", from: "2025-01-01", to: "2025-12-31" }).ok; // => true
 * checkHolidayCoverage({ region: "noord", schoolYear: "2030-2031" }).ok; // => false
 * checkHolidayCoverage({ region: "noord", schoolYear: "2024-2025" });
 * // => { ok: false, issues: [{ code: "holidays.year-not-covered", params: { schoolYear: "2023-2024", region: "noord", from: "2024-08-01", to: "2024-10-25" }, … }] }
 */
export function checkHolidayCoverage(query: HolidayQuery, calendar: HolidayCalendar = schoolHolidays): Result<DateRange> {
  const range = rangeOf(query);
  const gap = firstGap(calendar, range, regionsOf(query));
  if (gap) return fail([new DateError("holidays.year-not-covered", { schoolYear: gap.year, region: gap.region, from: gap.from, to: gap.to }).issue]);
  return ok(range);
}

/**
 * The school holidays of a school year, or those that overlap a range of dates, by start date. A
 * holiday that only partly overlaps the range is listed whole. Each holiday has `from` and `to`, so
 * it can be used as a reporting period.
 *
 * @param query - `{ region?, schoolYear }` or `{ region?, from, to }`; all regions when `region` is left out
 * @param calendar - the holiday calendar; default {@link schoolHolidays}
 * @returns the holidays, main holidays before extra weeks that start the same day
 * @throws {@link DateError} `holidays.year-not-covered` when the calendar lacks a school year the
 *   query needs; `dates.invalid-date`, `dates.invalid-range`, `schoolYear.invalid`, `holidays.unknown-region`
 * @example
 * listSchoolHolidays({ region: "zuid", schoolYear: "2025-2026" }).map((h) => h.kind);
 * // => ["herfst", "kerst", "voorjaar", "mei", "zomer"]
 */
export function listSchoolHolidays(query: HolidayQuery, calendar: HolidayCalendar = schoolHolidays): SchoolHoliday[] {
  const missing = firstMissing(calendar, query);
  if (missing) throw notCovered(missing.year, missing.region);
  const { range, year } = resolve(query);
  const regions = regionsOf(query);
  return calendar.holidays.filter(
    (h) =>
      regions.includes(h.region) &&
      (year !== undefined ? h.schoolYear === year : h.from <= range!.to && range!.from <= h.to),
  );
}

/**
 * One named school holiday of a region, as a period: what a report for "the autumn half-term in
 * region noord" uses. The advisory extra May week is not included; list it with
 * {@link listSchoolHolidays}.
 *
 * @param query - the region, school year (`"2025-2026"` or `"2025-26"`) and kind
 * @param calendar - the holiday calendar; default {@link schoolHolidays}
 * @returns the holiday, with `from` and `to`
 * @throws {@link DateError} `holidays.year-not-covered` when the calendar lacks the school year;
 *   `schoolYear.invalid`, `holidays.unknown-region`
 * @example
 * schoolHolidayPeriod({ region: "midden", schoolYear: "2025-2026", kind: "voorjaar" });
 * // => { id: "2025-2026.voorjaar.midden", from: "2026-02-14", to: "2026-02-22", advisory: true, … }
 */
export function schoolHolidayPeriod(
  query: { readonly region: SchoolRegion; readonly schoolYear: SchoolYearId; readonly kind: HolidayKind },
  calendar: HolidayCalendar = schoolHolidays,
): SchoolHoliday {
  const found = listSchoolHolidays({ region: query.region, schoolYear: query.schoolYear }, calendar).find(
    (h) => h.kind === query.kind && !h.extraWeek,
  );
  // A validated calendar has every kind in every year; this only guards hand-made calendars.
  if (!found) throw notCovered(query.schoolYear, query.region);
  return found;
}

/**
 * A holiday's name for people: kind, school year and region.
 *
 * @param holiday - a holiday from this module
 * @param lang - `nl` (default) or `en`
 * @returns the name
 * @example
 * schoolHolidayLabel(schoolHolidayPeriod({ region: "noord", schoolYear: "2025-2026", kind: "herfst" }));
 * // => "Herfstvakantie 2025-2026, regio Noord"
 */
export function schoolHolidayLabel(holiday: Pick<SchoolHoliday, "kind" | "region" | "schoolYear" | "extraWeek">, lang: Lang = "nl"): string {
  const kind = holidayKindLabels[holiday.kind][lang];
  const extra = holiday.extraWeek ? (lang === "nl" ? " (extra week, advies)" : " (extra week, advisory)") : "";
  const region = `${lang === "nl" ? "regio" : "region"} ${schoolRegionLabels[holiday.region][lang]}`;
  return `${kind}${extra} ${holiday.schoolYear}, ${region}`;
}
