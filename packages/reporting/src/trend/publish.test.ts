import * as fc from "fast-check";
import { describe, expect, it } from "vitest";
import { allRecords } from "../_lib/testData.js";
import { createReportAccumulator } from "../accumulator/index.js";
import { parseReportDocument } from "../document/index.js";
import { periodOfYear } from "../period/index.js";
import { buildReport } from "../report/index.js";
import type { TrendResult } from "./compute.js";
import { publishTrend } from "./publish.js";

const period = periodOfYear(2025);
const month = (m: number) => `2025-${String(m).padStart(2, "0")}`;

/** A trend by month with the given reach and attendances per month. */
function trendOf(reach: readonly number[], attendances: readonly number[]): TrendResult {
  return {
    granularity: "month",
    buckets: reach.map((r, i) => ({ key: month(i + 1), from: `${month(i + 1)}-01`, to: `${month(i + 1)}-28`, partial: false, reach: r, attendances: attendances[i]! })),
  };
}

const shown = (cells: readonly { value: number | null; suppressed: boolean }[]) => cells.map((c) => (c.suppressed ? "x" : c.value));

describe("disclosure control over the trend", () => {
  it("suppresses a small month, protects it from subtraction, and hides the attendances that would bound it", () => {
    // March has 3 children: suppressed. Its attendances (9) would be the total minus the rest, so
    // the smallest other month goes too, in both rows.
    const t = publishTrend(trendOf([20, 12, 3, 8], [80, 40, 9, 30]), 5);
    expect(shown(t.buckets.map((b) => b.reach))).toEqual([20, 12, "x", "x"]);
    expect(shown(t.buckets.map((b) => b.attendances))).toEqual([80, 40, "x", "x"]);
    for (const b of t.buckets) if (b.reach.suppressed) expect(b.reach.value).toBeNull();
  });

  it("suppresses the attendances of a month whose reach is suppressed even when they are many", () => {
    // 4 children came 50 times: the reach is suppressed, and 50 attendances would say "at most 50"
    // next to a total from which the month could be worked out.
    const t = publishTrend(trendOf([4, 30, 31], [50, 120, 100]), 5);
    // 4 < 5, so the smallest other month (30 children) is hidden with it; a reader who knows the
    // rules (4 is 1..4, 30 is 5..30) could then still work both out from a total of 65, so the
    // last month goes too, and with nothing left shown every cell says `group`.
    expect(t.buckets.map((b) => b.reach)).toEqual([0, 1, 2].map(() => ({ value: null, suppressed: true, suppressedBy: "group" })));
    // The attendances are hidden for what they would reveal of the reach: never "< 5" (they are 50).
    expect(t.buckets[0]!.attendances).toEqual({ value: null, suppressed: true, suppressedBy: "group" });
    expect(shown(t.buckets.map((b) => b.attendances))).toEqual(["x", "x", "x"]);
    // With a fourth month, hiding three leaves them unpinned (30 and 31 each lie in 5..39): it stays shown.
    const wide = publishTrend(trendOf([4, 30, 31, 40], [50, 120, 100, 160]), 5);
    expect(shown(wide.buckets.map((b) => b.reach))).toEqual(["x", "x", "x", 40]);
    expect(wide.buckets[0]!.reach.suppressedBy).toBe("primary");
    expect(wide.buckets[0]!.attendances.suppressedBy).toBe("derived");
    // Ties go together, so the key order tells nothing.
    expect(shown(publishTrend(trendOf([4, 30, 30], [50, 120, 100]), 5).buckets.map((b) => b.reach))).toEqual(["x", "x", "x"]);
  });

  it("shows months of 0 and every count with the threshold at 0", () => {
    expect(shown(publishTrend(trendOf([0, 7, 9], [0, 20, 30]), 5).buckets.map((b) => b.reach))).toEqual([0, 7, 9]);
    expect(shown(publishTrend(trendOf([1, 2, 30], [1, 2, 90]), 0).buckets.map((b) => b.reach))).toEqual([1, 2, 30]);
  });

  it("never leaves a suppressed cell recoverable from the total and the cells shown", () => {
    const month = fc.integer({ min: 0, max: 12 }).chain((r) => fc.integer({ min: r, max: r * 6 }).map((a) => [r, a] as const));
    fc.assert(
      fc.property(fc.array(month, { minLength: 1, maxLength: 14 }), fc.integer({ min: 1, max: 10 }), (months, threshold) => {
        const t = publishTrend(trendOf(months.map((m) => m[0]), months.map((m) => m[1])), threshold);
        const raw = months;
        t.buckets.forEach((b, i) => {
          const [r] = raw[i]!;
          if (r > 0 && r < threshold) expect(b.reach.suppressed).toBe(true);
          if (b.reach.suppressed) expect(b.attendances.suppressed).toBe(true);
        });
        for (const [which, col] of [["reach", 0], ["attendances", 1]] as const) {
          const hidden = t.buckets.flatMap((b, i) => (b[which].suppressed ? [raw[i]![col]] : []));
          const anyShown = t.buckets.some((b, i) => !b[which].suppressed && raw[i]![col] > 0);
          // With a non-zero cell still shown, the hidden cells are never one alone, never all 1 and hold the threshold together.
          if (hidden.length > 0 && anyShown) {
            expect(hidden.length).toBeGreaterThanOrEqual(2);
            expect(hidden.reduce((s, v) => s + v, 0)).toBeGreaterThanOrEqual(threshold);
            expect(hidden.every((v) => v === 1)).toBe(false);
          }
        }
      }),
      { numRuns: 500 },
    );
  });
});

describe("the trend in the report document", () => {
  const acc = createReportAccumulator({ period });
  for (const { table, record } of allRecords()) acc.add(table, record);

  it("publishes the results' trend by month, suppressed, in a document that parses", () => {
    const doc = buildReport({ period, results: acc.result() });
    expect(doc.trend?.granularity).toBe("month");
    expect(doc.trend?.buckets).toHaveLength(12);
    // Every month of the hand-worked dataset has 1 to 3 children: all suppressed, the empty ones shown as 0.
    expect(doc.trend!.buckets.map((b) => (b.reach.suppressed ? "x" : b.reach.value))).toEqual(["x", "x", "x", 0, 0, 0, "x", 0, 0, 0, 0, "x"]);
    expect(doc.trend!.buckets.filter((b) => b.attendances.suppressed).map((b) => b.key)).toEqual(["2025-01", "2025-02", "2025-03", "2025-07", "2025-12"]);
    const parsed = parseReportDocument(JSON.parse(JSON.stringify(doc)));
    expect(parsed.ok && parsed.value.trend).toEqual(doc.trend);
  });

  it("shows the counts without suppression at threshold 0, by the grouping the results were computed with", () => {
    const doc = buildReport({ period, results: acc.result({ trend: "quarter" }), suppressionThreshold: 0, trend: "quarter" });
    expect(doc.trend!.buckets.map((b) => [b.key, b.attendances.value, b.reach.value])).toEqual([
      ["2025-Q1", 7, 5],
      ["2025-Q2", 0, 0],
      ["2025-Q3", 3, 3],
      ["2025-Q4", 2, 2],
    ]);
  });

  it("leaves the section out with trend none or results without a trend, and refuses a grouping the results do not hold", () => {
    expect(buildReport({ period, results: acc.result(), trend: "none" })).not.toHaveProperty("trend");
    expect(buildReport({ period, results: acc.result({ trend: "none" }) })).not.toHaveProperty("trend");
    expect(() => buildReport({ period, results: acc.result(), trend: "week" })).toThrow(/result\(\{ trend: "week" \}\)/);
  });

  it("rejects a document whose suppressed trend cell holds a number", () => {
    const doc = buildReport({ period, results: acc.result() });
    const bad = JSON.parse(JSON.stringify(doc));
    bad.trend.buckets[0].reach = { value: 3, suppressed: true };
    const parsed = parseReportDocument(bad);
    expect(parsed.ok).toBe(false);
  });
});
