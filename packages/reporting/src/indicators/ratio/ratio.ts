// Indicator group "ratio" (INDICATORS.md version 2): sessions staffed below the ratio policy, and how
// full the sessions of activities with a capacity were.
import { adultsNeeded } from "../../capacity/ratio.js";
import { roundRatio } from "../../_lib/round.js";
import type { PeriodFacts } from "../facts.js";
import type { GroupResult, IndicatorGroup } from "../group.js";
import { l, scalar } from "../group.js";
import { countKey } from "../rows.js";

/** The ids of the group, in report order. */
export const RATIO_IDS = ["sessions.understaffed", "capacity.occupancy"] as const;

/** The values of the group. */
export interface RatioValues {
  readonly "sessions.understaffed"?: number | undefined;
  /** `null` when no counted session belongs to an activity with a capacity. */
  readonly "capacity.occupancy"?: number | null | undefined;
}

/**
 * Per counted session, the adults the ratio policy asks for its counted attendances (each child in
 * its age band on the period's first day, `unknown` without a child record) against its
 * professionals, interns and volunteers; and over the sessions of activities with a capacity, the
 * attendances against the places.
 */
function compute(facts: PeriodFacts): GroupResult<RatioValues> {
  const { counted, activityId, professionals, interns, volunteers } = facts.sessions;
  const { start, children } = facts.attendance;
  const { infos } = facts.children;
  const ratio = facts.inputs.staffPolicy.ratio;
  const capacities = facts.v2.capacities;
  let understaffed = 0;
  let attended = 0;
  let places = 0;
  const byBand = new Map<string, number>();
  for (let i = 0; i < counted.length; i++) {
    const si = counted[i]!;
    byBand.clear();
    for (let k = start[si]!; k < start[si + 1]!; k++) countKey(byBand, infos[children[k]!]?.band ?? "unknown");
    const { needed } = adultsNeeded(byBand, ratio);
    if (professionals[si]! + interns[si]! + volunteers[si]! < needed) understaffed++;
    const capacity = capacities.get(activityId[si]!);
    if (capacity !== undefined) {
      attended += start[si + 1]! - start[si]!;
      places += capacity[0];
    }
  }
  return { values: { "sessions.understaffed": understaffed, "capacity.occupancy": places === 0 ? null : roundRatio(attended * 100, places, 1) } };
}

/** Staffing against the ratio policy, and occupancy. */
export const ratioGroup: IndicatorGroup<(typeof RATIO_IDS)[number], RatioValues> = {
  name: "ratio",
  ids: RATIO_IDS,
  specs: {
    "sessions.understaffed": scalar({
      unit: "sessions",
      definition:
        "Sessions in the period whose staff (professionals + interns + volunteers) is below the ratio policy for its counted attendances (default one adult per 8 children, configurable per age band; a child's band is its band on the period's first day).",
      disclosure: "none",
      version: 2,
      tables: ["sessions", "attendance"],
      label: l("Bijeenkomsten met te weinig begeleiding", "Sessions understaffed"),
      description: l("Bijeenkomsten met minder begeleiders dan de verhouding vraagt voor de opkomst.", "Sessions with fewer adults than the ratio policy asks for their attendance."),
    }),
    "capacity.occupancy": scalar({
      unit: "percent",
      decimals: 1,
      definition: "Over sessions of activities with a capacity: counted attendances ÷ capacity × 100, 1 decimal.",
      disclosure: "none",
      version: 2,
      tables: ["activities", "sessions"],
      label: l("Bezetting", "Occupancy"),
      description: l("Aanwezigheden als deel van de plaatsen, over activiteiten met een maximum aantal deelnemers.", "Attendances as a share of the places, over activities with a capacity."),
    }),
  },
  compute,
};
