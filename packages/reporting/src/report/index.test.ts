import { describe, expect, it } from "vitest";
import { allRecords } from "../_lib/testData.js";
import { createReportAccumulator } from "../accumulator/index.js";
import type { IndicatorResults } from "../accumulator/result.js";
import { ReportDocument, findIndicator, isBreakdown } from "../document/index.js";
import type { ReportIndicator } from "../document/index.js";
import { periodOfYear, previousPeriod } from "../period/index.js";
import { buildReport, publishIndicators } from "./index.js";

const period = periodOfYear(2025);
const results = (() => {
  const acc = createReportAccumulator({ period, holidays: [{ from: "2025-07-12", to: "2025-08-24" }] });
  for (const { table, record } of allRecords()) acc.add(table, record);
  return acc.result();
})();

const value = (doc: { indicators: ReportIndicator[] }, id: string) => {
  const i = findIndicator(doc as ReportDocument, id);
  if (!i || isBreakdown(i)) throw new Error(id);
  return i.suppressed ? "suppressed" : i.value;
};

describe("buildReport", () => {
  const doc = buildReport({
    organisation: { name: "Stichting Kinderwerk Noord" },
    period,
    region: "zuid",
    generatedAt: "2026-01-15T10:00:00Z",
    results,
    budget: { amount: 1000, currency: "EUR" },
    population: { children4to12: 30 },
  });

  it("makes a valid report document naming version, period, threshold and catalogues", () => {
    expect(ReportDocument.safeParse(doc).success).toBe(true);
    expect(doc).toMatchObject({ definitionsVersion: 1, period: { from: "2025-01-01", to: "2025-12-31" }, suppressionThreshold: 5, generatedAt: "2026-01-15T10:00:00Z" });
    expect(doc.catalogues?.map((c) => c.kind)).toEqual(["programmeLines", "pillars", "signalCategories", "referralDestinations"]);
    expect(doc.indicators.map((i) => i.id)).toContain("costPerChild");
  });

  it("publishes counts of 5 and more and suppresses those from 1 to 4", () => {
    expect(value(doc, "sessions")).toBe(6);
    expect(value(doc, "reach")).toBe(8);
    expect(value(doc, "reach.targetGroup")).toBe("suppressed");
    expect(value(doc, "newChildren")).toBe(7);
    expect(value(doc, "regulars")).toBe(0);
    expect(value(doc, "holidayReach")).toBe("suppressed");
    expect(value(doc, "signals")).toBe("suppressed");
    expect(value(doc, "referrals")).toBe(7);
    expect(value(doc, "referrals.accepted")).toBe("suppressed");
    expect(value(doc, "referrals.overdue")).toBe("suppressed");
    expect(value(doc, "contactHours")).toBe(16);
  });

  it("suppresses the median when fewer than the threshold referrals had a response", () => {
    expect(value(doc, "referrals.medianDaysToResponse")).toBe("suppressed");
  });

  it("suppresses derived values that would reveal a suppressed count", () => {
    expect(value(doc, "costPerChild")).toBe(125);
    expect(value(doc, "costPerContactHour")).toBe(62.5);
    // reach.targetGroup (4) is suppressed, so 4 / 30 must not be published.
    expect(value(doc, "reachShare")).toBe("suppressed");
  });

  it("never publishes a value with a suppressed flag", () => {
    for (const i of doc.indicators) {
      const cells = isBreakdown(i) ? i.rows : [i];
      for (const c of cells) if (c.suppressed) expect(c.value).toBeNull();
    }
  });

  it("publishes everything with a threshold of 0", () => {
    const open = buildReport({ period, results, suppressionThreshold: 0 });
    expect(value(open, "reach.targetGroup")).toBe(4);
    expect(value(open, "referrals.medianDaysToResponse")).toBe(7);
    expect(open.indicators.some((i) => (isBreakdown(i) ? i.rows.some((r) => r.suppressed) : i.suppressed))).toBe(false);
  });

  it("labels catalogue rows", () => {
    const b = findIndicator(doc, "referrals.byDestination");
    expect(b && isBreakdown(b) ? b.rows.find((r) => r.key === "cjg")?.label?.nl : undefined).toBe("Centrum voor Jeugd en Gezin (CJG)");
  });

  it("warns when the holidays of the period are not known", () => {
    const acc = createReportAccumulator({ period });
    expect(buildReport({ period, results: acc.result() }).warnings).toEqual([{ code: "report.holidays.unknown", severity: "warning", params: { region: null } }]);
  });

  it("rejects a bad threshold", () => {
    expect(() => buildReport({ period, results, suppressionThreshold: -1 })).toThrow(RangeError);
  });
});

describe("reach.targetGroup and the age bands", () => {
  const base: IndicatorResults = {
    ...results,
    reach: 60,
    "reach.targetGroup": 57,
    "reach.byAgeBand": [
      { key: "4-6", value: 20 },
      { key: "7-9", value: 20 },
      { key: "10-12", value: 17 },
      { key: "under-4", value: 3 },
      { key: "over-12", value: 0 },
      { key: "unknown", value: 0 },
    ],
  };

  it("suppresses reach.targetGroup when reach minus it is a suppressed count", () => {
    // 60 - 57 = 3 children outside the target group would be revealed.
    const out = publishIndicators(base, { indicators: ["reach", "reach.targetGroup", "reach.byAgeBand"] });
    expect(out[1]).toEqual({ id: "reach.targetGroup", unit: "children", value: null, suppressed: true });
    const rows = out[2] && isBreakdown(out[2]) ? out[2].rows : [];
    // under-4 (3) is suppressed, and with it the smallest shown row (10-12) so that 3 cannot be recovered from reach.
    expect(rows.filter((r) => r.suppressed).map((r) => r.key)).toEqual(["10-12", "under-4"]);
  });
});

describe("comparison with an earlier period", () => {
  it("gives change and percentage change, and nothing where a value is suppressed", () => {
    const previous: IndicatorResults = { ...results, reach: 5, sessions: 4, newChildren: 3 };
    const doc = buildReport({ period, results, comparison: { period: previousPeriod(period), results: previous } });
    const entry = (id: string) => doc.comparison?.indicators.find((e) => e.id === id);
    expect(doc.comparison?.period).toEqual({ from: "2024-01-01", to: "2024-12-31" });
    expect(entry("reach")).toEqual({ id: "reach", previous: 5, change: 3, percentChange: 60, previousSuppressed: false });
    expect(entry("sessions")).toMatchObject({ previous: 4, change: 2, percentChange: 50 });
    expect(entry("newChildren")).toEqual({ id: "newChildren", previous: null, change: null, percentChange: null, previousSuppressed: true });
    expect(ReportDocument.safeParse(doc).success).toBe(true);
  });
});
