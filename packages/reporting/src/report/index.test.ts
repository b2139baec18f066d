import { describe, expect, it } from "vitest";
import { allRecords } from "../_lib/testData.js";
import { createReportAccumulator } from "../accumulator/index.js";
import type { IndicatorResults } from "../accumulator/result.js";
import { ReportDocument, findIndicator, isBreakdown } from "../document/index.js";
import type { IndicatorId, ReportIndicator } from "../document/index.js";
import { periodOfYear, previousPeriod } from "../period/index.js";
import { buildReport, foldNeighbourhoods, publishIndicators } from "./index.js";

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
    // 7 of 8 children are new: 8 − 7 = 1 returning child, so newChildren is suppressed.
    expect(value(doc, "newChildren")).toBe("suppressed");
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
    expect(out[1]).toEqual({ id: "reach.targetGroup", unit: "children", value: null, suppressed: true, suppressedBy: "part-of-whole" });
    const rows = out[2] && isBreakdown(out[2]) ? out[2].rows : [];
    // With reach.targetGroup hidden, every age band is hidden, zeros included: the pattern of what was
    // hidden would otherwise let a reader who knows the rule work out single bands.
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((r) => r.suppressed && r.value === null)).toBe(true);
    // One rule for all of them: a rule per row would give the pattern away again.
    expect(new Set(rows.map((r) => r.suppressedBy))).toEqual(new Set(["derived"]));
  });

  it("puts the age bands youngest first", () => {
    const out = publishIndicators({ ...base, "reach.targetGroup": 50, reach: 60, "reach.byAgeBand": base["reach.byAgeBand"].map((r) => (r.key === "over-12" ? { ...r, value: 7 } : r.key === "10-12" ? { ...r, value: 10 } : r)) }, { indicators: ["reach.byAgeBand"] });
    expect(out[0] && isBreakdown(out[0]) ? out[0].rows.map((r) => r.key) : []).toEqual(["under-4", "4-6", "7-9", "10-12", "over-12", "unknown"]);
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
    expect(entry("newChildren")).toEqual({ id: "newChildren", previous: null, change: null, percentChange: null, previousSuppressed: true, previousSuppressedBy: "primary" });
    expect(ReportDocument.safeParse(doc).success).toBe(true);
  });
});

const scalars = (r: IndicatorResults, ids: IndicatorId[]) =>
  publishIndicators(r, { indicators: ids }).map((i) => (isBreakdown(i) ? "rows" : i.suppressed ? "suppressed" : i.value));

describe("counts that would reveal a suppressed count", () => {
  it("suppresses attendances, attendances per session and contact hours with reach", () => {
    // One session with 3 children: attendances 3 would be reach.
    const r: IndicatorResults = { ...results, sessions: 1, reach: 3, attendances: 3, attendancesPerSession: 3, contactHours: 3 };
    expect(scalars(r, ["sessions", "reach", "attendances", "attendancesPerSession", "contactHours"])).toEqual([1, "suppressed", "suppressed", "suppressed", "suppressed"]);
    expect(scalars({ ...r, reach: 5 }, ["attendances", "contactHours"])).toEqual([3, 3]);
  });

  it("suppresses costPerContactHour with reach (budget ÷ it gives the contact hours)", () => {
    const r: IndicatorResults = { ...results, costPerContactHour: 62.5, reach: 3 };
    expect(scalars(r, ["costPerContactHour"])).toEqual(["suppressed"]);
  });

  it.each([
    ["newChildren", "reach"],
    ["regulars", "reach"],
    ["holidayReach", "reach"],
    ["referrals.accepted", "referrals"],
  ] as const)("suppresses %s when %s minus it is a suppressed count", (id, whole) => {
    expect(scalars({ ...results, [whole]: 20, [id]: 19 }, [whole, id])).toEqual([20, "suppressed"]);
    expect(scalars({ ...results, [whole]: 20, [id]: 15 }, [whole, id])).toEqual([20, 15]);
    expect(scalars({ ...results, [whole]: 20, [id]: 20 }, [whole, id])).toEqual([20, 20]);
  });
});

describe("the age bands against a reader who knows the rule and reads suppressedBy", () => {
  const keys = ["4-6", "7-9", "10-12", "under-4", "over-12", "unknown"];
  const publish = (v: number[]) => {
    const reach = v.reduce((a, b) => a + b, 0);
    const r: IndicatorResults = { ...results, reach, "reach.targetGroup": v[0]! + v[1]! + v[2]!, "reach.byAgeBand": keys.map((key, i) => ({ key, value: v[i]! })) };
    // The reader sees the rule that hid each cell too; rows in the input's key order.
    const out = publishIndicators(r, { indicators: ["reach", "reach.targetGroup", "reach.byAgeBand"] });
    const byKey = (rows: readonly { key: string; value: number | null }[]) => keys.map((k) => rows.find((x) => x.key === k)?.value ?? null);
    const rules = out.map((i) => (isBreakdown(i) ? i.rows.map((x) => x.suppressedBy ?? "") : (i.suppressedBy ?? "")));
    return JSON.stringify([...out.map((i) => (isBreakdown(i) ? byKey(i.rows) : i.value)), rules]);
  };
  const docs = new Map<string, number[][]>();
  const comps = (n: number, left: number): number[][] => (n === 0 ? [[]] : Array.from({ length: left + 1 }, (_, v) => comps(n - 1, left - v).map((rest) => [v, ...rest])).flat());
  for (const v of comps(6, 16)) {
    const sig = publish(v);
    const g = docs.get(sig);
    if (g) g.push(v);
    else docs.set(sig, [v]);
  }

  it.each([
    [[0, 0, 0, 4, 5, 4]],
    [[0, 0, 0, 5, 5, 4]],
    [[0, 0, 0, 6, 6, 4]],
    [[0, 0, 4, 0, 5, 4]],
    [[0, 0, 4, 0, 5, 5]],
    [[0, 0, 4, 0, 6, 5]],
    [[0, 0, 4, 0, 6, 6]],
    [[0, 0, 4, 4, 5, 0]],
    [[0, 0, 4, 5, 0, 4]],
    [[0, 0, 4, 5, 0, 5]],
  ])("leaves no band and no target group recoverable in the reviewer's table %j", (v) => {
    // Every table with reach <= 16 that publishes the same document is a possible truth.
    const sig = publish(v);
    const [, target, rows] = JSON.parse(sig) as [number, number | null, (number | null)[], unknown];
    const tables = docs.get(sig)!;
    rows.forEach((cell, i) => {
      if (cell === null) expect(new Set(tables.map((t) => t[i])).size).toBeGreaterThan(1);
    });
    if (target === null) expect(new Set(tables.map((t) => t[0]! + t[1]! + t[2]!)).size).toBeGreaterThan(1);
    expect(rows.some((c) => c === null)).toBe(true);
  });
});

describe("reach.byNeighbourhood", () => {
  const hoods = (rows: [string, number][], neighbourhoods?: string[]) => {
    const doc = buildReport({ period, results: { ...results, reach: rows.reduce((a, [, v]) => a + v, 0), "reach.byNeighbourhood": rows.map(([key, value]) => ({ key, value })) }, neighbourhoods });
    const b = findIndicator(doc, "reach.byNeighbourhood");
    return b && isBreakdown(b) ? b.rows.map((r) => `${r.key}=${r.suppressed ? "∎" : r.value}`) : [];
  };

  it("publishes suppressed neighbourhoods as one row other, without their names", () => {
    // B and C (1 + 1) hide unknown (6) too; the three are one row.
    expect(hoods([["B", 1], ["C", 1], ["Noord", 20], ["Zuid", 9], ["unknown", 6]])).toEqual(["Noord=20", "Zuid=9", "other=∎"]);
  });

  it("folds neighbourhoods not on the given list into other, shown or not", () => {
    expect(hoods([["Jan Jansen", 7], ["Noord", 20], ["Zuid", 9]], ["Noord", "Zuid"])).toEqual(["Noord=20", "Zuid=9", "other=7"]);
    expect(hoods([["Jan Jansen", 2], ["Noord", 20], ["Zuid", 9]], ["Noord", "Zuid"])).toEqual(["Noord=20", "other=∎"]);
  });

  it("leaves the rows alone when nothing is suppressed or unlisted", () => {
    expect(foldNeighbourhoods([{ key: "Noord", value: 20, suppressed: false }])).toEqual([{ key: "Noord", value: 20, suppressed: false }]);
  });
});

describe("age bands in the report", () => {
  const bands = [
    { key: "4-7", minAge: 4, maxAge: 7, label: { nl: "Onderbouw", en: "Lower school" } },
    { key: "8-12", minAge: 8, maxAge: 12 },
  ];
  const own = (() => {
    const acc = createReportAccumulator({ period, ageBands: bands });
    for (const { table, record } of allRecords()) acc.add(table, record);
    return acc.result();
  })();
  const rowsOf = (doc: ReportDocument) => {
    const i = findIndicator(doc, "reach.byAgeBand");
    if (!i || !isBreakdown(i)) throw new Error("reach.byAgeBand");
    return i.rows;
  };

  it("labels the organisation's own bands, its own labels first", () => {
    const doc = buildReport({ period, results: own, suppressionThreshold: 0 });
    expect(rowsOf(doc).map((r) => [r.key, r.label?.nl])).toEqual([
      ["under-4", "Jonger dan 4 jaar"],
      ["4-7", "Onderbouw"],
      ["8-12", "8 t/m 12 jaar"],
      ["over-12", "Ouder dan 12 jaar"],
      ["unknown", "Leeftijd onbekend"],
    ]);
    // The default bands are labelled by the renderers, as before.
    expect(rowsOf(buildReport({ period, results })).every((r) => r.label === undefined)).toBe(true);
  });

  it("takes the labels from the options when the results lost them on the way through a partial state", () => {
    const unlabelled = { ...own, ageBands: bands.map(({ key, minAge, maxAge }) => ({ key, minAge, maxAge })) };
    expect(rowsOf(buildReport({ period, results: unlabelled, suppressionThreshold: 0 }))[1]?.label?.en).toBe("4 to 7 years");
    expect(rowsOf(buildReport({ period, results: unlabelled, suppressionThreshold: 0, ageBands: bands }))[1]?.label?.en).toBe("Lower school");
  });

  it("warns, without a count, when some children's band could not be resolved", () => {
    const doc = buildReport({ period, results: { ...results, raw: { ...results.raw, ageUnresolved: 2 } } });
    expect(doc.warnings).toContainEqual({ code: "report.ages.unresolved", severity: "warning" });
    expect(buildReport({ period, results }).warnings ?? []).not.toContainEqual(expect.objectContaining({ code: "report.ages.unresolved" }));
  });
});
