import type { CalendarDate, DateRange } from "../calendarDate/index.js";
import { assertCalendarDate, dateParts, daysInMonth, formatCalendarDate } from "../calendarDate/index.js";
import { echoParams } from "../echo/index.js";
import type { Result } from "../issues/issue.js";
import { fail, ok } from "../issues/issue.js";
import { coreIssue } from "../issues/codes.js";

/** A calendar year, 1 January to 31 December. */
export interface CalendarYear extends DateRange {
  /** The id, `"2025"`. */
  readonly id: string;
  /** The year. */
  readonly year: number;
}

/** A quarter of a calendar year: Q1 is January–March, Q4 October–December. */
export interface Quarter extends DateRange {
  /** The id, `"2025-Q3"`. */
  readonly id: string;
  /** The calendar year. */
  readonly year: number;
  /** The quarter, 1–4. */
  readonly quarter: 1 | 2 | 3 | 4;
}

/** A calendar month. */
export interface Month extends DateRange {
  /** The id, `"2025-09"`. */
  readonly id: string;
  /** The calendar year. */
  readonly year: number;
  /** The month, 1–12. */
  readonly month: number;
}

/**
 * A calendar year as a period.
 *
 * @param year - the year
 * @returns `{ id, year, from, to }`
 * @example
 * calendarYear(2025); // => { id: "2025", year: 2025, from: "2025-01-01", to: "2025-12-31" }
 */
export function calendarYear(year: number): CalendarYear {
  return Object.freeze({ id: String(year), year, from: formatCalendarDate(year, 1, 1), to: formatCalendarDate(year, 12, 31) });
}

/**
 * The calendar year a date falls in.
 *
 * @param date - a `YYYY-MM-DD` date
 * @returns its calendar year
 * @throws {@link DateError} `dates.invalid-date` when `date` is not a real calendar date
 * @example
 * calendarYearOf("2025-09-01").id; // => "2025"
 */
export function calendarYearOf(date: CalendarDate): CalendarYear {
  return calendarYear(dateParts(assertCalendarDate(date)).year);
}

/**
 * A quarter as a period.
 *
 * @param year - the calendar year
 * @param q - the quarter, 1–4
 * @returns `{ id, year, quarter, from, to }`
 * @example
 * quarter(2025, 3); // => { id: "2025-Q3", year: 2025, quarter: 3, from: "2025-07-01", to: "2025-09-30" }
 */
export function quarter(year: number, q: 1 | 2 | 3 | 4): Quarter {
  const lastMonth = q * 3;
  return Object.freeze({
    id: `${year}-Q${q}`,
    year,
    quarter: q,
    from: formatCalendarDate(year, lastMonth - 2, 1),
    to: formatCalendarDate(year, lastMonth, daysInMonth(year, lastMonth)),
  });
}

/**
 * The quarter a date falls in.
 *
 * @param date - a `YYYY-MM-DD` date
 * @returns its quarter
 * @throws {@link DateError} `dates.invalid-date` when `date` is not a real calendar date
 * @example
 * quarterOf("2025-09-01"); // => { id: "2025-Q3", year: 2025, quarter: 3, from: "2025-07-01", to: "2025-09-30" }
 */
export function quarterOf(date: CalendarDate): Quarter {
  const { year, month } = dateParts(assertCalendarDate(date));
  return quarter(year, Math.ceil(month / 3) as 1 | 2 | 3 | 4);
}

/**
 * A month as a period.
 *
 * @param year - the calendar year
 * @param m - the month, 1–12
 * @returns `{ id, year, month, from, to }`
 * @example
 * month(2024, 2); // => { id: "2024-02", year: 2024, month: 2, from: "2024-02-01", to: "2024-02-29" }
 */
export function month(year: number, m: number): Month {
  return Object.freeze({
    id: formatCalendarDate(year, m, 1).slice(0, 7),
    year,
    month: m,
    from: formatCalendarDate(year, m, 1),
    to: formatCalendarDate(year, m, daysInMonth(year, m)),
  });
}

/**
 * The month a date falls in.
 *
 * @param date - a `YYYY-MM-DD` date
 * @returns its month
 * @throws {@link DateError} `dates.invalid-date` when `date` is not a real calendar date
 * @example
 * monthOf("2025-09-14").id; // => "2025-09"
 */
export function monthOf(date: CalendarDate): Month {
  const { year, month: m } = dateParts(assertCalendarDate(date));
  return month(year, m);
}

/**
 * Read a calendar period from its id: `"2025"` (a calendar year), `"2025-Q3"` (a quarter) or
 * `"2025-09"` (a month).
 *
 * @param text - the id
 * @returns the period, or the issue `period.invalid` when the text is none of these
 * @example
 * parseCalendarPeriod("2025-Q3"); // => { ok: true, value: { id: "2025-Q3", … }, issues: [] }
 * parseCalendarPeriod("2025-13").ok; // => false
 */
export function parseCalendarPeriod(text: string): Result<CalendarYear | Quarter | Month> {
  const t = String(text).trim();
  let m: RegExpExecArray | null;
  if ((m = /^(\d{4})$/.exec(t)) && Number(m[1]) >= 1000) return ok(calendarYear(Number(m[1])));
  if ((m = /^(\d{4})-?[Qq]([1-4])$/.exec(t)) && Number(m[1]) >= 1000) return ok(quarter(Number(m[1]), Number(m[2]) as 1 | 2 | 3 | 4));
  if ((m = /^(\d{4})-(\d{2})$/.exec(t)) && Number(m[1]) >= 1000 && Number(m[2]) >= 1 && Number(m[2]) <= 12) return ok(month(Number(m[1]), Number(m[2])));
  return fail([coreIssue("period.invalid", [], echoParams(text, []))]);
}
