import type { CalendarDate, DateRange } from "../calendarDate/index.js";
import { addDays, assertCalendarDate, dateParts, DateError, formatCalendarDate, isoWeekday, toEpochDay } from "../calendarDate/index.js";

/** An ISO 8601 week: weeks start on Monday and week 1 holds the year's first Thursday. */
export interface IsoWeek {
  /** The ISO week-numbering year, which differs from the calendar year around New Year. */
  readonly year: number;
  /** The week, 1–53. */
  readonly week: number;
}

/**
 * The ISO week of a date. Around New Year the week's year may differ from the date's year.
 *
 * @param date - a `YYYY-MM-DD` date
 * @returns `{ year, week }`
 * @throws {@link DateError} `dates.invalid-date` when `date` is not a real calendar date
 * @example
 * isoWeekOf("2020-12-31"); // => { year: 2020, week: 53 }
 * isoWeekOf("2021-01-03"); // => { year: 2020, week: 53 }
 * isoWeekOf("2024-12-30"); // => { year: 2025, week: 1 }
 */
export function isoWeekOf(date: CalendarDate): IsoWeek {
  assertCalendarDate(date);
  // The Thursday of the same week decides the year.
  const thursday = addDays(date, 4 - isoWeekday(date));
  const year = dateParts(thursday).year;
  const week = Math.floor((toEpochDay(thursday) - toEpochDay(formatCalendarDate(year, 1, 1))) / 7) + 1;
  return Object.freeze({ year, week });
}

/**
 * The id of an ISO week, `YYYY-Www`.
 *
 * @param week - an ISO week
 * @returns the id
 * @example
 * isoWeekId({ year: 2025, week: 1 }); // => "2025-W01"
 */
export function isoWeekId(week: IsoWeek): string {
  return `${String(week.year).padStart(4, "0")}-W${String(week.week).padStart(2, "0")}`;
}

/**
 * The number of ISO weeks in an ISO week-numbering year: 52 or 53.
 *
 * @param year - the year
 * @returns 52 or 53
 * @example
 * isoWeeksInYear(2020); // => 53
 * isoWeeksInYear(2025); // => 52
 */
export function isoWeeksInYear(year: number): 52 | 53 {
  return isoWeekOf(formatCalendarDate(year, 12, 28)).week === 53 ? 53 : 52;
}

/**
 * The days of an ISO week, Monday to Sunday, as a period.
 *
 * @param week - an ISO week
 * @returns `{ from, to }` from Monday to Sunday
 * @throws {@link DateError} `dates.invalid-week` when the year is not a whole year 1000..9999 or the
 *   week number is not 1 to the number of weeks in that year
 * @example
 * isoWeekRange({ year: 2020, week: 53 }); // => { from: "2020-12-28", to: "2021-01-03" }
 */
export function isoWeekRange(week: IsoWeek): DateRange {
  const valid =
    Number.isInteger(week.year) && week.year >= 1000 && week.year <= 9999 && Number.isInteger(week.week) && week.week >= 1 && week.week <= isoWeeksInYear(week.year);
  if (!valid) {
    const num = (n: unknown): number | null => (typeof n === "number" && Number.isFinite(n) ? n : null);
    throw new DateError("dates.invalid-week", { year: num(week.year), week: num(week.week) }, ["week"]);
  }
  const jan4 = formatCalendarDate(week.year, 1, 4); // always in week 1
  const monday = addDays(jan4, 1 - isoWeekday(jan4) + (week.week - 1) * 7);
  return Object.freeze({ from: monday, to: addDays(monday, 6) });
}
