// Indicator group "budget" (INDICATORS.md version 2): the part of each budget line that falls in the
// period, in all, by kind of funder, and per child reached by programme line. `costPerChild` (an
// extension of version 1) divides `budget.total` when no budget is given to `result()`.
import { dayNumber, FUNDER_KINDS } from "@kinderwerk/core";
import type { Catalogues } from "@kinderwerk/core";
import type { FractionSum } from "../../_lib/fraction.js";
import { addFraction, roundFraction } from "../../_lib/fraction.js";
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
 * A budget line's amount in whole cents: money has two decimals; a finer amount (from JSON) is
 * rounded to the cent, the same way in JS and in SQL (`floor(amount × 100 + 0.5)`).
 *
 * @param amount - euros
 * @returns cents
 * @example
 * budgetCents(12500.5); // => 1250050
 */
export function budgetCents(amount: number): number {
  return Math.floor(amount * 100 + 0.5);
}

/**
 * What budget lines put in a period, as an exact fraction per line: cents × the line's days in the
 * period, over the line's days. Lines of the same funder kind, programme line and length may be
 * summed into one part (SQL does), the result is the same.
 */
export interface BudgetPart {
  /** The funder kind (`null` when not given). */
  readonly funderKind: string | null;
  /** The programme line it pays for (`null` when not given). */
  readonly programmeLine: string | null;
  /** Cents × days of the line in the period (0 when it has none). */
  readonly centDays: bigint;
  /** The line's days, both ends included (1 for a line whose end is before its start: its part is 0). */
  readonly lineDays: number;
}

/**
 * The part of a budget line that falls in the period, pro rata by days, as an exact fraction.
 *
 * @param line - the budget line's facts
 * @param from - the period's first day
 * @param to - the period's last day
 * @returns its part
 * @example
 * budgetPart(["fund", 365, "2025-01-01", "2025-12-31", null], "2025-01-01", "2025-01-31");
 * // => { funderKind: "fund", programmeLine: null, centDays: 1131500n, lineDays: 365 }  (31 days of 36,500 cents)
 */
export function budgetPart([funderKind, amount, lineFrom, lineTo, programmeLine]: BudgetFact, from: string, to: string): BudgetPart {
  const first = dayNumber(lineFrom > from ? lineFrom : from);
  const last = dayNumber(lineTo < to ? lineTo : to);
  const lineDays = dayNumber(lineTo) - dayNumber(lineFrom) + 1;
  if (last < first || lineDays < 1) return { funderKind, programmeLine, centDays: 0n, lineDays: 1 };
  return { funderKind, programmeLine, centDays: BigInt(budgetCents(amount)) * BigInt(last - first + 1), lineDays };
}

const add = (m: Map<string, FractionSum>, key: string, part: BudgetPart): void => {
  let sum = m.get(key);
  if (sum === undefined) m.set(key, (sum = new Map()));
  addFraction(sum, part.centDays, part.lineDays);
};

/** Exact cents, rounded half away from zero only here, as euros. */
const euros = (sum: FractionSum, divisor = 1): number => roundFraction(sum, divisor) / 100;

/**
 * The values of the budget group from the parts of the budget lines: the total and the split by
 * funder kind in euros, and per programme line its euros ÷ its reach — each rounded to the cent
 * once, from the exact sum.
 *
 * @param parts - the budget lines' parts in the period
 * @param reachByProgrammeLine - `reach.byProgrammeLine`'s rows
 * @param catalogues - the catalogues whose programme lines come first
 * @returns the values
 * @example
 * budgetValues([{ funderKind: "fund", programmeLine: null, centDays: 1131500n, lineDays: 365 }], [], undefined)["budget.total"]; // => 31
 */
export function budgetValues(parts: Iterable<BudgetPart>, reachByProgrammeLine: readonly ResultRow[], catalogues: Catalogues | undefined): BudgetValues {
  const total: FractionSum = new Map();
  const byKind = new Map<string, FractionSum>();
  const byLine = new Map<string, FractionSum>();
  for (const part of parts) {
    addFraction(total, part.centDays, part.lineDays);
    add(byKind, part.funderKind ?? "unknown", part);
    if (part.programmeLine !== null) add(byLine, part.programmeLine, part);
  }
  const reachByLine = new Map(reachByProgrammeLine.map((r) => [r.key, r.value]));
  const perChild: ResultRow[] = [];
  for (const code of [...catalogueCodes(catalogues, "programmeLines"), ...[...byLine.keys()].sort()]) {
    const sum = byLine.get(code);
    const reach = reachByLine.get(code) ?? 0;
    if (sum === undefined || reach === 0 || perChild.some((r) => r.key === code)) continue;
    perChild.push({ key: code, value: euros(sum, reach) });
  }
  const kinds = new Map([...byKind].map(([k, sum]) => [k, euros(sum)]));
  return { "budget.total": euros(total), "budget.byFunderKind": rowsOf(kinds, FUNDER_KINDS, ["unknown"]), "costPerChild.byProgrammeLine": perChild };
}

function compute(facts: PeriodFacts, earlier: EarlierResults): GroupResult<BudgetValues> {
  const parts = facts.v2.budgets.map((line) => budgetPart(line, facts.from, facts.to));
  return { values: budgetValues(parts, (earlier.values["reach.byProgrammeLine"] ?? []) as readonly ResultRow[], facts.inputs.catalogues) };
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
