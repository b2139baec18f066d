// Indicator group "budget" (INDICATORS.md version 2): the part of each budget line that falls in the
// period, in all, by kind of funder, and per child reached by programme line. `costPerChild` (an
// extension of version 1) divides `budget.total` when no budget is given to `result()`.
import { dayNumber, FUNDER_KINDS } from "@kinderwerk/core";
import { roundHalfAway } from "../../_lib/round.js";
import type { BudgetFact } from "../../accumulator/v2State.js";
import type { PeriodFacts } from "../facts.js";
import type { EarlierResults, GroupResult, IndicatorGroup } from "../group.js";
import { breakdown, l, scalar } from "../group.js";
import type { ResultRow } from "../rows.js";
import { catalogueCodes, rowsOf } from "../rows.js";

/** The ids of the group, in report order. */
export const BUDGET_IDS = ["budget.total", "budget.byFunderKind", "costPerChild.byProgrammeLine"] as const;

/** The values of the group, in euros. */
export interface BudgetValues {
  readonly "budget.total"?: number | undefined;
  readonly "budget.byFunderKind"?: readonly ResultRow[] | undefined;
  readonly "costPerChild.byProgrammeLine"?: readonly ResultRow[] | undefined;
}

/**
 * The part of a budget line that falls in the period, pro rata by days.
 *
 * @param line - the budget line's facts
 * @param from - the period's first day
 * @param to - the period's last day
 * @returns euros, unrounded
 */
export function partInPeriod([, amount, lineFrom, lineTo]: BudgetFact, from: string, to: string): number {
  const first = dayNumber(lineFrom > from ? lineFrom : from);
  const last = dayNumber(lineTo < to ? lineTo : to);
  if (last < first) return 0;
  return (amount * (last - first + 1)) / (dayNumber(lineTo) - dayNumber(lineFrom) + 1);
}

const add = (m: Map<string, number>, key: string, v: number): void => void m.set(key, (m.get(key) ?? 0) + v);

function compute(facts: PeriodFacts, earlier: EarlierResults): GroupResult<BudgetValues> {
  const { from, to } = facts;
  let total = 0;
  const byKind = new Map<string, number>();
  const byLine = new Map<string, number>();
  for (const line of facts.v2.budgets) {
    const part = partInPeriod(line, from, to);
    total += part;
    add(byKind, line[0] ?? "unknown", part);
    if (line[4] !== null) add(byLine, line[4], part);
  }
  const reachByLine = new Map(((earlier.values["reach.byProgrammeLine"] ?? []) as readonly ResultRow[]).map((r) => [r.key, r.value]));
  const perChild: ResultRow[] = [];
  for (const code of [...catalogueCodes(facts.inputs.catalogues, "programmeLines"), ...[...byLine.keys()].sort()]) {
    const euros = byLine.get(code);
    const reach = reachByLine.get(code) ?? 0;
    if (euros === undefined || reach === 0 || perChild.some((r) => r.key === code)) continue;
    perChild.push({ key: code, value: roundHalfAway(euros / reach, 2) });
  }
  return {
    values: {
      "budget.total": roundHalfAway(total, 2),
      "budget.byFunderKind": rowsOf(byKind, FUNDER_KINDS, ["unknown"]).map((r) => ({ key: r.key, value: roundHalfAway(r.value, 2) })),
      "costPerChild.byProgrammeLine": perChild,
    },
  };
}

/** Funding. */
export const budgetGroup: IndicatorGroup<(typeof BUDGET_IDS)[number], BudgetValues> = {
  name: "budget",
  ids: BUDGET_IDS,
  specs: {
    "budget.total": scalar({
      unit: "euro",
      decimals: 2,
      definition: "The part of each budget line that falls in the period, pro rata by days, 2 decimals.",
      disclosure: "none",
      version: 2,
      tables: ["budgets"],
      label: l("Begroting in de periode", "Budget in the period"),
      description: l("Het deel van elke begrotingsregel dat in de periode valt, naar rato van de dagen.", "The part of each budget line that falls in the period, pro rata by days."),
    }),
    "budget.byFunderKind": breakdown({
      unit: "euro",
      definition: "budget.total by kind of funder (municipality, fund, own, other), 2 decimals.",
      disclosure: "none",
      version: 2,
      tables: ["budgets"],
      label: l("Begroting naar soort financier", "Budget by kind of funder"),
      description: l("De begroting in de periode naar soort financier.", "The budget in the period by kind of funder."),
      keyLabel: l("Soort financier", "Kind of funder"),
    }),
    "costPerChild.byProgrammeLine": breakdown({
      unit: "euro",
      definition: "Per programme line: its budget lines in the period ÷ that line's reach (reach.byProgrammeLine), 2 decimals.",
      disclosure: "derived-breakdown",
      derivedFrom: "reach.byProgrammeLine",
      version: 2,
      tables: ["budgets"],
      label: l("Kosten per kind naar programmalijn", "Cost per child by programme line"),
      description: l("Begroting van een programmalijn gedeeld door het bereik van die lijn.", "A programme line's budget divided by that line's reach."),
      keyLabel: l("Programmalijn", "Programme line"),
    }),
  },
  compute,
};
