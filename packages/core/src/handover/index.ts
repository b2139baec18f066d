import type { CalendarDate, DateRange } from "../calendarDate/index.js";
import { assertDateRange, dateParts, formatCalendarDate, isCalendarDate, isDateWithin, isLeapYear } from "../calendarDate/index.js";
import type { Labels } from "../labels/index.js";
import { schoolYearOf } from "../schoolYear/index.js";

/** Why a child is due for handover to youth work (jongerenwerk): turning 12, turning 13, or leaving groep 8. */
export const HANDOVER_REASONS = ["turns-12", "turns-13", "leaves-groep-8"] as const;
/** A reason for handover to youth work. */
export type HandoverReason = (typeof HANDOVER_REASONS)[number];

/** Labels of the handover reasons, in Dutch and English. */
export const handoverReasonLabels: Readonly<Record<HandoverReason, Labels>> = {
  "turns-12": { nl: "Wordt 12", en: "Turns 12" },
  "turns-13": { nl: "Wordt 13", en: "Turns 13" },
  "leaves-groep-8": { nl: "Verlaat groep 8", en: "Leaves groep 8" },
};

/** What the handover needs to know of a child: the pseudonym, the birth date, and the groep as observed. */
export interface HandoverChild {
  readonly childId: string;
  readonly birthDate: CalendarDate;
  /** The school group as observed (never derived from the birth date). */
  readonly groep?: number;
  /** When the groep was observed; its school year decides when groep 8 ends. */
  readonly groepObservedOn?: CalendarDate;
}

/** A moment in the period at which a child is due for handover. */
export interface HandoverMoment {
  readonly reason: HandoverReason;
  readonly on: CalendarDate;
}

/** A child due for handover within the period, with the moments that make it so (earliest first). */
export interface HandoverEntry {
  readonly childId: string;
  readonly moments: readonly HandoverMoment[];
}

/** Options for {@link youthWorkHandover}. */
export interface HandoverOptions {
  /** When the groep values were observed, for children without their own `groepObservedOn` (default: the start of the period). */
  readonly groepObservedOn?: CalendarDate;
}

/**
 * The date a child reaches an age: the birthday in the year `birth year + age`. A child born on
 * 29 February reaches it on 1 March in common years (as `ageOn` counts).
 */
function birthdayOn(birthDate: CalendarDate, age: number): CalendarDate {
  const { year, month, day } = dateParts(birthDate);
  const y = year + age;
  if (month === 2 && day === 29 && !isLeapYear(y)) return formatCalendarDate(y, 3, 1);
  return formatCalendarDate(y, month, day);
}

/**
 * The children due for the handover to youth work (doorgaande lijn) within a period: those who turn
 * 12 or 13, or who leave groep 8, in it. Leaving groep 8 is the end of the school year (31 July) of
 * the school year in which the child was observed in groep 8; the groep is an observed value, never
 * derived from the birth date. Children with an invalid birth date are left out of the age moments.
 *
 * @param children - the children, by pseudonym
 * @param period - the period, `{ from, to }` inclusive
 * @param options - when the groep values were observed
 * @returns one entry per child due, ordered by the first moment, then by id
 * @throws {@link DateError} `dates.invalid-date` / `dates.invalid-range` when the period is not a valid range
 * @example
 * youthWorkHandover(
 *   [{ childId: "kw-0101", birthDate: "2013-09-14", groep: 8, groepObservedOn: "2025-10-01" }],
 *   { from: "2025-08-01", to: "2026-07-31" },
 * );
 * // => [{ childId: "kw-0101", moments: [{ reason: "turns-12", on: "2025-09-14" }, { reason: "leaves-groep-8", on: "2026-07-31" }] }]
 */
export function youthWorkHandover(children: readonly HandoverChild[], period: DateRange, options: HandoverOptions = {}): HandoverEntry[] {
  assertDateRange(period);
  const out: HandoverEntry[] = [];
  for (const child of children) {
    const moments: HandoverMoment[] = [];
    if (isCalendarDate(child.birthDate)) {
      for (const [age, reason] of [[12, "turns-12"], [13, "turns-13"]] as const) {
        const on = birthdayOn(child.birthDate, age);
        if (isDateWithin(on, period)) moments.push({ reason, on });
      }
    }
    const observedOn = child.groepObservedOn ?? options.groepObservedOn ?? period.from;
    if (child.groep === 8 && isCalendarDate(observedOn)) {
      const on = schoolYearOf(observedOn).to;
      if (isDateWithin(on, period)) moments.push({ reason: "leaves-groep-8", on });
    }
    if (moments.length > 0) out.push({ childId: child.childId, moments: moments.sort((a, b) => (a.on < b.on ? -1 : a.on > b.on ? 1 : 0)) });
  }
  return out.sort((a, b) => {
    const fa = a.moments[0]?.on ?? "";
    const fb = b.moments[0]?.on ?? "";
    return fa < fb ? -1 : fa > fb ? 1 : a.childId < b.childId ? -1 : a.childId > b.childId ? 1 : 0;
  });
}
