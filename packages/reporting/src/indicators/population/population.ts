// Indicator group "population" (INDICATORS.md version 2): the share of the area's children reached,
// in all and by neighbourhood, and professional fte per 1,000 children — from the neighbourhood
// table's populations, or a population given to `result()`.
import { roundHalfAway, roundRatio } from "../../_lib/round.js";
import type { PeriodFacts } from "../facts.js";
import type { EarlierResults, GroupResult, IndicatorGroup } from "../group.js";
import { breakdown, l, scalar } from "../group.js";
import type { ResultRow } from "../rows.js";
import { weeksIn } from "../../_lib/weeks.js";

/** The ids of the group, in report order. */
export const POPULATION_IDS = ["reach.share", "reach.shareByNeighbourhood", "staff.ftePer1000"] as const;

/** The values of the group; `undefined` without a population, `null` when it is 0. */
export interface PopulationValues {
  readonly "reach.share"?: number | null | undefined;
  readonly "reach.shareByNeighbourhood"?: readonly ResultRow[] | undefined;
  readonly "staff.ftePer1000"?: number | null | undefined;
}

/** Children aged 4 to 12 in the area: the population given, else the neighbourhood table's sum; `undefined` without either. */
export function populationOf(facts: PeriodFacts): number | undefined {
  if (facts.inputs.population !== undefined) return facts.inputs.population;
  if (!facts.v2.tables.has("neighbourhoods")) return undefined;
  let sum = 0;
  for (const [, [p]] of facts.v2.neighbourhoods) sum += p ?? 0;
  return sum;
}

function compute(facts: PeriodFacts, earlier: EarlierResults): GroupResult<PopulationValues> {
  const population = populationOf(facts);
  const target = earlier.values["reach.targetGroup"] as number;
  const byHood = (earlier.basis["reach.targetGroup.byNeighbourhood"] ?? {}) as Readonly<Record<string, number>>;
  const rows: ResultRow[] = [];
  const basis: Record<string, number> = {};
  for (const [code, [p]] of [...facts.v2.neighbourhoods].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    if (p === null || p === 0) continue;
    const reached = byHood[code] ?? 0;
    rows.push({ key: code, value: roundRatio(reached * 100, p, 1) });
    basis[code] = reached;
  }
  // From the exact hours, not the rounded fte.
  const hours = earlier.basis["staff.professionalHours"] as number | undefined;
  const weeks = weeksIn(facts.from, facts.to);
  const fte = earlier.values["staff.fte"] === undefined || hours === undefined ? undefined : hours / (facts.inputs.staffPolicy.fullTimeHours * weeks);
  return {
    values: {
      "reach.share": population === undefined ? undefined : population === 0 ? null : roundRatio(target * 100, population, 1),
      "reach.shareByNeighbourhood": facts.v2.tables.has("neighbourhoods") ? rows : undefined,
      "staff.ftePer1000": population === undefined || fte === undefined ? undefined : population === 0 ? null : roundHalfAway((fte * 1000) / population, 2),
    },
    basis: { "reach.shareByNeighbourhood": basis },
  };
}

/** Shares of the area's children. */
export const populationGroup: IndicatorGroup<(typeof POPULATION_IDS)[number], PopulationValues> = {
  name: "population",
  ids: POPULATION_IDS,
  specs: {
    "reach.share": scalar({
      unit: "percent",
      decimals: 1,
      definition: "reach.targetGroup ÷ population 4–12 × 100, 1 decimal, from the neighbourhood table (or a given population).",
      disclosure: "derived",
      derivedFrom: "reach.targetGroup",
      version: 2,
      tables: ["neighbourhoods"],
      label: l("Bereik als deel van de kinderen in het gebied", "Share of the area's children reached"),
      description: l("Bereik in de doelgroep als deel van de kinderen van 4 t/m 12 jaar in de wijken.", "Reach in the target group as a share of the children aged 4 to 12 in the neighbourhoods."),
    }),
    "reach.shareByNeighbourhood": breakdown({
      unit: "percent",
      definition: "Per neighbourhood of the neighbourhood table with a population: reached children aged 4 to 12 living there ÷ its population 4–12 × 100, 1 decimal.",
      disclosure: "share-breakdown",
      version: 2,
      tables: ["neighbourhoods"],
      label: l("Bereik naar wijk als deel van de kinderen", "Share of children reached by neighbourhood"),
      description: l("Per wijk: bereikte kinderen van 4 t/m 12 als deel van de kinderen die er wonen.", "Per neighbourhood: children aged 4 to 12 reached as a share of those living there."),
      keyLabel: l("Wijk", "Neighbourhood"),
    }),
    "staff.ftePer1000": scalar({
      unit: "ftePer1000",
      decimals: 2,
      definition: "staff.fte ÷ population 4–12 × 1000, 2 decimals.",
      disclosure: "none",
      version: 2,
      tables: ["staff", "staffing", "neighbourhoods"],
      label: l("Fte per 1.000 kinderen", "Fte per 1,000 children"),
      description: l("Formatie beroepskrachten per 1.000 kinderen van 4 t/m 12 in het gebied.", "Professional fte per 1,000 children aged 4 to 12 in the area."),
    }),
  },
  compute,
};
