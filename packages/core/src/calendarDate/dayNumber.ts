// UTC day numbers: whole days since 1970-01-01, the one calendar primitive of the SDK. The
// functions here are the unchecked fast paths (pure integer arithmetic, no `Date`, no time zone,
// no allocation except where an object is returned); check input first with `readDayNumber` or
// `isCalendarDate` when it did not come from a validated record.
import type { CalendarDate } from "./index.js";
import { daysInMonth, formatCalendarDate } from "./index.js";

/** Days from 0000-03-01 to 1970-01-01 in the proleptic Gregorian calendar. */
const EPOCH_SHIFT = 719_468;
/** Days in 400 Gregorian years. */
const DAYS_PER_ERA = 146_097;

/**
 * The UTC day number of a year, month and day: whole days since 1970-01-01 (negative before it).
 * Unchecked: a day outside its month rolls over (`2025, 2, 29` is 1 March).
 *
 * @param year - the year
 * @param month - the month, 1–12
 * @param day - the day of the month
 * @returns the day number
 * @example
 * dayNumberFromParts(1970, 1, 2); // => 1
 * dayNumberFromParts(2025, 1, 1); // => 20089
 */
export function dayNumberFromParts(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const monthFromMarch = month > 2 ? month - 3 : month + 9;
  const dayOfYear = Math.floor((153 * monthFromMarch + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * DAYS_PER_ERA + dayOfEra - EPOCH_SHIFT;
}

/**
 * The UTC day number of a `YYYY-MM-DD` date. Unchecked: the caller knows the text is a real date
 * (use {@link readDayNumber} otherwise).
 *
 * @param date - a valid `YYYY-MM-DD` date
 * @returns whole days since 1970-01-01
 * @example
 * dayNumber("1970-01-01"); // => 0
 * dayNumber("2025-03-05"); // => 20152
 */
export function dayNumber(date: CalendarDate): number {
  const c = (i: number): number => date.charCodeAt(i) - 48;
  return dayNumberFromParts(c(0) * 1000 + c(1) * 100 + c(2) * 10 + c(3), c(5) * 10 + c(6), c(8) * 10 + c(9));
}

/**
 * The UTC day number of a value when it is a real `YYYY-MM-DD` date (years 1000–9999, as
 * `isCalendarDate`), else `undefined`. Checked, without a regular expression or an allocation.
 *
 * @param value - any value
 * @returns the day number, or `undefined`
 * @example
 * readDayNumber("2024-02-29"); // => 19782
 * readDayNumber("2025-02-29"); // => undefined
 */
export function readDayNumber(value: unknown): number | undefined {
  if (typeof value !== "string" || value.length !== 10 || value.charCodeAt(4) !== 45 || value.charCodeAt(7) !== 45) return undefined;
  let n = 0;
  for (let i = 0; i < 10; i++) {
    if (i === 4 || i === 7) continue;
    const d = value.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return undefined;
    n = n * 10 + d;
  }
  const year = Math.floor(n / 10000);
  const month = Math.floor(n / 100) % 100;
  const day = n % 100;
  if (year < 1000 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  return dayNumberFromParts(year, month, day);
}

/**
 * The year, month and day of a UTC day number.
 *
 * @param day - whole days since 1970-01-01
 * @returns `{ year, month, day }`, month 1–12
 * @example
 * datePartsOfDayNumber(20152); // => { year: 2025, month: 3, day: 5 }
 */
export function datePartsOfDayNumber(day: number): { year: number; month: number; day: number } {
  const z = Math.trunc(day) + EPOCH_SHIFT;
  const era = Math.floor(z / DAYS_PER_ERA);
  const dayOfEra = z - era * DAYS_PER_ERA;
  const yearOfEra = Math.floor((dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36524) - Math.floor(dayOfEra / 146096)) / 365);
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const monthFromMarch = Math.floor((5 * dayOfYear + 2) / 153);
  const month = monthFromMarch < 10 ? monthFromMarch + 3 : monthFromMarch - 9;
  return { year: yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day: dayOfYear - Math.floor((153 * monthFromMarch + 2) / 5) + 1 };
}

/**
 * The `YYYY-MM-DD` date of a UTC day number; the inverse of {@link dayNumber}.
 *
 * @param day - whole days since 1970-01-01
 * @returns the date
 * @example
 * dateOfDayNumber(0); // => "1970-01-01"
 * dateOfDayNumber(dayNumber("2024-02-28") + 1); // => "2024-02-29"
 */
export function dateOfDayNumber(day: number): CalendarDate {
  const p = datePartsOfDayNumber(day);
  return formatCalendarDate(p.year, p.month, p.day);
}

/**
 * The ISO day of the week of a UTC day number.
 *
 * @param day - whole days since 1970-01-01
 * @returns 1 for Monday … 7 for Sunday
 * @example
 * weekdayOfDayNumber(0); // => 4 (1970-01-01 was a Thursday)
 */
export function weekdayOfDayNumber(day: number): number {
  return ((((Math.trunc(day) + 3) % 7) + 7) % 7) + 1;
}

/**
 * The calendar month a UTC day number falls in.
 *
 * @param day - whole days since 1970-01-01
 * @returns `{ year, month }`, month 1–12
 * @example
 * monthOfDayNumber(dayNumber("2025-03-05")); // => { year: 2025, month: 3 }
 */
export function monthOfDayNumber(day: number): { year: number; month: number } {
  const p = datePartsOfDayNumber(day);
  return { year: p.year, month: p.month };
}

/**
 * The calendar quarter a UTC day number falls in.
 *
 * @param day - whole days since 1970-01-01
 * @returns `{ year, quarter }`, quarter 1–4
 * @example
 * quarterOfDayNumber(dayNumber("2025-08-01")); // => { year: 2025, quarter: 3 }
 */
export function quarterOfDayNumber(day: number): { year: number; quarter: number } {
  const p = datePartsOfDayNumber(day);
  return { year: p.year, quarter: Math.floor((p.month - 1) / 3) + 1 };
}

/**
 * The ISO 8601 week a UTC day number falls in: weeks start on Monday, and week 1 is the week with
 * the year's first Thursday, so the first days of January may belong to the last week of the year
 * before and the last days of December to week 1 of the next.
 *
 * @param day - whole days since 1970-01-01
 * @returns `{ year, week }`: the ISO week-numbering year and the week, 1–53
 * @example
 * isoWeekOfDayNumber(dayNumber("2025-01-15")); // => { year: 2025, week: 3 }
 * isoWeekOfDayNumber(dayNumber("2024-12-30")); // => { year: 2025, week: 1 }
 * isoWeekOfDayNumber(dayNumber("2021-01-03")); // => { year: 2020, week: 53 }
 */
export function isoWeekOfDayNumber(day: number): { year: number; week: number } {
  const thursday = Math.trunc(day) - weekdayOfDayNumber(day) + 4;
  const year = datePartsOfDayNumber(thursday).year;
  return { year, week: Math.floor((thursday - dayNumberFromParts(year, 1, 1)) / 7) + 1 };
}

/**
 * The UTC day number of the Monday of an ISO week; the inverse of {@link isoWeekOfDayNumber}.
 * Unchecked: week 53 of a year that has 52 is week 1 of the next.
 *
 * @param year - the ISO week-numbering year
 * @param week - the week, 1–53
 * @returns the day number of that week's Monday
 * @example
 * dateOfDayNumber(dayNumberOfIsoWeek(2025, 1)); // => "2024-12-30"
 */
export function dayNumberOfIsoWeek(year: number, week: number): number {
  const jan4 = dayNumberFromParts(year, 1, 4);
  return jan4 - weekdayOfDayNumber(jan4) + 1 + (week - 1) * 7;
}
