// Indicator group "reach": distinct children with a counted attendance, their reporting-age bands,
// gender, neighbourhood and the codes of the activities they came to; new children and regulars.
import { GENDERS } from "@kinderwerk/core";
import { bandOnDay } from "../../accumulator/childFacts.js";
import type { PeriodFacts } from "../facts.js";
import type { GroupResult, IndicatorGroup } from "../group.js";
import { breakdown, l, scalar } from "../group.js";
import type { ResultRow } from "../rows.js";
import { countKey, rowsOf } from "../rows.js";
import { reachByCodes } from "./codes.js";

/** The ids of the group, in report order. */
export const REACH_IDS = [
  "reach",
  "reach.targetGroup",
  "reach.byAgeBand",
  "reach.byGender",
  "reach.byNeighbourhood",
  "reach.byProgrammeLine",
  "reach.byPillar",
  "reach.byActivityKind",
  "newChildren",
  "regulars",
] as const;

/** The values of the group. */
export interface ReachValues {
  readonly reach: number;
  readonly "reach.targetGroup": number;
  readonly "reach.byAgeBand": readonly ResultRow[];
  readonly "reach.byGender": readonly ResultRow[];
  readonly "reach.byNeighbourhood": readonly ResultRow[];
  readonly "reach.byProgrammeLine": readonly ResultRow[];
  readonly "reach.byPillar": readonly ResultRow[];
  readonly "reach.byActivityKind": readonly ResultRow[];
  readonly newChildren: number;
  readonly regulars: number;
}

/** What the group counts per reached child. */
interface Tally {
  reach: number;
  targetGroup: number;
  newChildren: number;
  regulars: number;
  ageUnresolved: number;
  readonly byBand: Map<string, number>;
  readonly byGender: Map<string, number>;
  readonly byNeighbourhood: Map<string, number>;
  /** Reached children in the target group by neighbourhood (behind `reach.shareByNeighbourhood`). */
  readonly targetByNeighbourhood: Map<string, number>;
}

/** Count every reached child once: its band on its first counted attendance, gender, neighbourhood, new, regular. */
function tally(facts: PeriodFacts): Tally {
  const { attendances, firstDay, seenBefore, infos } = facts.children;
  const { scheme, regularsThreshold } = facts;
  const t: Tally = { reach: 0, targetGroup: 0, newChildren: 0, regulars: 0, ageUnresolved: 0, byBand: new Map(), byGender: new Map(), byNeighbourhood: new Map(), targetByNeighbourhood: new Map() };
  for (let c = 0; c < attendances.length; c++) {
    const count = attendances[c]!;
    if (count === 0) continue;
    t.reach++;
    const info = infos[c];
    let band = "unknown";
    if (info !== undefined) {
      const b = bandOnDay(info, firstDay[c]!, scheme);
      if (b === undefined) t.ageUnresolved++;
      else band = b;
    }
    countKey(t.byBand, band);
    const hood = info?.hood ?? "unknown";
    if (scheme.target.has(band)) {
      t.targetGroup++;
      countKey(t.targetByNeighbourhood, hood);
    }
    countKey(t.byGender, info?.gender ?? "unknown");
    countKey(t.byNeighbourhood, hood);
    if (seenBefore[c] === 0) t.newChildren++;
    if (count >= regularsThreshold) t.regulars++;
  }
  return t;
}

function compute(facts: PeriodFacts): GroupResult<ReachValues> {
  const t = tally(facts);
  const codes = reachByCodes(facts);
  return {
    values: {
      reach: t.reach,
      "reach.targetGroup": t.targetGroup,
      "reach.byAgeBand": rowsOf(t.byBand, facts.scheme.keys),
      "reach.byGender": rowsOf(t.byGender, GENDERS),
      "reach.byNeighbourhood": rowsOf(t.byNeighbourhood, [], ["unknown"]),
      "reach.byProgrammeLine": codes.byProgrammeLine,
      "reach.byPillar": codes.byPillar,
      "reach.byActivityKind": codes.byActivityKind,
      newChildren: t.newChildren,
      regulars: t.regulars,
    },
    raw: { ageUnresolved: t.ageUnresolved },
    // Keys in code order, so that every split gives the same object.
    basis: { "reach.targetGroup.byNeighbourhood": Object.fromEntries([...t.targetByNeighbourhood].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) },
  };
}

/** Reach and its breakdowns, new children and regulars. */
export const reachGroup: IndicatorGroup<(typeof REACH_IDS)[number], ReachValues> = {
  name: "reach",
  ids: REACH_IDS,
  specs: {
    reach: scalar({
      unit: "children",
      definition: "Distinct children with at least one counted attendance.",
      disclosure: "count",
      label: l("Bereik", "Reach"),
      description: l("Verschillende kinderen met minstens één getelde aanwezigheid.", "Distinct children with at least one counted attendance."),
    }),
    "reach.targetGroup": scalar({
      unit: "children",
      definition: "Of reach, children whose reporting age is 4..12.",
      disclosure: "count",
      label: l("Bereik in de doelgroep (4 t/m 12 jaar)", "Reach in the target group (aged 4 to 12)"),
      description: l("Bereikte kinderen van 4 t/m 12 jaar op hun eerste getelde aanwezigheid.", "Children reached aged 4 to 12 at their first counted attendance."),
    }),
    "reach.byAgeBand": breakdown({
      unit: "children",
      definition: "Reach split by reporting-age band (4-6, 7-9, 10-12, under-4, over-12, unknown); rows add up to reach.",
      disclosure: "additive-breakdown",
      label: l("Bereik naar leeftijd", "Reach by age"),
      description: l("Bereik naar leeftijdsgroep; de rijen tellen op tot het bereik.", "Reach by age band; the rows add up to reach."),
      keyLabel: l("Leeftijd", "Age"),
    }),
    "reach.byGender": breakdown({
      unit: "children",
      definition: "Reach split by gender (girl, boy, other, unknown); rows add up to reach.",
      disclosure: "additive-breakdown",
      label: l("Bereik naar geslacht", "Reach by gender"),
      description: l("Bereik naar geslacht.", "Reach by gender."),
      keyLabel: l("Geslacht", "Gender"),
    }),
    "reach.byNeighbourhood": breakdown({
      unit: "children",
      definition: "Reach split by the child's own neighbourhood (unknown when not given); rows add up to reach.",
      disclosure: "additive-breakdown",
      label: l("Bereik naar wijk", "Reach by neighbourhood"),
      description: l("Bereik naar de eigen wijk van het kind.", "Reach by the child's own neighbourhood."),
      keyLabel: l("Wijk", "Neighbourhood"),
    }),
    "reach.byProgrammeLine": breakdown({
      unit: "children",
      definition: "Per programme line, children with a counted attendance in an activity of that line; a child counts once per line.",
      disclosure: "breakdown",
      label: l("Bereik naar programmalijn", "Reach by programme line"),
      description: l(
        "Kinderen per programmalijn; een kind telt één keer per lijn, dus de rijen kunnen optellen tot meer dan het bereik.",
        "Children per programme line; a child counts once per line, so the rows may add up to more than reach.",
      ),
      keyLabel: l("Programmalijn", "Programme line"),
    }),
    "reach.byPillar": breakdown({
      unit: "children",
      definition: "Per pillar, children with a counted attendance in an activity of that pillar; a child counts once per pillar.",
      disclosure: "breakdown",
      label: l("Bereik naar pijler", "Reach by pillar"),
      description: l("Kinderen per pijler; een kind telt één keer per pijler.", "Children per pillar; a child counts once per pillar."),
      keyLabel: l("Pijler", "Pillar"),
    }),
    "reach.byActivityKind": breakdown({
      unit: "children",
      definition: "Per activity kind, children with a counted attendance in an activity of that kind; a child counts once per kind.",
      disclosure: "breakdown",
      label: l("Bereik naar soort activiteit", "Reach by kind of activity"),
      description: l("Kinderen per soort activiteit; een kind telt één keer per soort.", "Children per kind of activity; a child counts once per kind."),
      keyLabel: l("Soort activiteit", "Kind of activity"),
    }),
    newChildren: scalar({
      unit: "children",
      definition: "Children whose first present attendance in the whole dataset falls in the period.",
      disclosure: "count",
      label: l("Nieuwe kinderen", "New children"),
      description: l("Kinderen van wie de eerste aanwezigheid ooit in de periode valt.", "Children whose first attendance ever falls in the period."),
    }),
    regulars: scalar({
      unit: "children",
      definition: "Children with at least N counted attendances in the period (N default 5).",
      disclosure: "count",
      label: l("Vaste deelnemers", "Regulars"),
      description: l("Kinderen met minstens N getelde aanwezigheden in de periode.", "Children with at least N counted attendances in the period."),
    }),
  },
  compute,
};
