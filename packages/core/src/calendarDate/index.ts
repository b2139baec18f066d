import * as z from "zod";
import { echoParams } from "../echo/index.js";
import type { Issue, IssueParam, IssuePath } from "../issues/issue.js";
import { issue } from "../issues/issue.js";
import { refineParams } from "../issues/codes.js";

/**
 * A calendar date as an ISO string `YYYY-MM-DD`. Never a `Date` at local midnight, which shifts
 * with the time zone.
 */
export type CalendarDate = string;

const ISO_DATE_PATTERN = "^(\\d{4})-(\\d{2})-(\\d{2})$";
const ISO_DATE = new RegExp(ISO_DATE_PATTERN);

/**
 * Whether a year is a leap year in the Gregorian calendar.
 *
 * @param year - the year
 * @returns `true` for leap years
 * @example
 * isLeapYear(2024); // => true
 * isLeapYear(1900); // => false
 */
export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/**
 * The number of days in a month.
 *
 * @param year - the year
 * @param month - the month, 1–12
 * @returns 28–31
 * @example
 * daysInMonth(2025, 2); // => 28
 */
export function daysInMonth(year: number, month: number): number {
  return month === 2 ? (isLeapYear(year) ? 29 : 28) : [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/**
 * Whether a value is a real calendar date written as `YYYY-MM-DD` (so `2025-02-31` is not).
 *
 * @param value - any value
 * @returns `true` for a valid ISO calendar date string between the years 1000 and 9999
 * @example
 * isCalendarDate("2024-02-29"); // => true
 * isCalendarDate("2025-02-29"); // => false
 */
export function isCalendarDate(value: unknown): value is CalendarDate {
  if (typeof value !== "string" || value.length !== 10) return false;
  const m = ISO_DATE.exec(value);
  if (!m) return false;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  return year >= 1000 && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/**
 * The parts of a calendar date.
 *
 * @param date - a valid `YYYY-MM-DD` date
 * @returns `{ year, month, day }` with month 1–12
 * @example
 * dateParts("2025-08-01"); // => { year: 2025, month: 8, day: 1 }
 */
export function dateParts(date: CalendarDate): { year: number; month: number; day: number } {
  return { year: Number(date.slice(0, 4)), month: Number(date.slice(5, 7)), day: Number(date.slice(8, 10)) };
}

/**
 * Write a calendar date from its parts.
 *
 * @param year - the year
 * @param month - the month, 1–12
 * @param day - the day of the month
 * @returns `YYYY-MM-DD`
 * @example
 * formatCalendarDate(2025, 8, 1); // => "2025-08-01"
 */
export function formatCalendarDate(year: number, month: number, day: number): CalendarDate {
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

/**
 * The zod schema of a calendar date: a `YYYY-MM-DD` string that is a real date. Its issue carries
 * `params: refineParams("value.date")` (`{ kw: "value.date" }`), which {@link toIssues} turns into the `value.date` issue.
 */
export const CalendarDate = z
  .string()
  .max(10)
  .refine(isCalendarDate, { params: refineParams("value.date") })
  .meta({ description: "A calendar date, YYYY-MM-DD.", format: "date", pattern: ISO_DATE_PATTERN, examples: ["2025-09-14"] });

// --- Arithmetic on calendar dates. Everything below works on the date parts through `Date.UTC`,
// so no result depends on the time zone of the machine. ---

const MS_PER_DAY = 86_400_000;

/** The codes of a {@link DateError}: what a caller did wrong with a date function. */
export type DateErrorCode =
  | "dates.invalid-date"
  | "dates.invalid-range"
  | "dates.invalid-week"
  | "schoolYear.invalid"
  | "holidays.unknown-region"
  | "holidays.year-not-covered";

const DATE_ERROR = Symbol.for("@kinderwerk/core/DateError");

/**
 * The error that date functions throw when they are misused: a value that is not a `YYYY-MM-DD`
 * date, a range whose `from` is after its `to`, or a question about a school year that the holiday
 * calendar does not cover. It carries a stable `code` and the {@link Issue} that explains it, so
 * {@link formatIssue} can put it in words. Recognise it with {@link isDateError}, not `instanceof`.
 *
 * @example
 * try { addDays("2025-02-30", 1); } catch (e) { if (isDateError(e)) e.code; } // => "dates.invalid-date"
 */
export class DateError extends Error {
  /** What went wrong, a stable code. */
  readonly code: DateErrorCode;
  /** The issue that explains the error, for {@link formatIssue}. */
  readonly issue: Issue<DateErrorCode>;
  /** A brand that survives package boundaries, used by {@link isDateError}. */
  declare readonly [DATE_ERROR]: true;

  /**
   * @param code - what went wrong
   * @param params - the values that explain it
   * @param path - where it went wrong, for the issue
   */
  constructor(code: DateErrorCode, params: Readonly<Record<string, IssueParam>> = {}, path: IssuePath = []) {
    // The message names the code and the structural params (school year, region, dates), never a
    // value someone typed: error messages end up in logs.
    const { value: _omitted, ...shown } = params;
    super(Object.keys(shown).length > 0 ? `${code} ${JSON.stringify(shown)}` : code);
    this.name = "DateError";
    // Set here, not as a field: a field with a computed key would keep the class in every bundle.
    (this as { [DATE_ERROR]: true })[DATE_ERROR] = true;
    this.code = code;
    this.issue = issue(code, path, params);
  }
}

/**
 * Whether a thrown value is a {@link DateError} (also one thrown by another copy of this package).
 *
 * @param error - a caught value
 * @returns `true` for a {@link DateError}
 * @example
 * isDateError(new DateError("dates.invalid-date")); // => true
 * isDateError(new Error("x")); // => false
 */
export function isDateError(error: unknown): error is DateError {
  return typeof error === "object" && error !== null && (error as Record<symbol, unknown>)[DATE_ERROR] === true;
}

/**
 * Check that a value is a real `YYYY-MM-DD` date, and throw when it is not.
 *
 * @param value - the value to check
 * @param name - the parameter's name, for the error's path
 * @returns the date, typed
 * @throws {@link DateError} `dates.invalid-date` when the value is not a real calendar date
 * @example
 * assertCalendarDate("2024-02-29"); // => "2024-02-29"
 * assertCalendarDate("2025-02-29"); // throws DateError "dates.invalid-date"
 */
export function assertCalendarDate(value: unknown, name = "date"): CalendarDate {
  if (!isCalendarDate(value)) throw new DateError("dates.invalid-date", echoParams(value, [name]), [name]);
  return value;
}

/**
 * The number of days from 1970-01-01 to a date (negative before it). Useful as a sortable number.
 *
 * @param date - a `YYYY-MM-DD` date
 * @returns whole days since 1970-01-01
 * @throws {@link DateError} `dates.invalid-date` when `date` is not a real calendar date
 * @example
 * toEpochDay("1970-01-02"); // => 1
 */
export function toEpochDay(date: CalendarDate): number {
  const { year, month, day } = dateParts(assertCalendarDate(date));
  return Math.round(Date.UTC(year, month - 1, day) / MS_PER_DAY);
}

/**
 * The date a number of days after 1970-01-01; the inverse of {@link toEpochDay}.
 *
 * @param epochDay - whole days since 1970-01-01
 * @returns the `YYYY-MM-DD` date
 * @example
 * fromEpochDay(0); // => "1970-01-01"
 */
export function fromEpochDay(epochDay: number): CalendarDate {
  const d = new Date(Math.trunc(epochDay) * MS_PER_DAY);
  return formatCalendarDate(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
}

/**
 * Add (or, with a negative number, subtract) days to a date.
 *
 * @param date - a `YYYY-MM-DD` date
 * @param days - whole days to add
 * @returns the new date
 * @throws {@link DateError} `dates.invalid-date` when `date` is not a real calendar date
 * @example
 * addDays("2024-02-28", 1); // => "2024-02-29"
 * addDays("2025-01-01", -1); // => "2024-12-31"
 */
export function addDays(date: CalendarDate, days: number): CalendarDate {
  return fromEpochDay(toEpochDay(date) + Math.trunc(days));
}

/**
 * The number of days from one date to another: `to - from`, negative when `to` comes first.
 *
 * @param from - the first date
 * @param to - the second date
 * @returns whole days
 * @throws {@link DateError} `dates.invalid-date` when either is not a real calendar date
 * @example
 * daysBetween("2024-02-28", "2024-03-01"); // => 2
 * daysBetween("2025-01-01", "2024-12-31"); // => -1
 */
export function daysBetween(from: CalendarDate, to: CalendarDate): number {
  return toEpochDay(to) - toEpochDay(from);
}

/**
 * Compare two dates, for sorting.
 *
 * @param a - a `YYYY-MM-DD` date
 * @param b - a `YYYY-MM-DD` date
 * @returns `-1` when `a` is earlier, `0` when equal, `1` when later
 * @throws {@link DateError} `dates.invalid-date` when either is not a real calendar date
 * @example
 * ["2025-03-01", "2024-12-31"].sort(compareDates); // => ["2024-12-31", "2025-03-01"]
 */
export function compareDates(a: CalendarDate, b: CalendarDate): -1 | 0 | 1 {
  assertCalendarDate(a, "a");
  assertCalendarDate(b, "b");
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * The ISO day of the week.
 *
 * @param date - a `YYYY-MM-DD` date
 * @returns 1 for Monday … 7 for Sunday
 * @throws {@link DateError} `dates.invalid-date` when `date` is not a real calendar date
 * @example
 * isoWeekday("2025-09-01"); // => 1 (a Monday)
 */
export function isoWeekday(date: CalendarDate): number {
  // 1970-01-01 was a Thursday (4).
  return ((((toEpochDay(date) + 3) % 7) + 7) % 7) + 1;
}

/** A closed range of calendar dates, both ends inclusive. Every period in the library has this shape. */
export interface DateRange {
  /** The first day, inclusive. */
  readonly from: CalendarDate;
  /** The last day, inclusive. */
  readonly to: CalendarDate;
}

/**
 * The zod schema of a {@link DateRange}: two valid dates with `from` on or before `to`. A reversed
 * range gives the issue `dates.invalid-range` at `to`.
 */
export const DateRange = z
  .object({ from: CalendarDate, to: CalendarDate })
  .refine((r) => !isCalendarDate(r.from) || !isCalendarDate(r.to) || r.from <= r.to, {
    path: ["to"],
    params: refineParams("dates.invalid-range"),
  });

/**
 * Check a range and throw when it is not one.
 *
 * @param range - the range
 * @returns the range
 * @throws {@link DateError} `dates.invalid-date` for a bad date, `dates.invalid-range` when `from` is after `to`
 * @example
 * assertDateRange({ from: "2025-01-01", to: "2025-12-31" }); // => the same range
 */
export function assertDateRange(range: DateRange): DateRange {
  assertCalendarDate(range.from, "from");
  assertCalendarDate(range.to, "to");
  if (range.from > range.to) throw new DateError("dates.invalid-range", { from: range.from, to: range.to }, ["to"]);
  return range;
}

/**
 * Whether a date lies inside a closed range `[from, to]`; both ends count.
 *
 * @param date - a `YYYY-MM-DD` date
 * @param range - the range
 * @returns `true` when `from <= date <= to`
 * @throws {@link DateError} for an invalid date or a reversed range
 * @example
 * isDateWithin("2025-12-31", { from: "2025-01-01", to: "2025-12-31" }); // => true
 * isDateWithin("2026-01-01", { from: "2025-01-01", to: "2025-12-31" }); // => false
 */
export function isDateWithin(date: CalendarDate, range: DateRange): boolean {
  assertCalendarDate(date);
  assertDateRange(range);
  return range.from <= date && date <= range.to;
}

/**
 * Whether two closed ranges share at least one day.
 *
 * @param a - a range
 * @param b - another range
 * @returns `true` when they overlap
 * @throws {@link DateError} for an invalid date or a reversed range
 * @example
 * rangesOverlap({ from: "2025-01-01", to: "2025-01-31" }, { from: "2025-01-31", to: "2025-02-28" }); // => true
 */
export function rangesOverlap(a: DateRange, b: DateRange): boolean {
  assertDateRange(a);
  assertDateRange(b);
  return a.from <= b.to && b.from <= a.to;
}
