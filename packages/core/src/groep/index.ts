import * as z from "zod";
import type { CalendarDate } from "../calendarDate/index.js";
import { formatCalendarDate } from "../calendarDate/index.js";
import { ageOn } from "../age/index.js";
import type { Labels, Lang } from "../labels/index.js";
import type { SchoolYearId } from "../schoolYear/index.js";
import { schoolYearOf } from "../schoolYear/index.js";

/** The groups of Dutch primary school, 1 to 8. */
export const GROEPEN = [1, 2, 3, 4, 5, 6, 7, 8] as const;

/**
 * A primary-school group (groep), a whole number 1..8 — an observed attribute, as the school says
 * it. Text such as `"5"` is not accepted here; importers convert it first.
 */
export const Groep = z.int().min(1).max(8).meta({ description: "Primary-school group (groep), 1 to 8.", examples: [5] });
/** A primary-school group, 1..8. */
export type Groep = 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8;

/** The school phases: onderbouw (groep 1–2), middenbouw (3–5), bovenbouw (6–8). */
export const SCHOOL_PHASES = ["onderbouw", "middenbouw", "bovenbouw"] as const;
/** A school phase: `onderbouw`, `middenbouw` or `bovenbouw`. */
export const SchoolPhase = z.enum(SCHOOL_PHASES);
/** A school phase: `onderbouw`, `middenbouw` or `bovenbouw`. */
export type SchoolPhase = z.infer<typeof SchoolPhase>;

/**
 * Labels of the school phases.
 *
 * @example
 * schoolPhaseLabels.bovenbouw.en; // => "Upper primary (groups 6–8)"
 */
export const schoolPhaseLabels: Readonly<Record<SchoolPhase, Labels>> = {
  onderbouw: { nl: "Onderbouw (groep 1–2)", en: "Lower primary (groups 1–2)" },
  middenbouw: { nl: "Middenbouw (groep 3–5)", en: "Middle primary (groups 3–5)" },
  bovenbouw: { nl: "Bovenbouw (groep 6–8)", en: "Upper primary (groups 6–8)" },
};

/** Which groups make up each school phase. */
export const schoolPhaseGroepen: Readonly<Record<SchoolPhase, readonly Groep[]>> = {
  onderbouw: [1, 2],
  middenbouw: [3, 4, 5],
  bovenbouw: [6, 7, 8],
};

/**
 * Whether a value is a groep, 1..8.
 *
 * @param value - any value
 * @returns `true` for the integers 1 to 8
 * @example
 * isGroep(8); // => true
 * isGroep(9); // => false
 */
export function isGroep(value: unknown): value is Groep {
  return typeof value === "number" && Number.isInteger(value) && value >= 1 && value <= 8;
}

/**
 * The school phase of a groep. Like the rest of this module, bad data gives no answer rather than
 * an exception.
 *
 * @param groep - 1..8
 * @returns the phase, or `undefined` when the value is not a groep 1..8
 * @example
 * schoolPhaseOf(5); // => "middenbouw"
 * schoolPhaseOf(9); // => undefined
 */
export function schoolPhaseOf(groep: unknown): SchoolPhase | undefined {
  if (!isGroep(groep)) return undefined;
  return groep <= 2 ? "onderbouw" : groep <= 5 ? "middenbouw" : "bovenbouw";
}

/**
 * The label of a groep.
 *
 * @param groep - 1..8
 * @param lang - `nl` (default) or `en`
 * @returns `"Groep 5"` or `"Group 5"`
 * @example
 * groepLabel(5, "en"); // => "Group 5"
 */
export function groepLabel(groep: Groep, lang: Lang = "nl"): string {
  return `${lang === "nl" ? "Groep" : "Group"} ${groep}`;
}

/** An estimated groep, always marked as an estimate. */
export interface GroepEstimate {
  /** The estimated groep. */
  readonly groep: Groep;
  /** Always `true`: a groep from a birth date is a guess, never an observation. */
  readonly estimated: true;
  /** How it was estimated: the age on 1 October of the school year, minus 3. */
  readonly basis: "age-on-1-october";
  /** The school year of the estimate. */
  readonly schoolYear: SchoolYearId;
}

/**
 * Estimate a child's groep from its birth date, when the school's own groep is not known. There is
 * no birth-date cut-off in Dutch schools (moving up is the school's decision), so the result is
 * labelled an estimate: groep = age on 1 October of the school year of `on`, minus 3 (age 4 →
 * groep 1, age 11 → groep 8). Prefer an observed {@link Groep} whenever there is one.
 *
 * @param birthDate - the birth date
 * @param on - a date in the school year to estimate for
 * @returns the estimate, or `undefined` when the birth date is invalid or the estimate falls outside groep 1..8
 * @throws {@link DateError} `dates.invalid-date` when `on` is not a real calendar date
 * @example
 * estimateGroep("2016-05-10", "2025-09-01");
 * // => { groep: 6, estimated: true, basis: "age-on-1-october", schoolYear: "2025-2026" }
 * estimateGroep("2022-05-10", "2025-09-01"); // => undefined (3 on 1 October)
 */
export function estimateGroep(birthDate: unknown, on: CalendarDate): GroepEstimate | undefined {
  const sy = schoolYearOf(on);
  const age = ageOn(birthDate, formatCalendarDate(sy.startYear, 10, 1));
  if (age === undefined) return undefined;
  const groep = age - 3;
  if (!isGroep(groep)) return undefined;
  return Object.freeze({ groep, estimated: true, basis: "age-on-1-october", schoolYear: sy.id });
}
