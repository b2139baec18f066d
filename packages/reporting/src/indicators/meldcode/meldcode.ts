// Indicator group "meldcode" (INDICATORS.md version 2): meldcode trajectories started in the period,
// their decision at its end, and the median days to a decision.
import { dayNumber, MELDCODE_DECISIONS } from "@kinderwerk/core";
import { medianDays } from "../../_lib/median.js";
import type { PeriodFacts } from "../facts.js";
import type { GroupResult, IndicatorGroup } from "../group.js";
import { breakdown, l, scalar } from "../group.js";
import type { ResultRow } from "../rows.js";
import { countKey, rowsOf } from "../rows.js";

/** The ids of the group, in report order. */
export const MELDCODE_IDS = ["meldcode.started", "meldcode.byDecision", "meldcode.medianDaysToDecision"] as const;

/** The row keys of `meldcode.byDecision`: the decisions, and `open` for those not decided by the period's end. */
export const MELDCODE_ROWS = [...MELDCODE_DECISIONS, "open"] as const;

/** The values of the group. */
export interface MeldcodeValues {
  readonly "meldcode.started"?: number | undefined;
  readonly "meldcode.byDecision"?: readonly ResultRow[] | undefined;
  readonly "meldcode.medianDaysToDecision"?: number | null | undefined;
}

function compute(facts: PeriodFacts): GroupResult<MeldcodeValues> {
  const { from, to } = facts;
  let started = 0;
  const byDecision = new Map<string, number>();
  const days: number[] = [];
  for (const [, [startedOn, decision, decidedOn]] of facts.v2.meldcode) {
    if (startedOn >= from && startedOn <= to) {
      started++;
      countKey(byDecision, decision !== null && decidedOn !== null && decidedOn <= to ? decision : "open");
    }
    if (decidedOn !== null && decidedOn >= from && decidedOn <= to) days.push(dayNumber(decidedOn) - dayNumber(startedOn));
  }
  return {
    values: { "meldcode.started": started, "meldcode.byDecision": rowsOf(byDecision, MELDCODE_ROWS), "meldcode.medianDaysToDecision": medianDays(days) },
    basis: { "meldcode.medianDaysToDecision": days.length },
  };
}

/** Meldcode trajectories. */
export const meldcodeGroup: IndicatorGroup<(typeof MELDCODE_IDS)[number], MeldcodeValues> = {
  name: "meldcode",
  ids: MELDCODE_IDS,
  specs: {
    "meldcode.started": scalar({
      unit: "trajectories",
      definition: "Meldcode trajectories started in the period.",
      disclosure: "count",
      version: 2,
      tables: ["meldcode"],
      label: l("Meldcodetrajecten gestart", "Meldcode trajectories started"),
      description: l("Trajecten van de meldcode die in de periode begonnen.", "Meldcode trajectories that started in the period."),
    }),
    "meldcode.byDecision": breakdown({
      unit: "trajectories",
      definition: "The trajectories of meldcode.started by their decision at the period's end (report, help, close, open); rows add up to meldcode.started.",
      disclosure: "additive-breakdown",
      version: 2,
      tables: ["meldcode"],
      label: l("Meldcodetrajecten naar besluit", "Meldcode trajectories by decision"),
      description: l("Gestarte trajecten naar het besluit aan het eind van de periode.", "Trajectories started, by their decision at the end of the period."),
      keyLabel: l("Besluit", "Decision"),
    }),
    "meldcode.medianDaysToDecision": scalar({
      unit: "days",
      decimals: 1,
      definition: "Median of decidedOn − startedOn over trajectories decided in the period.",
      disclosure: "median",
      version: 2,
      tables: ["meldcode"],
      label: l("Mediane tijd tot een besluit", "Median days to a decision"),
      description: l("Mediaan van de dagen van de start van het traject tot het besluit.", "Median of the days from the start of the trajectory to the decision."),
    }),
  },
  compute,
};
