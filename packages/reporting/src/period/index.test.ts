import { describe, expect, it } from "vitest";
import { schoolHolidayPeriod } from "@kinderwerk/core";
import {
  customPeriod,
  inPeriod,
  parsePeriod,
  periodOfMonth,
  periodOfQuarter,
  periodOfSchoolHoliday,
  periodOfSchoolYear,
  periodOfYear,
  previousPeriod,
} from "./index.js";

describe("periods", () => {
  it("makes years, quarters, months and school years", () => {
    expect(periodOfYear(2025)).toEqual({ from: "2025-01-01", to: "2025-12-31", kind: "year", id: "2025" });
    expect(periodOfQuarter("2025-Q3")).toMatchObject({ from: "2025-07-01", to: "2025-09-30" });
    expect(periodOfQuarter("2025-Q1").to).toBe("2025-03-31");
    expect(periodOfMonth("2024-02").to).toBe("2024-02-29");
    expect(periodOfMonth("2025-02").to).toBe("2025-02-28");
    expect(periodOfSchoolYear("2025-2026")).toMatchObject({ from: "2025-08-01", to: "2026-07-31" });
  });

  it("makes the period of a region's school holiday", () => {
    const p = periodOfSchoolHoliday(schoolHolidayPeriod({ region: "zuid", schoolYear: "2024-2025", kind: "zomer" }));
    expect(p).toEqual({ from: "2025-07-05", to: "2025-08-17", kind: "schoolHoliday", id: "zomer 2024-2025 zuid" });
  });

  it("rejects what is not a period", () => {
    expect(() => periodOfQuarter("2025-Q5")).toThrow(RangeError);
    expect(() => periodOfMonth("2025-13")).toThrow(RangeError);
    expect(() => periodOfSchoolYear("2025-2027")).toThrow(RangeError);
    expect(() => customPeriod("2025-03-01", "2025-02-28")).toThrow(RangeError);
    expect(() => customPeriod("2025-02-29", "2025-03-01")).toThrow(RangeError);
    expect(() => periodOfYear(2025.5)).toThrow(RangeError);
  });

  it("reads periods from text and reports bad ones as issues", () => {
    expect(parsePeriod("2025-Q2")).toMatchObject({ ok: true, value: { from: "2025-04-01", to: "2025-06-30" } });
    expect(parsePeriod("2025-2026")).toMatchObject({ ok: true, value: { kind: "schoolYear" } });
    expect(parsePeriod("2025-01-01..2025-01-31")).toMatchObject({ ok: true, value: { kind: "custom", to: "2025-01-31" } });
    expect(parsePeriod("2025-03-01..2025-01-01")).toMatchObject({ ok: false, issues: [{ code: "period.order" }] });
    expect(parsePeriod("vorig jaar")).toMatchObject({ ok: false, issues: [{ code: "period.invalid" }] });
  });

  it("never repeats text that is not a date, a time or a short number in a period issue", () => {
    for (const text of ["Jan Jansen", "periode van 123456782", "06-12345678", "2025-01-01 t/m Sanne de Vries"]) {
      const parsed = parsePeriod(text);
      expect(parsed.ok).toBe(false);
      if (parsed.ok) continue;
      expect(parsed.issues[0]!.code).toBe("period.invalid");
      expect(parsed.issues[0]!.params).toEqual({});
    }
    expect(parsePeriod("2025-13-45")).toMatchObject({ ok: false, issues: [{ code: "period.invalid", params: { value: "2025-13-45" } }] });
    expect(parsePeriod("2025-03-01..2025-01-01")).toMatchObject({ ok: false, issues: [{ code: "period.order", params: { from: "2025-03-01", to: "2025-01-01" } }] });
  });

  it("finds the period before", () => {
    expect(previousPeriod(periodOfYear(2025)).id).toBe("2024");
    expect(previousPeriod(periodOfQuarter("2025-Q1")).id).toBe("2024-Q4");
    expect(previousPeriod(periodOfMonth("2025-03")).to).toBe("2025-02-28");
    expect(previousPeriod(periodOfSchoolYear("2025-2026")).id).toBe("2024-2025");
    expect(previousPeriod(customPeriod("2025-03-01", "2025-03-10"))).toMatchObject({ from: "2025-02-19", to: "2025-02-28" });
  });

  it("includes both ends", () => {
    expect(inPeriod("2025-01-01", periodOfYear(2025))).toBe(true);
    expect(inPeriod("2024-12-31", periodOfYear(2025))).toBe(false);
  });
});
