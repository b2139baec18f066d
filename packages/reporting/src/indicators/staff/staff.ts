// Indicator group "staff" (INDICATORS.md version 2): who staffed the period, by role; their hours by
// kind; professional fte; and the staff whose VOG or meldcode training is overdue.
import { dateParts, daysInMonth, formatCalendarDate, STAFF_ROLES, STAFFING_KINDS } from "@kinderwerk/core";
import { weeksIn } from "../../_lib/weeks.js";
import { roundHalfAway } from "../../_lib/round.js";
import type { PeriodFacts } from "../facts.js";
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

function compute(facts: PeriodFacts): GroupResult<StaffValues> {
  const { from, to } = facts;
  const { staff, staffing } = facts.v2;
  const policy = facts.inputs.staffPolicy;
  const active = new Set<string>();
  const hoursByKind = new Map<string, number>();
  let professionalHours = 0;
  for (const [staffId, date, hours, kind] of staffing) {
    if (date < from || date > to) continue;
    active.add(staffId);
    const k = kind ?? "unknown";
    hoursByKind.set(k, (hoursByKind.get(k) ?? 0) + hours);
    if (staff.get(staffId)?.[0] === "professional") professionalHours += hours;
  }
  const byRole = new Map<string, number>();
  let vog = 0;
  let training = 0;
  for (const id of active) {
    const [role, vogDate, trainingDate] = staff.get(id) ?? [null, null, null];
    countKey(byRole, role ?? "unknown");
    if (overdue(vogDate, to, policy.vogYears)) vog++;
    if (overdue(trainingDate, to, policy.meldcodeTrainingYears)) training++;
  }
  const hoursRows = rowsOf(hoursByKind, STAFFING_KINDS, ["unknown"]).map((r) => ({ key: r.key, value: roundHalfAway(r.value, 1) }));
  return {
    values: {
      "staff.people.byRole": rowsOf(byRole, STAFF_ROLES, ["unknown"]),
      "staff.hours.byKind": hoursRows,
      "staff.fte": roundHalfAway(professionalHours / (policy.fullTimeHours * weeksIn(from, to)), 2),
      "staff.vogOverdue": vog,
      "staff.meldcodeTrainingOverdue": training,
    },
    raw: {},
    basis: { "staff.professionalHours": professionalHours },
  };
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
