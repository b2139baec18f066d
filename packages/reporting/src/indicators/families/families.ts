// Indicator group "families" (INDICATORS.md version 2): the distinct households among the children
// reached, in all and by neighbourhood.
import type { PeriodFacts } from "../facts.js";
import type { GroupResult, IndicatorGroup } from "../group.js";
import { breakdown, l, scalar } from "../group.js";
import type { ResultRow } from "../rows.js";
import { countKey, rowsOf } from "../rows.js";

/** The ids of the group, in report order. */
export const FAMILY_IDS = ["families", "families.byNeighbourhood"] as const;

/** The values of the group; `undefined` when the report has no version 2 data. */
export interface FamilyValues {
  readonly families?: number | undefined;
  readonly "families.byNeighbourhood"?: readonly ResultRow[] | undefined;
}

/**
 * The households of the reached children: a child without a household is its own. Each household
 * counts once, in one neighbourhood — the first (in code order) of its reached children's known
 * neighbourhoods, `unknown` when none is known — so that the neighbourhoods add up to `families`.
 */
function compute(facts: PeriodFacts): GroupResult<FamilyValues> {
  const { attendances, infos } = facts.children;
  const { childIds, households } = facts.v2;
  const hoodOf = new Map<string, string>();
  for (let c = 0; c < attendances.length; c++) {
    if (attendances[c] === 0) continue;
    const id = childIds[c]!;
    const household = households.get(id);
    const key = household === undefined ? `child\u0001${id}` : `household\u0001${household[0]}`;
    const hood = infos[c]?.hood ?? "unknown";
    const before = hoodOf.get(key);
    if (before === undefined || before === "unknown" || (hood !== "unknown" && hood < before)) hoodOf.set(key, hood);
  }
  const byHood = new Map<string, number>();
  for (const hood of hoodOf.values()) countKey(byHood, hood);
  return { values: { families: hoodOf.size, "families.byNeighbourhood": rowsOf(byHood, [], ["unknown"]) } };
}

/** Families reached. */
export const familiesGroup: IndicatorGroup<(typeof FAMILY_IDS)[number], FamilyValues> = {
  name: "families",
  ids: FAMILY_IDS,
  specs: {
    families: scalar({
      unit: "households",
      definition: "Distinct households among reach (a child without householdId is its own).",
      disclosure: "count",
      version: 2,
      tables: ["children"],
      label: l("Gezinnen bereikt", "Families reached"),
      description: l("Verschillende gezinnen van de bereikte kinderen; een kind zonder gezin telt als eigen gezin.", "Distinct households of the children reached; a child without a household is its own."),
    }),
    "families.byNeighbourhood": breakdown({
      unit: "households",
      definition: "families split by the child's neighbourhood; a household counts once, in the first of its children's known neighbourhoods; rows add up to families.",
      disclosure: "additive-breakdown",
      version: 2,
      tables: ["children"],
      label: l("Gezinnen naar wijk", "Families by neighbourhood"),
      description: l("Bereikte gezinnen naar de wijk van de kinderen.", "Families reached by the children's neighbourhood."),
      keyLabel: l("Wijk", "Neighbourhood"),
    }),
  },
  compute,
};
