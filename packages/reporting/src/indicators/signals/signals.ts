// Indicator group "signals": signals dated in the period, by category.
import type { PeriodFacts } from "../facts.js";
import type { GroupResult, IndicatorGroup } from "../group.js";
import { breakdown, l, scalar } from "../group.js";
import type { ResultRow } from "../rows.js";
import { catalogueCodes, countKey, rowsOf } from "../rows.js";

/** The ids of the group, in report order. */
export const SIGNAL_IDS = ["signals", "signals.byCategory"] as const;

/** The values of the group. */
export interface SignalValues {
  readonly signals: number;
  readonly "signals.byCategory": readonly ResultRow[];
}

function compute(facts: PeriodFacts): GroupResult<SignalValues> {
  const { from, to } = facts;
  let signals = 0;
  const byCategory = new Map<string, number>();
  for (const [, [date, category]] of facts.signals) {
    if (date < from || date > to) continue;
    signals++;
    countKey(byCategory, category);
  }
  return { values: { signals, "signals.byCategory": rowsOf(byCategory, catalogueCodes(facts.inputs.catalogues, "signalCategories")) } };
}

/** Signals and their categories. */
export const signalsGroup: IndicatorGroup<(typeof SIGNAL_IDS)[number], SignalValues> = {
  name: "signals",
  ids: SIGNAL_IDS,
  specs: {
    signals: scalar({
      unit: "count",
      definition: "Signals dated in the period.",
      disclosure: "count",
      label: l("Signalen", "Signals"),
      description: l("Signalen met een datum in de periode.", "Signals dated in the period."),
    }),
    "signals.byCategory": breakdown({
      unit: "count",
      definition: "Signals dated in the period, by category; rows add up to signals.",
      disclosure: "additive-breakdown",
      label: l("Signalen naar categorie", "Signals by category"),
      description: l("Signalen naar categorie.", "Signals by category."),
      keyLabel: l("Categorie", "Category"),
    }),
  },
  compute,
};
