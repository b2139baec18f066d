import { describe, expect, it } from "vitest";
import { defaultSettings, parseCount, periodOf, readSettings } from "./settings.js";

const base = defaultSettings(new Date(2026, 0, 15));

describe("the report's settings", () => {
  it("start with the previous calendar year, as kinderwerk report does", () => {
    expect(periodOf(base)).toMatchObject({ from: "2025-01-01", to: "2025-12-31", kind: "year", id: "2025" });
  });

  it.each([
    ["quarter", "2025-Q3", "2025-07-01", "2025-09-30"],
    ["quarter", "2025 q3", "2025-07-01", "2025-09-30"],
    ["quarter", "Q4 2024", "2024-10-01", "2024-12-31"],
    ["month", "2024-02", "2024-02-01", "2024-02-29"],
    ["month", "3-2025", "2025-03-01", "2025-03-31"],
    ["schoolYear", "2024-2025", "2024-08-01", "2025-07-31"],
    ["schoolYear", "2024/2025", "2024-08-01", "2025-07-31"],
  ] as const)("read a %s written %s", (periodKind, periodValue, from, to) => {
    expect(periodOf({ ...base, periodKind, periodValue })).toMatchObject({ from, to });
  });

  it.each([
    ["year", "25"],
    ["quarter", "2025-Q5"],
    ["month", "2025-13"],
    ["schoolYear", "2025-2027"],
  ] as const)("refuse a %s written %s", (periodKind, periodValue) => {
    expect(periodOf({ ...base, periodKind, periodValue })).toBeUndefined();
  });

  it("read a period of one's own, and refuse one that ends before it starts", () => {
    expect(periodOf({ ...base, periodKind: "custom", from: "2025-03-01", to: "2025-06-30" })).toMatchObject({ from: "2025-03-01", to: "2025-06-30", kind: "custom" });
    expect(periodOf({ ...base, periodKind: "custom", from: "2025-06-30", to: "2025-03-01" })).toBeUndefined();
  });

  it("read amounts of money as people write them, and refuse a negative budget", () => {
    const budget = (text: string) => { const r = readSettings({ ...base, budget: text }); return r.ok ? r.value.budget : r.problems; };
    expect(["120000", "120.000", "€ 120.000,50", "1250,5", "12,500.00", "EUR 99"].map(budget)).toEqual([120000, 120000, 120000.5, 1250.5, 12500, 99]);
    expect(["12.5.0", "-5", "€ -5", "veel", "1.000,505"].map(budget)).toEqual(Array(5).fill(["budget"]));
  });

  it("read a number of children, with or without a thousands dot", () => {
    expect([parseCount("2400"), parseCount("2.400"), parseCount("1.200.000")]).toEqual([2400, 2400, 1200000]);
    expect([parseCount("2,5"), parseCount("-3"), parseCount("")]).toEqual([undefined, undefined, undefined]);
  });

  it("name every field that needs another look", () => {
    expect(readSettings({ ...base, periodValue: "vorig jaar", budget: "veel", population: "2,5" })).toEqual({ ok: false, problems: ["period", "budget", "population"] });
    expect(readSettings({ ...base, region: "midden", budget: "€ 12.500", population: "2400", organisation: "  De Brug " })).toEqual({
      ok: true,
      value: { period: periodOf(base), region: "midden", budget: 12500, population: 2400, organisation: "De Brug", comparePrevious: false },
    });
  });
});
