import { describe, expect, it } from "vitest";
import { formatIssue, issue } from "@kinderwerk/core";
import { findIndicator, isBreakdown, parseReportDocument } from "./index.js";
import { INDICATOR_IDS, indicatorLabels, reportMessages, unitLabels } from "./labels.js";

const contractExample = {
  definitionsVersion: 1,
  period: { from: "2025-01-01", to: "2025-12-31" },
  suppressionThreshold: 5,
  indicators: [
    { id: "reach", value: 123, unit: "children", suppressed: false },
    {
      id: "reach.byAgeBand",
      unit: "children",
      rows: [
        { key: "4-6", value: 40, suppressed: false },
        { key: "under-4", value: null, suppressed: true },
      ],
    },
  ],
};

describe("parseReportDocument", () => {
  it("accepts the example document of INDICATORS.md as it is", () => {
    const result = parseReportDocument(contractExample);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.indicators).toHaveLength(2);
    const breakdown = findIndicator(result.value, "reach.byAgeBand");
    expect(breakdown && isBreakdown(breakdown) ? breakdown.rows.map((r) => r.key) : []).toEqual(["4-6", "under-4"]);
    const reach = findIndicator(result.value, "reach");
    expect(reach && !isBreakdown(reach) ? reach.value : undefined).toBe(123);
  });

  it("accepts the optional fields: organisation, region, catalogues, comparison, budget, warnings", () => {
    const result = parseReportDocument({
      ...contractExample,
      organisation: { name: "Stichting Kinderwerk" },
      region: "zuid",
      generatedAt: "2026-01-15T09:30:00Z",
      catalogues: [{ kind: "pillars", id: "kinderwerk-pillars", version: "1" }],
      comparison: {
        period: { from: "2024-01-01", to: "2024-12-31" },
        indicators: [{ id: "reach", previous: 100, change: 23, percentChange: 23 }],
      },
      budget: { amount: 120000, currency: "EUR" },
      population: { children4to12: 2400 },
      warnings: [{ code: "report.rows-rejected", params: { count: 3 } }],
    });
    expect(result.ok).toBe(true);
  });

  it("rejects a suppressed cell that still carries its value", () => {
    const result = parseReportDocument({
      ...contractExample,
      indicators: [{ id: "reach", unit: "children", value: 3, suppressed: true }],
    });
    expect(result.ok).toBe(false);
    expect(result.issues.map((i) => i.code)).toContain("report.suppressed.value");
  });

  it("rejects a suppressed breakdown row that still carries its value", () => {
    const result = parseReportDocument({
      ...contractExample,
      indicators: [{ id: "reach.byGender", unit: "children", rows: [{ key: "other", value: 2, suppressed: true }] }],
    });
    expect(result.ok).toBe(false);
  });

  it("reads definitions versions 1 and 2, and rejects another, a reversed period and a region outside the three", () => {
    expect(parseReportDocument({ ...contractExample, definitionsVersion: 2 }).ok).toBe(true);
    expect(parseReportDocument({ ...contractExample, definitionsVersion: 3 }).ok).toBe(false);
    const reversed = parseReportDocument({ ...contractExample, period: { from: "2025-12-31", to: "2025-01-01" } });
    expect(reversed.ok).toBe(false);
    expect(reversed.issues.map((i) => i.code)).toContain("report.period.order");
    expect(parseReportDocument({ ...contractExample, region: "oost" }).ok).toBe(false);
  });

  it("reports a missing required field with the path to it", () => {
    const result = parseReportDocument({ definitionsVersion: 1, period: { from: "2025-01-01", to: "2025-12-31" }, indicators: [] });
    expect(result.ok).toBe(false);
    expect(result.issues[0]).toMatchObject({ code: "value.required", path: ["suppressionThreshold"] });
  });
});

describe("indicatorLabels", () => {
  it("has a Dutch and English label and a known unit for every indicator id", () => {
    for (const id of INDICATOR_IDS) {
      const entry = indicatorLabels[id];
      expect(entry.label.nl.length, id).toBeGreaterThan(0);
      expect(entry.label.en.length, id).toBeGreaterThan(0);
      expect(unitLabels[entry.unit], id).toBeDefined();
    }
    expect(INDICATOR_IDS).toHaveLength(52);
    expect(indicatorLabels["referrals.medianDaysToResponse"].unit).toBe("days");
  });

  it("names what the rows of every breakdown are keyed by", () => {
    const breakdowns = INDICATOR_IDS.filter((id) => id.includes(".by"));
    expect(breakdowns).toEqual([
      "reach.byAgeBand",
      "reach.byGender",
      "reach.byNeighbourhood",
      "reach.byProgrammeLine",
      "reach.byPillar",
      "reach.byActivityKind",
      "signals.byCategory",
      "referrals.byDestination",
      "families.byNeighbourhood",
      "staff.people.byRole",
      "staff.hours.byKind",
      "meldcode.byDecision",
      "budget.byFunderKind",
      "costPerChild.byProgrammeLine",
    ]);
    for (const id of breakdowns) expect(indicatorLabels[id].keyLabel, id).toBeDefined();
  });
});

describe("reportMessages", () => {
  it("explains rejected rows in Dutch and English", () => {
    const w = issue("report.rows-rejected", [], { count: 3 }, "warning");
    expect(formatIssue(w, { messages: reportMessages })).toBe("3 rijen zijn niet meegeteld omdat ze zijn afgekeurd.");
    expect(formatIssue(w, { lang: "en", messages: reportMessages })).toBe("3 rows were left out because they were rejected.");
  });

  it("explains why holiday reach is missing", () => {
    const w = issue("report.holidays.unknown", [], { region: null }, "warning");
    expect(formatIssue(w, { messages: reportMessages })).toBe("De regio van de organisatie is niet opgegeven; het bereik in schoolvakanties is niet berekend.");
  });
});
