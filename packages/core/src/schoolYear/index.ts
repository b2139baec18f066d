import * as z from "zod";
import type { CalendarDate, DateRange } from "../calendarDate/index.js";
import { assertCalendarDate, dateParts, formatCalendarDate } from "../calendarDate/index.js";
import { echoParams } from "../echo/index.js";
import type { Result } from "../issues/issue.js";
import { fail, ok } from "../issues/issue.js";
import { coreIssue, refineParams } from "../issues/codes.js";

/** A school year: 1 August of `startYear` to 31 July of the next year, both inclusive. */
export interface SchoolYear extends DateRange {
  /** The id, `"2025-2026"`. */
  readonly id: SchoolYearId;
  /** The calendar year in which it starts. */
  readonly startYear: number;
}

const ID = /^(\d{4})-(\d{4})$/;

/**
 * The id of a school year, `YYYY-YYYY` with consecutive years (`"2025-2026"`). An id that is not
 * gives the issue `schoolYear.invalid`.
 */
export const SchoolYearId = z
  .string()
  .max(9)
  .refine((s) => {
    const m = ID.exec(s);
    return m !== null && Number(m[2]) === Number(m[1]) + 1;
  }, { params: refineParams("schoolYear.invalid") })
  .meta({ description: "A school year, 1 August to 31 July, written YYYY-YYYY.", examples: ["2025-2026"] });
/** The id of a school year, `"2025-2026"`. */
export type SchoolYearId = string;

/**
 * The school year that starts on 1 August of a year.
 *
 * @param startYear - the calendar year in which it starts
 * @returns the school year
 * @example
 * schoolYear(2025); // => { id: "2025-2026", startYear: 2025, from: "2025-08-01", to: "2026-07-31" }
 */
export function schoolYear(startYear: number): SchoolYear {
  return Object.freeze({
    id: `${startYear}-${startYear + 1}`,
    startYear,
    from: formatCalendarDate(startYear, 8, 1),
    to: formatCalendarDate(startYear + 1, 7, 31),
  });
}

/**
 * The school year a date falls in. The school year runs from 1 August to 31 July.
 *
 * @param date - a `YYYY-MM-DD` date
 * @returns its school year
 * @throws {@link DateError} `dates.invalid-date` when `date` is not a real calendar date
 * @example
 * schoolYearOf("2025-09-01"); // => { id: "2025-2026", startYear: 2025, from: "2025-08-01", to: "2026-07-31" }
 * schoolYearOf("2026-07-31").id; // => "2025-2026"
 * schoolYearOf("2026-08-01").id; // => "2026-2027"
 */
export function schoolYearOf(date: CalendarDate): SchoolYear {
  const { year, month } = dateParts(assertCalendarDate(date));
  return schoolYear(month >= 8 ? year : year - 1);
}

const LOOSE = /^\s*(\d{4})\s*[-/–]\s*(\d{2}|\d{4})\s*$/;

/**
 * Read a school year as people write it: `"2025-2026"`, `"2025-26"`, `"2025/2026"` or `"2025/26"`.
 *
 * @param text - the text
 * @returns the school year, or the issue `schoolYear.invalid` when the text is not a school year
 *   (the second year must follow the first)
 * @example
 * parseSchoolYear("2025-26"); // => { ok: true, value: { id: "2025-2026", … }, issues: [] }
 * parseSchoolYear("2025-2027").ok; // => false
 */
export function parseSchoolYear(text: string): Result<SchoolYear> {
  const m = LOOSE.exec(String(text));
  if (m) {
    const start = Number(m[1]);
    const end = m[2]!.length === 2 ? ((start + 1) % 100 === Number(m[2]) ? start + 1 : NaN) : Number(m[2]);
    if (end === start + 1) return ok(schoolYear(start));
  }
  return fail([coreIssue("schoolYear.invalid", [], echoParams(text, []))]);
}

/**
 * The school years that touch a range, in order.
 *
 * @param range - a `{ from, to }` range
 * @returns every school year with at least one day in the range
 * @throws {@link DateError} when a date is invalid
 * @example
 * schoolYearsIn({ from: "2025-07-01", to: "2025-09-01" }).map((y) => y.id); // => ["2024-2025", "2025-2026"]
 */
export function schoolYearsIn(range: DateRange): SchoolYear[] {
  const first = schoolYearOf(range.from).startYear;
  const last = schoolYearOf(range.to).startYear;
  const out: SchoolYear[] = [];
  for (let y = first; y <= last; y++) out.push(schoolYear(y));
  return out;
}
