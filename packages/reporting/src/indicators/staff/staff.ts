// Indicator group "staff" (INDICATORS.md version 2): who staffed the period, by role; their hours by
// kind; professional fte; and the staff whose VOG or meldcode training is overdue.
import { dateParts, daysInMonth, formatCalendarDate, STAFF_ROLES, STAFFING_KINDS } from "@kinderwerk/core";
import { weeksIn } from "../../_lib/weeks.js";
import { roundHalfAway, roundRatio } from "../../_lib/round.js";
import type { PeriodFacts, StaffPolicy } from "../facts.js";
import type { GroupResult, IndicatorGroup } from "../group.js";
import { breakdown, l, scalar } from "../group.js";
import type { ResultRow } from "../rows.js";
import { countKey, rowsOf } from "../rows.js";

/** The ids of the group, in report order. */
export const STAFF_IDS = ["staff.people.byRole", "staff.hours.byKind", "staff.fte", "staff.vogOverdue", "staff.meldcodeTrainingOverdue"] as const;

/** The values of the group; `undefined` when a table it needs is missing. */
export interface StaffValues {
  readonly "staff.people.byRole"?: readonly ResultRow[] | undefined;
  readonly "staff.hours.byKind"?: readonly ResultRow[] | undefined;
  readonly "staff.fte"?: number | undefined;
  readonly "staff.vogOverdue"?: number | undefined;
  readonly "staff.meldcodeTrainingOverdue"?: number | undefined;
}

/**
 * The day `years` years before `day` (29 February becomes 28 February in a year without it).
 *
 * @param day - `YYYY-MM-DD`
 * @param years - whole years
 * @returns `YYYY-MM-DD`
 */
export function yearsBefore(day: string, years: number): string {
  const { year, month, day: d } = dateParts(day);
  const y = year - years;
  return formatCalendarDate(y, month, Math.min(d, daysInMonth(y, month)));
}

/** Whether a certificate dated `on` (or none) is older than `years` on `to`. */
const overdue = (on: string | null, to: string, years: number): boolean => on === null || on < yearsBefore(to, years);

/** Millionths of an hour in an hour: staffing hours are summed as whole millionths, exactly, in JS and SQL alike. */
export const MICRO_HOURS = 1_000_000;

/**
 * Staffing hours as whole millionths of an hour (`floor(hours × 10^6 + 0.5)`, the same in SQL).
 *
 * @param hours - hours, a decimal
 * @returns millionths of an hour
 * @example
 * microHours(2.75); // => 2750000
 */
export function microHours(hours: number): number {
  return Math.floor(hours * MICRO_HOURS + 0.5);
}

/** What the staff indicators are computed from: counts of the staff with staffing in the period, and exact hours. */
export interface StaffSums {
  /** Distinct staff with staffing in the period by role (`unknown` when not given). */
  readonly peopleByRole: ReadonlyMap<string, number>;
  /** Millionths of an hour of staffing in the period by kind (`unknown` when not given). */
  readonly microHoursByKind: ReadonlyMap<string, number>;
  /** Millionths of an hour of staffing in the period by professionals. */
  readonly professionalMicroHours: number;
  /** Of the staff with staffing in the period, those whose VOG is overdue. */
  readonly vogOverdue: number;
  /** The same for meldcode training. */
  readonly meldcodeTrainingOverdue: number;
}

/**
 * The staff values from their sums, rounded once: hours to 1 decimal, fte to 2.
 *
 * @param sums - the sums
 * @param from - the period's first day
 * @param to - the period's last day
 * @param policy - the staff policy (the hours of a full-time week)
 * @returns the values, and the professionals' hours behind fte as basis `staff.professionalHours`
 * @example
 * const sums = { peopleByRole: new Map([["professional", 1]]), microHoursByKind: new Map([["session", 36_000_000]]), professionalMicroHours: 36_000_000, vogOverdue: 0, meldcodeTrainingOverdue: 1 };
 * staffValues(sums, "2025-01-06", "2025-01-12", { fullTimeHours: 36 }).values["staff.fte"]; // => 1
 */
export function staffValues(sums: StaffSums, from: string, to: string, policy: Pick<StaffPolicy, "fullTimeHours">): GroupResult<StaffValues> {
  const professionalHours = sums.professionalMicroHours / MICRO_HOURS;
  const hoursRows = rowsOf(sums.microHoursByKind, STAFFING_KINDS, ["unknown"]).map((r) => ({ key: r.key, value: roundRatio(r.value, MICRO_HOURS, 1) }));
  return {
    values: {
      "staff.people.byRole": rowsOf(sums.peopleByRole, STAFF_ROLES, ["unknown"]),
      "staff.hours.byKind": hoursRows,
      "staff.fte": roundHalfAway(professionalHours / (policy.fullTimeHours * weeksIn(from, to)), 2),
      "staff.vogOverdue": sums.vogOverdue,
      "staff.meldcodeTrainingOverdue": sums.meldcodeTrainingOverdue,
    },
    raw: {},
    basis: { "staff.professionalHours": professionalHours },
  };
}

function compute(facts: PeriodFacts): GroupResult<StaffValues> {
  const { from, to } = facts;
  const { staff, staffing } = facts.v2;
  const policy = facts.inputs.staffPolicy;
  const active = new Set<string>();
  const microHoursByKind = new Map<string, number>();
  let professionalMicroHours = 0;
  for (const [staffId, date, hours, kind] of staffing) {
    if (date < from || date > to) continue;
    active.add(staffId);
    const k = kind ?? "unknown";
    const micro = microHours(hours);
    microHoursByKind.set(k, (microHoursByKind.get(k) ?? 0) + micro);
    if (staff.get(staffId)?.[0] === "professional") professionalMicroHours += micro;
  }
  const peopleByRole = new Map<string, number>();
  let vogOverdue = 0;
  let meldcodeTrainingOverdue = 0;
  for (const id of active) {
    const [role, vogDate, trainingDate] = staff.get(id) ?? [null, null, null];
    countKey(peopleByRole, role ?? "unknown");
    if (overdue(vogDate, to, policy.vogYears)) vogOverdue++;
    if (overdue(trainingDate, to, policy.meldcodeTrainingYears)) meldcodeTrainingOverdue++;
  }
  return staffValues({ peopleByRole, microHoursByKind, professionalMicroHours, vogOverdue, meldcodeTrainingOverdue }, from, to, policy);
}

const BOTH = ["staff", "staffing"] as const;

/** Staff and their hours. */
export const staffGroup: IndicatorGroup<(typeof STAFF_IDS)[number], StaffValues> = {
  name: "staff",
  ids: STAFF_IDS,
  specs: {
    "staff.people.byRole": breakdown({
      unit: "people",
      definition: "Distinct staff with staffing in the period, by role.",
      disclosure: "breakdown",
      staffCount: true,
      version: 2,
      tables: BOTH,
      label: l("Medewerkers naar rol", "Staff by role"),
      description: l("Verschillende medewerkers met inzet in de periode, naar rol.", "Distinct staff with staffing in the period, by role."),
      keyLabel: l("Rol", "Role"),
    }),
    "staff.hours.byKind": breakdown({
      unit: "hours",
      definition: "Staffing hours in the period by kind, 1 decimal.",
      disclosure: "none",
      version: 2,
      tables: ["staffing"],
      label: l("Inzet naar soort", "Staffing hours by kind"),
      description: l("Uren inzet in de periode naar soort.", "Hours of staffing in the period by kind."),
      keyLabel: l("Soort inzet", "Kind of staffing"),
    }),
    "staff.fte": scalar({
      unit: "fte",
      decimals: 2,
      definition: "Professionals' staffing hours ÷ (36 × weeks in the period), 2 decimals; 36 hours is a full-time week in the CAO Sociaal Werk (configurable).",
      disclosure: "none",
      version: 2,
      tables: BOTH,
      label: l("Formatie beroepskrachten (fte)", "Professional staff (fte)"),
      description: l("Uren inzet van beroepskrachten gedeeld door een voltijdweek maal de weken van de periode.", "Professionals' staffing hours divided by a full-time week times the weeks of the period."),
    }),
    "staff.vogOverdue": scalar({
      unit: "people",
      definition: "Staff with staffing in the period whose VOG is missing or older than 3 years on the period's last day (configurable).",
      disclosure: "count",
      staffCount: true,
      version: 2,
      tables: BOTH,
      label: l("Medewerkers zonder geldige VOG", "Staff without a valid VOG"),
      description: l("Medewerkers met inzet van wie de VOG ontbreekt of ouder is dan 3 jaar.", "Staff with staffing whose VOG is missing or older than 3 years."),
    }),
    "staff.meldcodeTrainingOverdue": scalar({
      unit: "people",
      definition: "Staff with staffing in the period whose meldcode training is missing or older than 2 years on the period's last day (configurable).",
      disclosure: "count",
      staffCount: true,
      version: 2,
      tables: BOTH,
      label: l("Medewerkers met verlopen meldcodetraining", "Staff with meldcode training overdue"),
      description: l("Medewerkers met inzet van wie de meldcodetraining ontbreekt of ouder is dan 2 jaar.", "Staff with staffing whose meldcode training is missing or older than 2 years."),
    }),
  },
  compute,
};
