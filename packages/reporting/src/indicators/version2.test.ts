// Every indicator of INDICATORS.md version 2 on a small dataset worked out by hand (the sums are in
// the comments), and how a report publishes them.
import { describe, expect, it } from "vitest";
import { createReportAccumulator } from "../accumulator/index.js";
import { v2Dataset, YEAR } from "../_lib/v2TestData.js";
import { buildReport } from "../report/index.js";
import type { ReportDocument } from "../document/index.js";
import { findIndicator, isBreakdown } from "../document/index.js";

const rows = (value: unknown) => (value as { key: string; value: number }[]).map((r) => [r.key, r.value]);

describe("the indicators of INDICATORS.md version 2, by hand", () => {
  const r = v2Dataset().result();

  it("counts families: k1 and k2 share h1, k3 is its own, k4 is h2; each household in its children's first neighbourhood", () => {
    expect(r.families).toBe(3);
    expect(rows(r["families.byNeighbourhood"])).toEqual([["Noord", 1], ["West", 1], ["Zuid", 1]]);
  });

  it("divides the target group by the neighbourhood table's population: 4 ÷ 350 = 1.1%; per neighbourhood 2 ÷ 200, 0 ÷ 50, 1 ÷ 100; West (0 children) left out", () => {
    expect(r["reach.share"]).toBe(1.1);
    expect(rows(r["reach.shareByNeighbourhood"])).toEqual([["Noord", 1], ["Oost", 0], ["Zuid", 1]]);
  });

  it("counts staff with staffing in the period by role, their hours by kind, fte over 366/7 weeks, and VOG and training overdue on 2024-12-31", () => {
    // m4 worked only in 2023.
    expect(rows(r["staff.people.byRole"])).toEqual([["professional", 2], ["intern", 0], ["volunteer", 1]]);
    // 10 + 3 session, 8.5 preparation, 1.25 without a kind (→ 1.3).
    expect(rows(r["staff.hours.byKind"])).toEqual([["session", 13], ["preparation", 8.5], ["meeting", 0], ["outreach", 0], ["training", 0], ["unknown", 1.3]]);
    // 19.75 professional hours ÷ (36 × 366/7) = 0.0105.
    expect(r["staff.fte"]).toBe(0.01);
    // 19.75 ÷ 1882.29 × 1000 ÷ 350 = 0.02998.
    expect(r["staff.ftePer1000"]).toBe(0.03);
    // m2 has no VOG, m3's is from 2020-12-31 (before 2021-12-31); m1's training of 2021-06-01 is before 2022-12-31.
    expect(r["staff.vogOverdue"]).toBe(2);
    expect(r["staff.meldcodeTrainingOverdue"]).toBe(1);
  });

  it("takes the full-time week, the years of a VOG and of a training as options", () => {
    const o = v2Dataset().result({ fullTimeHours: 1, vogYears: 4, meldcodeTrainingYears: 4 });
    // 19.75 ÷ (1 × 52.2857) = 0.3777; × 1000 ÷ 350 = 1.0792.
    expect(o["staff.fte"]).toBe(0.38);
    expect(o["staff.ftePer1000"]).toBe(1.08);
    // m3's VOG of 2020-12-31 is valid until 2024-12-31 with 4 years; m2 still has none.
    expect(o["staff.vogOverdue"]).toBe(1);
    expect(o["staff.meldcodeTrainingOverdue"]).toBe(0);
  });

  it("finds the session with children and no adult understaffed, and with 1 per child for 4-6 year olds also s1 (1 + 2/8 = 1.25 → 2 adults)", () => {
    expect(r["sessions.understaffed"]).toBe(1);
    expect(v2Dataset().result({ ratioPolicy: { byAgeBand: { "4-6": 1 } } })["sessions.understaffed"]).toBe(2);
  });

  it("divides the attendances of activities with a capacity by their places: (3 + 1) ÷ (4 + 4) = 50%", () => {
    expect(r["capacity.occupancy"]).toBe(50);
  });

  it("counts k5 and k7 waiting at the end (k7 is placed after it, k8 signs up after it) and the days to placement 10 and 35", () => {
    expect(r["signups.waiting"]).toBe(2);
    expect(r["signups.medianDaysToPlacement"]).toBe(22.5);
  });

  it("takes the days from signal to referral (10, 3) over referrals sent in the period and the days to close (19, 20) over referrals closed in it", () => {
    expect(r["referrals.medianDaysFromSignal"]).toBe(6.5);
    expect(r["referrals.medianDaysToClose"]).toBe(19.5);
    // r4 is past its follow-up date, and so is r2: closed only after the period, past the cjg's follow-up days.
    expect(r["referrals.overdue"]).toBe(2);
  });

  it("counts the trajectories started in the period by their decision at its end, and the days to the decisions in it (14, 30, 36)", () => {
    expect(r["meldcode.started"]).toBe(4);
    expect(rows(r["meldcode.byDecision"])).toEqual([["report", 1], ["help", 1], ["close", 0], ["open", 2]]);
    expect(r["meldcode.medianDaysToDecision"]).toBe(30);
  });

  it("takes each budget line's part in the period by days: 36,600 + 10,000 × 184/365, and divides it by reach and by a line's reach", () => {
    expect(r["budget.total"]).toBe(41641.1);
    expect(rows(r["budget.byFunderKind"])).toEqual([["municipality", 36600], ["fund", 5041.1], ["own", 0], ["other", 0]]);
    // budget.total ÷ reach: 41,641.10 ÷ 4 children = 10,410.275.
    expect(r.costPerChild).toBe(10410.28);
    // social-inclusion: 36,600 ÷ 3 children of a1; safety: 5,041.10 ÷ 1 child of a2.
    expect(rows(r["costPerChild.byProgrammeLine"])).toEqual([["social-inclusion", 12200], ["safety", 5041.1]]);
  });

  it("keeps the targets of the period, and sets them against the published results", () => {
    expect(r.targets.map((t) => [t.indicator, t.target])).toEqual([["budget.total", 40000], ["families", 2], ["reach", 5]]);
    const doc = buildReport({ period: YEAR, region: "zuid", results: r, suppressionThreshold: 0 });
    // In report order.
    expect(doc.targets?.map((t) => [t.indicator, t.target, t.realised, t.percent])).toEqual([
      ["reach", 5, 4, 80],
      ["families", 2, 3, 150],
      ["budget.total", 40000, 41641.1, 104.1],
    ]);
  });
});

const value = (doc: ReportDocument, id: string) => {
  const i = findIndicator(doc, id);
  return i === undefined ? undefined : isBreakdown(i) ? i.rows.map((row) => [row.key, row.value]) : i.value;
};

/** The warnings other than a period partly covered by the data (these small datasets cover a few days of the year). */
const notCoverage = (doc: ReportDocument) => (doc.warnings ?? []).filter((w) => w.code !== "report.period.partly-covered");

describe("a report of version 2 data", () => {
  it("states definitionsVersion 2 and shows every version 2 indicator", () => {
    const doc = buildReport({ period: YEAR, region: "zuid", results: v2Dataset().result(), suppressionThreshold: 0 });
    expect(doc.definitionsVersion).toBe(2);
    expect(value(doc, "families")).toBe(3);
    expect(value(doc, "meldcode.started")).toBe(4);
    expect(value(doc, "costPerChild")).toBe(10410.28);
    expect(notCoverage(doc)).toEqual([]);
  });

  it("leaves out an indicator whose table is missing, with a warning naming the table — never 0", () => {
    const doc = buildReport({ period: YEAR, region: "zuid", results: v2Dataset(new Set(["meldcode", "staff"])).result(), suppressionThreshold: 0 });
    expect(value(doc, "meldcode.started")).toBeUndefined();
    expect(value(doc, "staff.fte")).toBeUndefined();
    expect(value(doc, "staff.hours.byKind")).toEqual([["session", 13], ["preparation", 8.5], ["meeting", 0], ["outreach", 0], ["training", 0], ["unknown", 1.3]]);
    expect(notCoverage(doc)).toEqual([
      { code: "report.table-missing", severity: "warning", params: { table: "staff", indicators: ["staff.people.byRole", "staff.fte", "staff.vogOverdue", "staff.meldcodeTrainingOverdue", "staff.ftePer1000"] } },
      { code: "report.table-missing", severity: "warning", params: { table: "meldcode", indicators: ["meldcode.started", "meldcode.byDecision", "meldcode.medianDaysToDecision"] } },
    ]);
  });

  it("counts 0 for a table that came empty", () => {
    const acc = v2Dataset(new Set(["meldcode"])).declareTable("meldcode");
    const doc = buildReport({ period: YEAR, region: "zuid", results: acc.result(), suppressionThreshold: 0 });
    expect(value(doc, "meldcode.started")).toBe(0);
    expect(value(doc, "meldcode.medianDaysToDecision")).toBeNull();
  });

  it("suppresses counts of people and medians of fewer cases than the threshold; staff counts only in a published report", () => {
    const results = v2Dataset().result();
    const published = buildReport({ period: YEAR, region: "zuid", results });
    expect(value(published, "families")).toBeNull();
    expect(value(published, "signups.waiting")).toBeNull();
    expect(value(published, "meldcode.started")).toBeNull();
    expect(value(published, "meldcode.byDecision")).toEqual([["report", null], ["help", null], ["close", 0], ["open", null]]);
    // 2, 2, 3 and 2 cases behind the medians.
    for (const id of ["signups.medianDaysToPlacement", "referrals.medianDaysFromSignal", "referrals.medianDaysToClose", "meldcode.medianDaysToDecision"]) expect(value(published, id), id).toBeNull();
    expect(value(published, "staff.people.byRole")).toEqual([["professional", null], ["intern", 0], ["volunteer", null]]);
    expect(value(published, "staff.vogOverdue")).toBeNull();
    // Hours, fte and money are not counts of people.
    expect(value(published, "staff.fte")).toBe(0.01);
    expect(value(published, "budget.total")).toBe(41641.1);
    // A share rests on the children behind it: every neighbourhood's is below 5.
    expect(value(published, "reach.shareByNeighbourhood")).toEqual([["Noord", null], ["Oost", 0], ["Zuid", null]]);
    // A cost per child of a line whose reach is suppressed would give that reach away.
    expect(value(published, "costPerChild.byProgrammeLine")).toEqual([["social-inclusion", null], ["safety", null]]);
    const internal = buildReport({ period: YEAR, region: "zuid", results, audience: "internal" });
    expect(value(internal, "staff.people.byRole")).toEqual([["professional", 2], ["intern", 0], ["volunteer", 1]]);
    expect(value(internal, "staff.vogOverdue")).toBe(2);
    expect(value(internal, "families")).toBeNull();
    // The target of a suppressed result has no realised value.
    expect(published.targets?.find((t) => t.indicator === "reach")).toEqual({ indicator: "reach", target: 5, realised: null, percent: null, suppressed: true, suppressedBy: "primary", from: "2024-01-01", to: "2024-12-31" });
  });

  it("stays a version 1 report, without version 2 indicators or warnings, on version 1 data", () => {
    const acc = createReportAccumulator({ period: YEAR, region: "zuid" })
      .addChild({ childId: "k1", birthDate: "2016-03-01", gender: "girl", neighbourhood: "Noord" })
      .addActivity({ activityId: "a1", kind: "sport" })
      .addSession({ sessionId: "s1", activityId: "a1", date: "2024-03-01", durationMinutes: 60 })
      .addAttendance({ sessionId: "s1", childId: "k1" });
    const doc = buildReport({ period: YEAR, region: "zuid", results: acc.result() });
    expect(doc.definitionsVersion).toBe(1);
    expect(doc.indicators.some((i) => i.id === "families" || i.id.startsWith("staff.") || i.id.startsWith("meldcode"))).toBe(false);
    // One session in March: the year is covered for one day, and the report says so.
    expect(doc.warnings).toEqual([
      { code: "report.period.partly-covered", severity: "warning", params: { period: "current", from: "2024-01-01", to: "2024-12-31", first: "2024-03-01", last: "2024-03-01", uncoveredDays: 365, days: 366 } },
    ]);
    expect(doc.targets).toBeUndefined();
  });
});
