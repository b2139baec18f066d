// Indicator group "holidays": reach on the school-holiday dates of the organisation's region.
import { dayNumber } from "@kinderwerk/core";
import type { PeriodFacts } from "../facts.js";
import type { GroupResult, IndicatorGroup } from "../group.js";
import { l, scalar } from "../group.js";

/** The ids of the group, in report order. */
export const HOLIDAY_IDS = ["holidayReach"] as const;

/** The values of the group. */
export interface HolidayValues {
  /** `null` when the holidays of the period are not known (no region, or not in the calendar). */
  readonly holidayReach: number | null;
}

/** Distinct children with a counted attendance at a session on a holiday date. */
function holidayReach(facts: PeriodFacts, holidays: readonly (readonly [string, string])[]): number {
  const ranges = holidays.map(([from, to]) => ({ from: dayNumber(from), to: dayNumber(to) }));
  const { counted, day } = facts.sessions;
  const { start, children } = facts.attendance;
  const came = new Uint8Array(facts.children.size);
  let reach = 0;
  for (let i = 0; i < counted.length; i++) {
    const si = counted[i]!;
    const d = day[si]!;
    if (!ranges.some((r) => r.from <= d && d <= r.to)) continue;
    for (let k = start[si]!; k < start[si + 1]!; k++) {
      const c = children[k]!;
      if (came[c] === 1) continue;
      came[c] = 1;
      reach++;
    }
  }
  return reach;
}

function compute(facts: PeriodFacts): GroupResult<HolidayValues> {
  return { values: { holidayReach: facts.holidays === null ? null : holidayReach(facts, facts.holidays) } };
}

/** Reach in school holidays. */
export const holidaysGroup: IndicatorGroup<(typeof HOLIDAY_IDS)[number], HolidayValues> = {
  name: "holidays",
  ids: HOLIDAY_IDS,
  specs: {
    holidayReach: scalar({
      unit: "children",
      definition: "Distinct children with a counted attendance on a school-holiday date of the organisation's region.",
      disclosure: "count",
      label: l("Bereik in schoolvakanties", "Reach in school holidays"),
      description: l(
        "Verschillende kinderen met een getelde aanwezigheid op een schoolvakantiedag van de regio.",
        "Distinct children with a counted attendance on a school-holiday date of the region.",
      ),
    }),
  },
  compute,
};
