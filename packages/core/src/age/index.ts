import * as z from "zod";
import type { CalendarDate } from "../calendarDate/index.js";
import { assertCalendarDate, dateParts, isCalendarDate } from "../calendarDate/index.js";
import type { Issue, IssuePath } from "../issues/issue.js";
import { issue } from "../issues/issue.js";
import { coreIssue } from "../issues/codes.js";
import type { Labels } from "../labels/index.js";

/** The target group of kinderwerk: children aged 4 to 12 inclusive ("4 t/m 12 jaar"). */
export const TARGET_GROUP = Object.freeze({ minAge: 4, maxAge: 12 } as const);

/**
 * A child's age in whole years on a date.
 *
 * A child born on 29 February turns a year older on 1 March in common years (and on 29 February in
 * leap years): on 28 February 2025 a child born 2016-02-29 is still 8, on 1 March 2025 it is 9.
 *
 * @param birthDate - the birth date; anything that is not a valid `YYYY-MM-DD` date gives `undefined`
 * @param on - the date to compute the age on
 * @returns whole years, or `undefined` when the birth date is missing or invalid, or `on` is before it
 * @throws {@link DateError} `dates.invalid-date` when `on` is not a real calendar date
 * @example
 * ageOn("2016-05-10", "2025-05-09"); // => 8
 * ageOn("2016-05-10", "2025-05-10"); // => 9
 * ageOn("2016-02-29", "2025-02-28"); // => 8
 * ageOn("2016-02-29", "2025-03-01"); // => 9
 * ageOn("2030-01-01", "2025-01-01"); // => undefined
 */
export function ageOn(birthDate: unknown, on: CalendarDate): number | undefined {
  assertCalendarDate(on, "on");
  if (!isCalendarDate(birthDate) || birthDate > on) return undefined;
  const b = dateParts(birthDate);
  const d = dateParts(on);
  const hadBirthday = d.month > b.month || (d.month === b.month && d.day >= b.day);
  return d.year - b.year - (hadBirthday ? 0 : 1);
}

/** Where an age is relative to the target group: inside it, below, above, or unknown. */
export const TARGET_GROUP_CLASSES = ["target-group", "under-4", "over-12", "unknown"] as const;
/** Where an age is relative to the target group 4..12. */
export const TargetGroupClass = z.enum(TARGET_GROUP_CLASSES);
/** Where an age is relative to the target group 4..12. */
export type TargetGroupClass = z.infer<typeof TargetGroupClass>;

/**
 * Labels of the target-group classes.
 *
 * @example
 * targetGroupClassLabels["over-12"].nl; // => "Ouder dan 12 jaar"
 */
export const targetGroupClassLabels: Readonly<Record<TargetGroupClass, Labels>> = {
  "target-group": { nl: "Doelgroep (4 t/m 12 jaar)", en: "Target group (4 to 12 years)" },
  "under-4": { nl: "Jonger dan 4 jaar", en: "Under 4" },
  "over-12": { nl: "Ouder dan 12 jaar", en: "Over 12" },
  unknown: { nl: "Leeftijd onbekend", en: "Age unknown" },
};

/** The highest age in whole years that counts as an age; anything above it is not an age but an error in the data. */
export const MAX_AGE = 150;

/**
 * The age used by {@link targetGroupClassOf} and `ageBandOf`: one rule, so both always agree.
 * A number counts when it is a whole number 0..{@link MAX_AGE}; a birth date counts when it is a
 * real `YYYY-MM-DD` date on or before `on`. Anything else is no age (`undefined`). Not exported
 * from the package: it is the shared rule, not an API.
 *
 * @param birthDateOrAge - a birth date or an age in whole years
 * @param on - the date of the age; needed with a birth date
 * @returns the age in whole years, or `undefined`
 * @throws {@link DateError} `dates.invalid-date` (path `on`) when `on` is given but not a real date,
 *   or left out with a valid birth date — a programmer error, not bad data
 */
export function wholeAgeOf(birthDateOrAge: unknown, on: CalendarDate | undefined): number | undefined {
  if (typeof birthDateOrAge === "number") {
    return Number.isInteger(birthDateOrAge) && birthDateOrAge >= 0 && birthDateOrAge <= MAX_AGE ? birthDateOrAge : undefined;
  }
  if (on === undefined && !isCalendarDate(birthDateOrAge)) return undefined;
  return ageOn(birthDateOrAge, assertCalendarDate(on, "on"));
}

/**
 * Classify a child against the target group 4..12.
 *
 * @param birthDateOrAge - a birth date (`YYYY-MM-DD`) or an age in whole years (0..150); missing or
 *   invalid gives `unknown`
 * @param on - the date of the age, needed with a birth date
 * @returns `target-group`, `under-4`, `over-12` or `unknown` (also for a date before birth and an
 *   age above 150); always the same class as `ageBandOf` gives with the default bands
 * @throws {@link DateError} `dates.invalid-date` when `on` is invalid, or missing with a valid birth
 *   date (a programmer error)
 * @example
 * targetGroupClassOf("2012-01-01", "2025-06-01"); // => "over-12"
 * targetGroupClassOf(7); // => "target-group"
 * targetGroupClassOf(undefined, "2025-06-01"); // => "unknown"
 * targetGroupClassOf(200); // => "unknown" (not an age)
 */
export function targetGroupClassOf(birthDateOrAge: unknown, on?: CalendarDate): TargetGroupClass {
  const age = wholeAgeOf(birthDateOrAge, on);
  if (age === undefined) return "unknown";
  return age < TARGET_GROUP.minAge ? "under-4" : age > TARGET_GROUP.maxAge ? "over-12" : "target-group";
}

/** An age range to check against, as an activity has it (`minAge`, `maxAge`, inclusive). */
export interface AgeRange {
  /** The lowest age, inclusive. */
  readonly minAge: number;
  /** The highest age, inclusive. */
  readonly maxAge: number;
}

/** Options for {@link checkAge}. */
export interface CheckAgeOptions {
  /** An activity's age range; the target group 4..12 when left out. */
  readonly range?: AgeRange;
  /** The path to put on the issues; default `["birthDate"]`. */
  readonly path?: IssuePath;
}

/**
 * Check a child's age on a date against the target group, or an activity's age range, and explain
 * any problem as a warning (an age outside the range is allowed, but worth a look).
 *
 * Issue codes: `age.outside-target-group` and `age.outside-activity-range` (`age`, `minAge`,
 * `maxAge`), `age.unknown` when there is no valid birth date, `age.before-birth` (an error) when the
 * date is before the birth date.
 *
 * @param birthDate - the child's birth date
 * @param on - the date (of the session or registration)
 * @param options - an activity's `range`, and the issue `path`
 * @returns no issues when the age is inside the range, else one issue
 * @throws {@link DateError} `dates.invalid-date` when `on` is not a real calendar date
 * @example
 * checkAge("2011-01-10", "2025-06-01");
 * // => [{ code: "age.outside-target-group", severity: "warning", path: ["birthDate"], params: { age: 14, minAge: 4, maxAge: 12 } }]
 * // formatIssue(…) => "Leeftijd 14 valt buiten de doelgroep van 4 t/m 12 jaar."
 * checkAge("2017-01-10", "2025-06-01", { range: { minAge: 6, maxAge: 9 } }); // => []
 */
export function checkAge(birthDate: unknown, on: CalendarDate, options: CheckAgeOptions = {}): Issue[] {
  const path = options.path ?? ["birthDate"];
  assertCalendarDate(on, "on");
  if (!isCalendarDate(birthDate)) return [coreIssue("age.unknown", path, {}, "warning")];
  const age = ageOn(birthDate, on);
  if (age === undefined) return [coreIssue("age.before-birth", path, { on })];
  const range = options.range ?? TARGET_GROUP;
  if (age >= range.minAge && age <= range.maxAge) return [];
  const isTarget = range.minAge === TARGET_GROUP.minAge && range.maxAge === TARGET_GROUP.maxAge;
  return [
    issue(isTarget ? "age.outside-target-group" : "age.outside-activity-range", path, { age, minAge: range.minAge, maxAge: range.maxAge }, "warning"),
  ];
}
