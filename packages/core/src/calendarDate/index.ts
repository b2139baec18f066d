import * as z from "zod";

/**
 * A calendar date as an ISO string `YYYY-MM-DD`. Never a `Date` at local midnight, which shifts
 * with the time zone.
 */
export type CalendarDate = string;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

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
 * `params: { kw: "value.date" }`, which {@link toIssues} turns into the `value.date` issue.
 */
export const CalendarDate = z
  .string()
  .max(10)
  .refine(isCalendarDate, { params: { kw: "value.date" } })
  .meta({ description: "A calendar date, YYYY-MM-DD.", format: "date", examples: ["2025-09-14"] });
