import { describe, expect, it } from "vitest";
import { addDays } from "@kinderwerk/core";
import { createReportAccumulator } from "../accumulator/index.js";
import type { ReportDocument } from "../document/index.js";
import { findIndicator, ReportDocument as ReportDocumentSchema, reportMessages } from "../document/index.js";
import { periodOfYear, previousPeriod } from "../period/index.js";
import { renderHtml } from "../render/html/index.js";
import { renderMarkdown } from "../render/markdown/index.js";
import { buildReport } from "./index.js";
import { PARTLY_COVERED, partlyCoveredWarning, uncoveredDays } from "./coverage.js";
import { formatIssue } from "@kinderwerk/core";

const period = periodOfYear(2025);
const earlier = previousPeriod(period);

/**
 * A club that opens on `opening`: one weekly session each Wednesday until the end of 2025, with
 * `perSession` children out of a pool that grows by one a week.
 */
function club(opening: string, perSession: number) {
  const current = createReportAccumulator({ period, region: "zuid" });
  const previous = createReportAccumulator({ period: earlier, region: "zuid" });
  const add = (table: Parameters<typeof current.add>[0], record: Parameters<typeof current.add>[1]) => {
    current.add(table, record);
    previous.add(table, record);
  };
  add("activities", { activityId: "A1", name: "Sport", kind: "sport", programmeLines: ["social-inclusion"], pillars: ["child"], partners: [], minAge: 4, maxAge: 12, ageRangeWidened: false });
  let week = 0;
  for (let date = opening; date <= "2025-12-31"; date = addDays(date, 7), week++) {
    const sessionId = `S${week}`;
    add("sessions", { sessionId, activityId: "A1", date, durationMinutes: 90, professionals: 1, interns: 0, volunteers: 1 });
    for (let k = 0; k < perSession; k++) {
      const childId = `K${(week + k) % (perSession + week)}`;
      add("children", { childId, birthDate: `${2014 + (k % 5)}-0${1 + (k % 9)}-15`, gender: k % 2 === 0 ? "girl" : "boy" });
      add("attendance", { sessionId, childId, present: true });
    }
  }
  return { current: current.result(), previous: previous.result() };
}

const value = (doc: ReportDocument, id: string): number | null | undefined => {
  const i = findIndicator(doc, id);
  return i && !("rows" in i) ? i.value : undefined;
};

describe("the comparison takes the earlier period's own budget and population", () => {
  const data = club("2024-01-03", 12);

  it("divides the earlier budget by the earlier reach, not this period's budget", () => {
    const doc = buildReport({
      period,
      results: data.current,
      budget: { amount: 150_000, currency: "EUR" },
      population: { children4to12: 2400 },
      comparison: { period: earlier, results: data.previous, budget: { amount: 60_000, currency: "EUR" }, population: { children4to12: 2300 } },
    });
    const previousReach = data.previous.reach;
    const entry = doc.comparison?.indicators.find((e) => e.id === "costPerChild");
    expect(previousReach).toBeGreaterThan(0);
    expect(entry?.previous).toBeCloseTo(60_000 / previousReach, 2);
    expect(entry?.previous).not.toBeCloseTo(150_000 / previousReach, 0);
    expect(value(doc, "costPerChild")).toBeCloseTo(150_000 / data.current.reach, 2);
    const share = doc.comparison?.indicators.find((e) => e.id === "reachShare");
    expect(share?.previous).toBeCloseTo((data.previous["reach.targetGroup"] * 100) / 2300, 1);
    expect(doc.warnings ?? []).not.toContainEqual(expect.objectContaining({ code: "report.comparison.input-missing" }));
    expect(ReportDocumentSchema.safeParse(doc).success).toBe(true);
  });

  it("says the earlier budget and population are missing instead of using this period's", () => {
    const doc = buildReport({ period, results: data.current, budget: { amount: 150_000, currency: "EUR" }, population: { children4to12: 2400 }, comparison: { period: earlier, results: data.previous } });
    const entry = (id: string) => doc.comparison?.indicators.find((e) => e.id === id);
    expect(entry("costPerChild")).toMatchObject({ previous: null, change: null, percentChange: null });
    expect(entry("costPerContactHour")).toMatchObject({ previous: null, change: null });
    expect(entry("reachShare")).toMatchObject({ previous: null, change: null });
    expect(doc.warnings).toContainEqual({
      code: "report.comparison.input-missing",
      severity: "warning",
      params: { input: "budget", indicators: ["costPerChild", "costPerContactHour"], from: "2024-01-01", to: "2024-12-31" },
    });
    expect(doc.warnings).toContainEqual(expect.objectContaining({ code: "report.comparison.input-missing", params: expect.objectContaining({ input: "population", indicators: ["reachShare"] }) }));
    // The reader sees it next to the comparison, in words.
    expect(renderMarkdown(doc, { lang: "en" })).toContain("No budget was given for the earlier period (2024-01-01 to 2024-12-31); costPerChild, costPerContactHour were therefore not compared.");
  });

  it("has words for every new warning in both languages", () => {
    for (const code of ["report.comparison.input-missing", "report.period.partly-covered"]) {
      const table = reportMessages[code];
      expect(table).toBeDefined();
      const issue = { code, severity: "warning" as const, path: [], params: { input: "budget", indicators: ["costPerChild"], from: "2024-01-01", to: "2024-12-31", period: "previous", first: "2024-11-06", last: "2025-12-31", uncoveredDays: 310, days: 366 } };
      expect(formatIssue(issue, { lang: "nl", messages: reportMessages })).not.toContain("?");
      expect(formatIssue(issue, { lang: "en", messages: reportMessages })).not.toContain("?");
    }
  });
});

describe("periods only partly covered by the data", () => {
  it("counts the days of a period before the first date and after the last", () => {
    expect(uncoveredDays({ from: "2024-01-01", to: "2024-12-31" }, { first: "2024-11-04", last: "2025-12-19" })).toBe(308);
    expect(uncoveredDays({ from: "2025-01-01", to: "2025-12-31" }, { first: "2024-11-04", last: "2025-12-19" })).toBe(12);
    expect(uncoveredDays({ from: "2023-01-01", to: "2023-12-31" }, { first: "2024-11-04", last: "2025-12-19" })).toBe(365);
  });

  it("warns only past both limits: more than 31 days and more than 10% of the period", () => {
    const span = (first: string, last: string) => ({ first, last });
    expect(PARTLY_COVERED).toEqual({ minDays: 31, minShare: 0.1 });
    // A year: 35 days missing is more than 31 but less than 10% (36.5): no warning.
    expect(partlyCoveredWarning({ from: "2025-01-01", to: "2025-12-31" }, span("2025-02-05", "2025-12-31"), "current")).toBeUndefined();
    // A year: 60 days missing: warning.
    expect(partlyCoveredWarning({ from: "2025-01-01", to: "2025-12-31" }, span("2025-03-02", "2025-12-31"), "current")?.params).toMatchObject({ uncoveredDays: 60, days: 365 });
    // A month: 20 days missing is 65% but not more than 31 days: no warning.
    expect(partlyCoveredWarning({ from: "2025-03-01", to: "2025-03-31" }, span("2025-03-21", "2025-12-31"), "current")).toBeUndefined();
    expect(partlyCoveredWarning({ from: "2025-03-01", to: "2025-03-31" }, undefined, "current")).toBeUndefined();
  });

  it("warns when the earlier period of a comparison is only partly covered, in the document and next to the comparison", () => {
    // The club opened in November 2024: 2024 has 8 weeks of data, so its changes say little.
    const data = club("2024-11-06", 12);
    const doc = buildReport({ period, results: data.current, comparison: { period: earlier, results: data.previous } });
    expect(doc.dataSpan).toEqual({ first: "2024-11-06", last: "2025-12-31" });
    expect(doc.comparison?.partlyCovered).toBe(true);
    expect(doc.warnings).toContainEqual({
      code: "report.period.partly-covered",
      severity: "warning",
      params: { period: "previous", from: "2024-01-01", to: "2024-12-31", first: "2024-11-06", last: "2025-12-31", uncoveredDays: 310, days: 366 },
    });
    // This period is covered: no warning for it.
    expect(doc.warnings?.filter((w) => w.code === "report.period.partly-covered")).toHaveLength(1);
    const reach = doc.comparison?.indicators.find((e) => e.id === "reach");
    expect(reach?.percentChange).toBeGreaterThan(100);
    const html = renderHtml(doc);
    const section = html.slice(html.indexOf('<section id="comparison">'));
    expect(section).toContain('<p class="caveat"><strong>Let op:</strong> De vorige periode (2024-01-01 t/m 2024-12-31) valt maar voor een deel binnen de gegevens');
    expect(ReportDocumentSchema.safeParse(doc).success).toBe(true);
  });

  it("warns when this period is only partly covered", () => {
    const data = club("2025-09-03", 8);
    const doc = buildReport({ period, results: data.current });
    expect(doc.comparison).toBeUndefined();
    expect(doc.warnings).toContainEqual(expect.objectContaining({ code: "report.period.partly-covered", params: expect.objectContaining({ period: "current", first: "2025-09-03" }) }));
  });

  it("stays quiet for a fully covered comparison", () => {
    const data = club("2024-01-03", 12);
    const doc = buildReport({ period, results: data.current, comparison: { period: earlier, results: data.previous } });
    expect(doc.comparison?.partlyCovered).toBeUndefined();
    expect((doc.warnings ?? []).some((w) => w.code === "report.period.partly-covered")).toBe(false);
  });
});
