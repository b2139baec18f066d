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

/** What the population group divides: the area's children and what the groups before it counted. */
export interface PopulationInputs {
  /** Children aged 4 to 12 in the area: a population given, else the neighbourhood table's sum; `undefined` without either. */
  readonly population: number | undefined;
  /** The neighbourhood table's populations aged 4 to 12 by code (`null` when not given); `undefined` without the table. */
  readonly neighbourhoods: Iterable<readonly [string, number | null]> | undefined;
  /** `reach.targetGroup`. */
  readonly targetGroup: number;
  /** The reached children of the target group by neighbourhood (basis `reach.targetGroup.byNeighbourhood`). */
  readonly targetByNeighbourhood: Readonly<Record<string, number>>;
  /** The professionals' exact staffing hours; `undefined` when `staff.fte` is absent. */
  readonly professionalHours: number | undefined;
  readonly from: string;
  readonly to: string;
  /** Hours of a full-time week. */
  readonly fullTimeHours: number;
}

/**
 * The area's children aged 4 to 12: the population given, else the neighbourhood table's sum.
 *
 * @param given - a population given to `result()`
 * @param neighbourhoods - the neighbourhood table's populations; `undefined` without the table
 * @returns the population, `undefined` without either
 * @example
 * areaPopulation(undefined, [["Noord", 120], ["Zuid", null]]); // => 120
 */
export function areaPopulation(given: number | undefined, neighbourhoods: Iterable<readonly [string, number | null]> | undefined): number | undefined {
  if (given !== undefined) return given;
  if (neighbourhoods === undefined) return undefined;
  let sum = 0;
  for (const [, p] of neighbourhoods) sum += p ?? 0;
  return sum;
}

/**
 * The shares of the area's children reached, in all and per neighbourhood (in code order), and
 * professional fte per 1,000 children, rounded once.
 *
 * @param input - the population and what the groups before counted
 * @returns the values, and the reached children behind each neighbourhood's share
 * @example
 * populationValues({ population: 200, neighbourhoods: [["Noord", 200]], targetGroup: 50, targetByNeighbourhood: { Noord: 50 }, professionalHours: undefined, from: "2025-01-01", to: "2025-12-31", fullTimeHours: 36 }).values["reach.share"]; // => 25
 */
export function populationValues(input: PopulationInputs): GroupResult<PopulationValues> {
  const { population, targetGroup, targetByNeighbourhood: byHood } = input;
  const rows: ResultRow[] = [];
  const basis: Record<string, number> = {};
  const hoods = input.neighbourhoods === undefined ? undefined : [...input.neighbourhoods];
  for (const [code, p] of (hoods ?? []).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    if (p === null || p === 0) continue;
    const reached = byHood[code] ?? 0;
    rows.push({ key: code, value: roundRatio(reached * 100, p, 1) });
    basis[code] = reached;
  }
  // From the exact hours, not the rounded fte.
  const hours = input.professionalHours;
  const fte = hours === undefined ? undefined : hours / (input.fullTimeHours * weeksIn(input.from, input.to));
  return {
    values: {
      "reach.share": population === undefined ? undefined : population === 0 ? null : roundRatio(targetGroup * 100, population, 1),
      "reach.shareByNeighbourhood": hoods === undefined ? undefined : rows,
      "staff.ftePer1000": population === undefined || fte === undefined ? undefined : population === 0 ? null : roundHalfAway((fte * 1000) / population, 2),
    },
    basis: { "reach.shareByNeighbourhood": basis },
  };
}

function compute(facts: PeriodFacts, earlier: EarlierResults): GroupResult<PopulationValues> {
  const neighbourhoods = facts.v2.tables.has("neighbourhoods") ? [...facts.v2.neighbourhoods].map(([code, [p]]) => [code, p] as const) : undefined;
  const hours = earlier.basis["staff.professionalHours"] as number | undefined;
  return populationValues({
    population: areaPopulation(facts.inputs.population, neighbourhoods),
    neighbourhoods,
    targetGroup: earlier.values["reach.targetGroup"] as number,
    targetByNeighbourhood: (earlier.basis["reach.targetGroup.byNeighbourhood"] ?? {}) as Readonly<Record<string, number>>,
    professionalHours: earlier.values["staff.fte"] === undefined ? undefined : hours,
    from: facts.from,
    to: facts.to,
    fullTimeHours: facts.inputs.staffPolicy.fullTimeHours,
  });
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
