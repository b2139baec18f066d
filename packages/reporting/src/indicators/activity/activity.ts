// Indicator group "activity": how much happened in the period — sessions, activities, attendances.
import type { PeriodFacts } from "../facts.js";
import type { GroupResult, IndicatorGroup } from "../group.js";
import { l, scalar } from "../group.js";

/** The ids of the group, in report order. */
export const ACTIVITY_IDS = ["sessions", "activities", "attendances"] as const;

/** The values of the group. */
export interface ActivityValues {
  readonly sessions: number;
  readonly activities: number;
  readonly attendances: number;
}

function compute(facts: PeriodFacts): GroupResult<ActivityValues> {
  const { counted, activityId } = facts.sessions;
  const activities = new Set<string>();
  for (let i = 0; i < counted.length; i++) activities.add(activityId[counted[i]!]!);
  return { values: { sessions: counted.length, activities: activities.size, attendances: facts.attendance.children.length } };
}

/** Sessions, activities and attendances in the period. */
export const activityGroup: IndicatorGroup<(typeof ACTIVITY_IDS)[number], ActivityValues> = {
  name: "activity",
  ids: ACTIVITY_IDS,
  specs: {
    sessions: scalar({
      unit: "count",
      definition: "Sessions in the period.",
      disclosure: "none",
      label: l("Bijeenkomsten", "Sessions"),
      description: l("Bijeenkomsten in de periode.", "Sessions in the period."),
    }),
    activities: scalar({
      unit: "count",
      definition: "Distinct activities with at least one session in the period.",
      disclosure: "none",
      label: l("Activiteiten", "Activities"),
      description: l("Verschillende activiteiten met minstens één bijeenkomst in de periode.", "Distinct activities with at least one session in the period."),
    }),
    attendances: scalar({
      unit: "count",
      definition: "Counted attendances: present, session in the period, once per child per session.",
      disclosure: "none",
      label: l("Aanwezigheden", "Attendances"),
      description: l("Getelde aanwezigheden: aanwezig, één keer per kind per bijeenkomst.", "Counted attendances: present, once per child per session."),
    }),
  },
  compute,
};
