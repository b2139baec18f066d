import * as z from "zod";
import type { Result } from "@kinderwerk/core";
import { dateOfDayNumber, dateParts, dayNumber, daysInMonth, echo, echoParams, fail, formatCalendarDate, isCalendarDate, issue, ok } from "@kinderwerk/core";

/** The kinds of reporting period. */
export const PERIOD_KINDS = ["year", "quarter", "month", "schoolYear", "schoolHoliday", "custom"] as const;
/** A kind of reporting period. */
export type PeriodKind = (typeof PERIOD_KINDS)[number];

/**
 * A reporting period: a closed range of calendar dates `[from, to]`, with the kind and id it was made
 * from (`"2025"`, `"2025-Q3"`, `"2025-03"`, `"2025-2026"`, `"zomer 2025-2026 zuid"`, `"2025-01-01..2025-06-30"`).
 */
export const Period = z
  .object({
    from: z.string().refine(isCalendarDate, { params: { kw: "value.date" } }),
    to: z.string().refine(isCalendarDate, { params: { kw: "value.date" } }),
    kind: z.enum(PERIOD_KINDS).default("custom"),
    id: z.string().min(1).max(60).optional(),
  })
  .refine((p) => !isCalendarDate(p.from) || !isCalendarDate(p.to) || p.from <= p.to, { path: ["to"], params: { kw: "period.order" } });
/** A reporting period. */
export type Period = {
  /** The first day, inclusive. */
  readonly from: string;
  /** The last day, inclusive. */
  readonly to: string;
  /** What kind of period it is; `custom` for any range. */
  readonly kind: PeriodKind;
  /** A short id of the period (`2025-Q3`). */
  readonly id?: string | undefined;
};

const make = (from: string, to: string, kind: PeriodKind, id: string): Period => Object.freeze({ from, to, kind, id });

function checkYear(year: number): void {
  if (!Number.isInteger(year) || year < 1900 || year > 9998) throw new RangeError(`period.year: expected a whole year 1900..9998`);
}

/**
 * The calendar year `year`: 1 January to 31 December.
 *
 * @param year - a whole year, 1900..9998
 * @returns the period
 * @throws RangeError when `year` is not a whole year in range
 * @example
 * periodOfYear(2025); // => { from: "2025-01-01", to: "2025-12-31", kind: "year", id: "2025" }
 */
export function periodOfYear(year: number): Period {
  checkYear(year);
  return make(formatCalendarDate(year, 1, 1), formatCalendarDate(year, 12, 31), "year", String(year));
}

const QUARTER = /^(\d{4})-Q([1-4])$/;

/**
 * A quarter, written `YYYY-Qn`.
 *
 * @param id - the quarter, `"2025-Q3"`
 * @returns the period
 * @throws RangeError when `id` is not a quarter
 * @example
 * periodOfQuarter("2025-Q3"); // => { from: "2025-07-01", to: "2025-09-30", kind: "quarter", id: "2025-Q3" }
 */
export function periodOfQuarter(id: string): Period {
  const m = QUARTER.exec(String(id));
  if (!m) throw new RangeError(`period.quarter: expected YYYY-Qn such as 2025-Q3`);
  const year = Number(m[1]);
  checkYear(year);
  const q = Number(m[2]);
  const last = q * 3;
  return make(formatCalendarDate(year, last - 2, 1), formatCalendarDate(year, last, daysInMonth(year, last)), "quarter", `${year}-Q${q}`);
}

const MONTH = /^(\d{4})-(\d{2})$/;

/**
 * A calendar month, written `YYYY-MM`.
 *
 * @param id - the month, `"2025-02"`
 * @returns the period
 * @throws RangeError when `id` is not a month
 * @example
 * periodOfMonth("2024-02"); // => { from: "2024-02-01", to: "2024-02-29", kind: "month", id: "2024-02" }
 */
export function periodOfMonth(id: string): Period {
  const m = MONTH.exec(String(id));
  const month = m ? Number(m[2]) : 0;
  if (!m || month < 1 || month > 12) throw new RangeError(`period.month: expected YYYY-MM such as 2025-03`);
  const year = Number(m[1]);
  checkYear(year);
  return make(formatCalendarDate(year, month, 1), formatCalendarDate(year, month, daysInMonth(year, month)), "month", `${m[1]}-${m[2]}`);
}

const SCHOOL_YEAR = /^(\d{4})-(\d{4})$/;

/**
 * A school year, 1 August to 31 July, written `YYYY-YYYY`.
 *
 * @param id - the school year, `"2025-2026"`
 * @returns the period
 * @throws RangeError when `id` is not a school year (the second year must follow the first)
 * @example
 * periodOfSchoolYear("2025-2026"); // => { from: "2025-08-01", to: "2026-07-31", kind: "schoolYear", id: "2025-2026" }
 */
export function periodOfSchoolYear(id: string): Period {
  const m = SCHOOL_YEAR.exec(String(id));
  if (!m || Number(m[2]) !== Number(m[1]) + 1) throw new RangeError(`period.schoolYear: expected YYYY-YYYY such as 2025-2026`);
  const year = Number(m[1]);
  checkYear(year);
  return make(formatCalendarDate(year, 8, 1), formatCalendarDate(year + 1, 7, 31), "schoolYear", `${year}-${year + 1}`);
}

/** A school holiday as `@kinderwerk/core`'s holiday calendar gives it. */
export interface HolidayLike {
  /** The first day, inclusive. */
  readonly from: string;
  /** The last day, inclusive. */
  readonly to: string;
  /** The kind of holiday, `zomer`. */
  readonly kind: string;
  /** The region, `zuid`. */
  readonly region: string;
  /** The school year, `2025-2026`. */
  readonly schoolYear: string;
}

/**
 * The period of one school holiday of a region, as found with core's `schoolHolidayPeriod` or
 * `listSchoolHolidays`.
 *
 * @param holiday - the holiday
 * @returns the period, kind `schoolHoliday`
 * @throws RangeError when the holiday's dates are not a valid range
 * @example
 * periodOfSchoolHoliday({ from: "2025-07-12", to: "2025-08-24", kind: "zomer", region: "zuid", schoolYear: "2024-2025" });
 * // => { from: "2025-07-12", to: "2025-08-24", kind: "schoolHoliday", id: "zomer 2024-2025 zuid" }
 */
export function periodOfSchoolHoliday(holiday: HolidayLike): Period {
  const p = customPeriod(holiday.from, holiday.to);
  return make(p.from, p.to, "schoolHoliday", `${holiday.kind} ${holiday.schoolYear} ${holiday.region}`);
}

/**
 * Any closed range `[from, to]`.
 *
 * @param from - the first day, `YYYY-MM-DD`
 * @param to - the last day, `YYYY-MM-DD`, not before `from`
 * @returns the period, kind `custom`
 * @throws RangeError when a date is not a calendar date or `to` is before `from`
 * @example
 * customPeriod("2025-03-01", "2025-06-15"); // => { from: "2025-03-01", to: "2025-06-15", kind: "custom", id: "2025-03-01..2025-06-15" }
 */
export function customPeriod(from: string, to: string): Period {
  if (!isCalendarDate(from) || !isCalendarDate(to)) throw new RangeError("period.date: expected calendar dates YYYY-MM-DD");
  if (to < from) throw new RangeError("period.order: the period ends before it starts");
  return make(from, to, "custom", `${from}..${to}`);
}

/**
 * Read a period from text: `2025`, `2025-Q3`, `2025-03`, `2025-2026` (school year) or
 * `2025-01-01..2025-06-30`.
 *
 * @param text - the period as text
 * @returns the period, or the issue `period.invalid` or `period.order` (`from`, `to`); what they
 *   repeat of the text follows core's echo policy (`echoParams`): a name typed in is never repeated
 * @example
 * parsePeriod("2025-Q1").ok; // => true
 * parsePeriod("2025-Q5").ok; // => false
 */
export function parsePeriod(text: string): Result<Period> {
  const t = String(text).trim();
  const range = /^(\d{4}-\d{2}-\d{2})\s*(?:\.\.|\/)\s*(\d{4}-\d{2}-\d{2})$/.exec(t);
  try {
    if (/^\d{4}$/.test(t)) return ok(periodOfYear(Number(t)));
    if (QUARTER.test(t)) return ok(periodOfQuarter(t));
    if (SCHOOL_YEAR.test(t)) return ok(periodOfSchoolYear(t));
    if (MONTH.test(t)) return ok(periodOfMonth(t));
    if (range) return ok(customPeriod(range[1]!, range[2]!));
  } catch (e) {
    // Both ends are real dates here; core's echo policy still decides what a message may repeat.
    if (e instanceof RangeError && e.message.startsWith("period.order") && range) {
      return fail([issue("period.order", [], { ...dateParam("from", range[1]!), ...dateParam("to", range[2]!) })]);
    }
  }
  return fail([issue("period.invalid", [], echoParams(t, []))]);
}

/** One date of a range as an issue param, when the echo policy lets it be repeated. */
function dateParam(name: "from" | "to", value: string): Record<string, string> {
  const shown = echo(value, [name]);
  return shown === undefined ? {} : { [name]: shown };
}

/**
 * The period just before: the previous year, quarter, month or school year; for a school holiday or
 * a custom range, the range of the same number of days ending the day before.
 *
 * @param period - the period
 * @returns the earlier period
 * @example
 * previousPeriod(periodOfQuarter("2025-Q1")).id; // => "2024-Q4"
 * previousPeriod(customPeriod("2025-03-01", "2025-03-10")); // => { from: "2025-02-19", to: "2025-02-28", kind: "custom", id: "2025-02-19..2025-02-28" }
 */
export function previousPeriod(period: Period): Period {
  const { year: y, month: m } = dateParts(period.from);
  switch (period.kind) {
    case "year":
      return periodOfYear(y - 1);
    case "quarter": {
      const q = Math.floor((m - 1) / 3) + 1;
      return q === 1 ? periodOfQuarter(`${y - 1}-Q4`) : periodOfQuarter(`${y}-Q${q - 1}`);
    }
    case "month":
      return m === 1 ? periodOfMonth(`${y - 1}-12`) : periodOfMonth(`${y}-${String(m - 1).padStart(2, "0")}`);
    case "schoolYear":
      return periodOfSchoolYear(`${y - 1}-${y}`);
    default: {
      const from = dayNumber(period.from);
      const length = dayNumber(period.to) - from;
      return customPeriod(dateOfDayNumber(from - 1 - length), dateOfDayNumber(from - 1));
    }
  }
}

/**
 * Whether a date lies inside a period.
 *
 * @param date - `YYYY-MM-DD`
 * @param period - the period
 * @returns `true` when `from <= date <= to`
 * @example
 * inPeriod("2025-12-31", periodOfYear(2025)); // => true
 */
export function inPeriod(date: string, period: Pick<Period, "from" | "to">): boolean {
  return period.from <= date && date <= period.to;
}
