// Indicator group "signups" (INDICATORS.md version 2): the waiting list at the period's end and the
// median wait for a place.
import { dayNumber } from "@kinderwerk/core";
import { medianDays } from "../../_lib/median.js";
import type { PeriodFacts } from "../facts.js";
import type { GroupResult, IndicatorGroup } from "../group.js";
import { l, scalar } from "../group.js";

/** The ids of the group, in report order. */
export const SIGNUP_IDS = ["signups.waiting", "signups.medianDaysToPlacement"] as const;

/** The values of the group. */
export interface SignupValues {
  readonly "signups.waiting"?: number | undefined;
  /** `null` without placements in the period. */
  readonly "signups.medianDaysToPlacement"?: number | null | undefined;
}

/** Whether the filter lets an activity's sign-ups in: an unknown activity only when nothing is filtered. */
function letIn(facts: PeriodFacts, activityId: string, filtering: boolean): boolean {
  const a = facts.activities.get(activityId);
  return a === undefined ? !filtering : a[3] === 1;
}

/**
 * A child waits at the period's end when it has a `waiting` sign-up dated by then for an activity
 * it has no placement for by then (a sign-up of the same child and activity placed on or before the
 * last day). The wait is `placedOn − date` over sign-ups placed in the period.
 */
function compute(facts: PeriodFacts): GroupResult<SignupValues> {
  const { from, to } = facts;
  const filtering = facts.v2.filtering;
  const placed = new Set<string>();
  const days: number[] = [];
  const rows = facts.v2.signups.filter(([activityId]) => letIn(facts, activityId, filtering));
  for (const [activityId, childId, date, , placedOn] of rows) {
    if (placedOn === null || placedOn > to) continue;
    placed.add(`${activityId}\u0001${childId}`);
    if (placedOn >= from) days.push(dayNumber(placedOn) - dayNumber(date));
  }
  const waiting = new Set<string>();
  for (const [activityId, childId, date, status] of rows) {
    if (status === "waiting" && date <= to && !placed.has(`${activityId}\u0001${childId}`)) waiting.add(childId);
  }
  return { values: { "signups.waiting": waiting.size, "signups.medianDaysToPlacement": medianDays(days) }, basis: { "signups.medianDaysToPlacement": days.length } };
}

/** Waiting lists. */
export const signupsGroup: IndicatorGroup<(typeof SIGNUP_IDS)[number], SignupValues> = {
  name: "signups",
  ids: SIGNUP_IDS,
  specs: {
    "signups.waiting": scalar({
      unit: "children",
      definition: "Children with a waiting signup and no placement at the period's end.",
      disclosure: "count",
      version: 2,
      tables: ["signups"],
      label: l("Kinderen op de wachtlijst", "Children on the waiting list"),
      description: l("Kinderen met een aanmelding op de wachtlijst en zonder plaatsing aan het eind van de periode.", "Children with a waiting sign-up and no placement at the end of the period."),
    }),
    "signups.medianDaysToPlacement": scalar({
      unit: "days",
      decimals: 1,
      definition: "Median of placedOn − date over placements in the period.",
      disclosure: "median",
      version: 2,
      tables: ["signups"],
      label: l("Mediane wachttijd tot plaatsing", "Median days to a placement"),
      description: l("Mediaan van de dagen van aanmelding tot plaatsing.", "Median of the days from sign-up to placement."),
    }),
  },
  compute,
};
