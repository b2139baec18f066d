// Indicator group "extensions" (not in INDICATORS.md version 1): cost per child and per contact
// hour from a budget, and the share of the area's children reached from a population.
import { roundHalfAway, roundRatio } from "../../_lib/round.js";
import type { PeriodFacts } from "../facts.js";
import type { EarlierResults, GroupResult, IndicatorGroup } from "../group.js";
import { l, scalar } from "../group.js";

/** The ids of the group, in report order. */
export const EXTENSION_IDS = ["costPerChild", "costPerContactHour", "reachShare"] as const;

/** The values of the group. */
export interface ExtensionValues {
  /** Extension: budget ÷ reach, euros, 2 decimals; `null` without a budget or reach. */
  readonly costPerChild: number | null;
  /** Extension: budget ÷ contact hours, euros, 2 decimals; `null` without a budget or contact hours. */
  readonly costPerContactHour: number | null;
  /** Extension: reach.targetGroup ÷ children aged 4–12 in the area × 100, 1 decimal; `null` without a population. */
  readonly reachShare: number | null;
}

/** What the extensions divide. */
export interface ExtensionBase {
  /** Children reached. */
  readonly reach: number;
  /** Children reached aged 4..12. */
  readonly targetGroup: number;
  /** The exact contact minutes. */
  readonly contactMinutes: number;
}

/**
 * The extension indicators of a budget and a population.
 *
 * @param base - reach, reach in the target group and contact minutes
 * @param inputs - budget (euros) and population (children aged 4 to 12 in the area)
 * @returns `costPerChild`, `costPerContactHour`, `reachShare`
 */
export function extensionValues(base: ExtensionBase, inputs: { readonly budget?: number | undefined; readonly population?: number | undefined }): ExtensionValues {
  const { budget, population } = inputs;
  return {
    costPerChild: budget === undefined || base.reach === 0 ? null : roundHalfAway(budget / base.reach, 2),
    costPerContactHour: budget === undefined || base.contactMinutes === 0 ? null : roundHalfAway((budget * 60) / base.contactMinutes, 2),
    reachShare: population === undefined || population === 0 ? null : roundRatio(base.targetGroup * 100, population, 1),
  };
}

/** A count an earlier group computed; the groups' order guarantees it. */
function earlierCount(earlier: EarlierResults, id: string): number {
  const v = earlier.values[id];
  if (typeof v !== "number") throw new TypeError(`indicator groups: ${id} must be computed before the extensions`);
  return v;
}

function compute(facts: PeriodFacts, earlier: EarlierResults): GroupResult<ExtensionValues> {
  const contactMinutes = earlier.raw.contactMinutes;
  if (contactMinutes === undefined) throw new TypeError("indicator groups: contact minutes must be computed before the extensions");
  const base = { reach: earlierCount(earlier, "reach"), targetGroup: earlierCount(earlier, "reach.targetGroup"), contactMinutes };
  // Without a budget given, the budget table's part in the period (INDICATORS.md version 2: costPerChild = budget.total ÷ reach).
  const budget = facts.inputs.budget ?? (earlier.values["budget.total"] as number | undefined);
  return { values: extensionValues(base, { budget, population: facts.inputs.population }) };
}

/** Cost per child and per contact hour, and the share of the area's children reached. */
export const extensionsGroup: IndicatorGroup<(typeof EXTENSION_IDS)[number], ExtensionValues> = {
  name: "extensions",
  ids: EXTENSION_IDS,
  specs: {
    costPerChild: scalar({
      unit: "euro",
      decimals: 2,
      definition: "Extension: budget (euros) ÷ reach, 2 decimals.",
      disclosure: "derived",
      derivedFrom: "reach",
      extension: true,
      label: l("Kosten per bereikt kind", "Cost per child reached"),
      description: l("Budget gedeeld door het bereik.", "Budget divided by reach."),
    }),
    costPerContactHour: scalar({
      unit: "euro",
      decimals: 2,
      definition: "Extension: budget (euros) ÷ contact hours, 2 decimals.",
      disclosure: "none",
      extension: true,
      label: l("Kosten per contactuur", "Cost per contact hour"),
      description: l("Budget gedeeld door de contacturen.", "Budget divided by contact hours."),
    }),
    reachShare: scalar({
      unit: "percent",
      decimals: 1,
      definition: "Extension: reach.targetGroup ÷ children aged 4 to 12 living in the area × 100, 1 decimal.",
      disclosure: "derived",
      derivedFrom: "reach.targetGroup",
      extension: true,
      label: l("Bereikpercentage", "Share of children reached"),
      description: l(
        "Bereik in de doelgroep als deel van alle kinderen van 4 t/m 12 jaar in het gebied.",
        "Reach in the target group as a share of all children aged 4 to 12 in the area.",
      ),
    }),
  },
  compute,
};
