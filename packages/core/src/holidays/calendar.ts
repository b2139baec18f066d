import * as z from "zod";
import { DateRange, isCalendarDate } from "../calendarDate/index.js";
import type { Issue, Result } from "../issues/issue.js";
import { fail, ok } from "../issues/issue.js";
import { coreIssue, refineParams } from "../issues/codes.js";
import { safeParse } from "../_lib/safeParse.js";
import { parseSchoolYear, SchoolYearId } from "../schoolYear/index.js";
import type { SchoolYear } from "../schoolYear/index.js";
import type { SchoolRegion } from "./vocabulary.js";
import { HOLIDAY_KINDS, HolidayKind, SCHOOL_REGIONS } from "./vocabulary.js";

/** One school holiday of a school year, with its dates in each of the three regions. */
export const HolidayEntry = z.object({
  kind: HolidayKind,
  /** Advisory dates (herfst, voorjaar, an extra May week): schools may deviate. */
  advisory: z.boolean().default(false),
  /** An extra week next to the main holiday of the same kind (the advisory second May week). */
  extraWeek: z.boolean().default(false),
  dates: z.object({ noord: DateRange, midden: DateRange, zuid: DateRange }),
});
/** One school holiday of a school year, with its dates in each of the three regions. */
export type HolidayEntry = z.infer<typeof HolidayEntry>;

const rangeOk = (x: { from: unknown; to: unknown } | undefined): x is { from: string; to: string } =>
  x !== undefined && isCalendarDate(x.from) && isCalendarDate(x.to) && x.from <= x.to;

/**
 * The school holidays of one school year: every holiday kind once (plus extra weeks), every region
 * given, every range valid, each holiday starting inside its school year, and no two holidays of a
 * region overlapping (an extra week may touch its main holiday).
 *
 * Issue codes beyond the generic `value.*` ones: `dates.invalid-range`, `holidays.kind-missing`,
 * `holidays.kind-duplicate`, `holidays.outside-school-year`, `holidays.overlap`.
 */
export const HolidayCalendarYear = z
  .object({
    schoolYear: SchoolYearId,
    /** Where the dates come from: a site or a document. */
    source: z.string().min(1).max(500).optional(),
    holidays: z.array(HolidayEntry).min(1).max(20),
  })
  .superRefine((year, ctx) => {
    const parsed = parseSchoolYear(year.schoolYear);
    if (!parsed.ok) return;
    const sy: SchoolYear = parsed.value;
    for (const kind of HOLIDAY_KINDS) {
      const mains = year.holidays.flatMap((h, i) => (h.kind === kind && !h.extraWeek ? [i] : []));
      if (mains.length === 0) ctx.addIssue({ code: "custom", path: ["holidays"], params: refineParams("holidays.kind-missing", { kind, schoolYear: sy.id }) });
      for (const i of mains.slice(1)) ctx.addIssue({ code: "custom", path: ["holidays", i, "kind"], params: refineParams("holidays.kind-duplicate", { kind, schoolYear: sy.id }) });
    }
    year.holidays.forEach((h, i) => {
      if (h.extraWeek && !year.holidays.some((o) => o.kind === h.kind && !o.extraWeek)) {
        ctx.addIssue({ code: "custom", path: ["holidays", i, "extraWeek"], params: refineParams("holidays.kind-missing", { kind: h.kind, schoolYear: sy.id }) });
      }
      for (const region of SCHOOL_REGIONS) {
        const range = h.dates[region];
        if (!rangeOk(range)) continue;
        if (range.from < sy.from || range.from > sy.to) {
          ctx.addIssue({
            code: "custom",
            path: ["holidays", i, "dates", region, "from"],
            params: refineParams("holidays.outside-school-year", { kind: h.kind, region, schoolYear: sy.id, from: range.from }),
          });
        }
        if (h.extraWeek) continue;
        for (let j = 0; j < i; j++) {
          const other = year.holidays[j];
          const o = other?.dates[region];
          if (!other || other.extraWeek || !rangeOk(o)) continue;
          if (o.from <= range.to && range.from <= o.to) {
            ctx.addIssue({
              code: "custom",
              path: ["holidays", i, "dates", region],
              params: refineParams("holidays.overlap", { kind: h.kind, other: other.kind, region, schoolYear: sy.id }),
            });
          }
        }
      }
    });
  });
/** The school holidays of one school year, as validated by {@link HolidayCalendarYear}. */
export type HolidayCalendarYear = z.infer<typeof HolidayCalendarYear>;

/** One school holiday in one region: a period with its kind, region and school year. */
export interface SchoolHoliday extends DateRange {
  /** A stable id, `"2025-2026.herfst.noord"` (`"2027-2028.mei-extra.noord"` for an extra week). */
  readonly id: string;
  /** Which holiday. */
  readonly kind: HolidayKind;
  /** The region. */
  readonly region: SchoolRegion;
  /** The school year the holiday belongs to (a summer holiday runs into the next one). */
  readonly schoolYear: SchoolYearId;
  /** Whether the dates are advisory (schools may deviate). */
  readonly advisory: boolean;
  /** Whether this is an extra week next to the main holiday of the same kind. */
  readonly extraWeek: boolean;
}

/**
 * A validated calendar of school holidays. Make one with {@link createHolidayCalendar}; the shipped
 * one is {@link schoolHolidays}.
 */
export interface HolidayCalendar {
  /** The school years it covers, oldest first. */
  readonly years: readonly HolidayCalendarYear[];
  /** Every holiday of every year and region, by start date. */
  readonly holidays: readonly SchoolHoliday[];
}

/** Options for {@link createHolidayCalendar}. */
export interface CreateHolidayCalendarOptions {
  /**
   * A calendar to start from. A given year replaces the base's year with the same id; other years
   * are added. Without a base the calendar holds only the given years.
   */
  readonly base?: HolidayCalendar;
}

function flatten(years: readonly HolidayCalendarYear[]): SchoolHoliday[] {
  const out: SchoolHoliday[] = [];
  for (const y of years) {
    for (const h of y.holidays) {
      for (const region of SCHOOL_REGIONS) {
        const { from, to } = h.dates[region];
        out.push(
          Object.freeze({
            id: `${y.schoolYear}.${h.kind}${h.extraWeek ? "-extra" : ""}.${region}`,
            kind: h.kind,
            region,
            schoolYear: y.schoolYear,
            advisory: h.advisory,
            extraWeek: h.extraWeek,
            from,
            to,
          }),
        );
      }
    }
  }
  // Main holidays before extra weeks on the same day, so a lookup finds the main one first.
  return out.sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : Number(a.extraWeek) - Number(b.extraWeek)));
}

/**
 * Make a holiday calendar from school years of data, validated: dates real, `from` on or before
 * `to`, all three regions and all five holidays given, holidays inside their school year and not
 * overlapping, no school year twice.
 *
 * @param years - the school years, as plain data (see {@link HolidayCalendarYear})
 * @param options - `base`: a calendar whose years are kept unless replaced
 * @returns the calendar, or the issues that reject the data (paths start at the index in `years`;
 *   a year given twice gives `holidays.duplicate-year`); never throws, also not for `null` or a
 *   value whose reading throws (`value.type`, `value.unreadable`)
 * @example
 * const mine = createHolidayCalendar([{ schoolYear: "2028-2029", source: "…", holidays: [ … ] }], { base: schoolHolidays });
 * if (mine.ok) isSchoolHoliday("2028-10-18", "noord", mine.value);
 */
export function createHolidayCalendar(
  years: readonly z.input<typeof HolidayCalendarYear>[],
  options: CreateHolidayCalendarOptions = {},
): Result<HolidayCalendar> {
  const parsed = safeParse(z.array(HolidayCalendarYear).max(200), years);
  const issues: Issue[] = parsed.ok ? [] : [...parsed.issues];
  try {
    if (Array.isArray(years)) {
      const seen = new Set<string>();
      years.forEach((y: unknown, i) => {
        const id = typeof y === "object" && y !== null ? (y as { schoolYear?: unknown }).schoolYear : undefined;
        if (typeof id !== "string") return;
        // Only a well-formed school year id goes into the issue: never an unbounded raw string.
        if (seen.has(id)) issues.push(coreIssue("holidays.duplicate-year", [i, "schoolYear"], SchoolYearId.safeParse(id).success ? { schoolYear: id } : {}));
        else seen.add(id);
      });
    }
  } catch {
    // A value whose reading throws is already reported by the parse above.
  }
  if (!parsed.ok || issues.length > 0) return fail(issues);
  const byId = new Map<string, HolidayCalendarYear>();
  for (const y of options.base?.years ?? []) byId.set(y.schoolYear, y);
  for (const y of parsed.value) byId.set(y.schoolYear, y);
  const merged = [...byId.values()].sort((a, b) => (a.schoolYear < b.schoolYear ? -1 : 1));
  return ok(Object.freeze({ years: Object.freeze(merged), holidays: Object.freeze(flatten(merged)) }));
}
