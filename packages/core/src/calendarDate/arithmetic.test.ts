import { describe, expect, it } from "vitest";
import { formatIssue } from "../messages/index.js";
import {
  addDays,
  assertDateRange,
  compareDates,
  DateError,
  DateRange,
  daysBetween,
  fromEpochDay,
  isDateError,
  isDateWithin,
  isoWeekday,
  rangesOverlap,
  toEpochDay,
} from "./index.js";

describe("date arithmetic", () => {
  it("counts days from 1970-01-01 both ways", () => {
    expect(toEpochDay("1970-01-01")).toBe(0);
    expect(toEpochDay("1969-12-31")).toBe(-1);
    expect(toEpochDay("2000-03-01")).toBe(11017);
    expect(fromEpochDay(11017)).toBe("2000-03-01");
    expect(fromEpochDay(-1)).toBe("1969-12-31");
  });

  it("adds days across month, year and leap-day boundaries", () => {
    expect(addDays("2024-02-28", 1)).toBe("2024-02-29");
    expect(addDays("2025-02-28", 1)).toBe("2025-03-01");
    expect(addDays("2024-12-31", 1)).toBe("2025-01-01");
    expect(addDays("2025-01-01", -1)).toBe("2024-12-31");
    expect(addDays("2024-03-31", 365)).toBe("2025-03-31");
  });

  it("counts days between two dates, negative when reversed", () => {
    expect(daysBetween("2024-02-28", "2024-03-01")).toBe(2);
    expect(daysBetween("2025-02-28", "2025-03-01")).toBe(1);
    expect(daysBetween("2025-01-01", "2024-12-31")).toBe(-1);
    expect(daysBetween("2024-01-01", "2025-01-01")).toBe(366);
  });

  it("crosses the spring and autumn clock changes without losing a day", () => {
    expect(addDays("2025-03-29", 1)).toBe("2025-03-30");
    expect(addDays("2025-03-30", 1)).toBe("2025-03-31");
    expect(addDays("2025-10-26", 1)).toBe("2025-10-27");
    expect(daysBetween("2025-03-01", "2025-11-01")).toBe(245);
  });

  it("compares dates for sorting", () => {
    expect(["2025-03-01", "2024-12-31", "2025-01-15"].sort(compareDates)).toEqual(["2024-12-31", "2025-01-15", "2025-03-01"]);
    expect(compareDates("2025-01-01", "2025-01-01")).toBe(0);
  });

  it("knows the ISO weekday", () => {
    expect(isoWeekday("2025-09-01")).toBe(1);
    expect(isoWeekday("2025-09-07")).toBe(7);
    expect(isoWeekday("1969-12-31")).toBe(3);
  });

  it("treats both ends of a range as inside", () => {
    const year = { from: "2025-01-01", to: "2025-12-31" };
    expect(isDateWithin("2025-01-01", year)).toBe(true);
    expect(isDateWithin("2025-12-31", year)).toBe(true);
    expect(isDateWithin("2024-12-31", year)).toBe(false);
    expect(isDateWithin("2026-01-01", year)).toBe(false);
    expect(rangesOverlap({ from: "2025-01-01", to: "2025-01-31" }, { from: "2025-01-31", to: "2025-02-28" })).toBe(true);
    expect(rangesOverlap({ from: "2025-01-01", to: "2025-01-30" }, { from: "2025-01-31", to: "2025-02-28" })).toBe(false);
  });

  it("throws a coded DateError for an impossible date or a reversed range", () => {
    expect(() => addDays("2025-02-29", 1)).toThrow(DateError);
    try {
      assertDateRange({ from: "2025-02-01", to: "2025-01-01" });
      expect.unreachable();
    } catch (e) {
      expect(isDateError(e)).toBe(true);
      if (!isDateError(e)) return;
      expect(e.code).toBe("dates.invalid-range");
      expect(formatIssue(e.issue)).toBe("De periode klopt niet: de begindatum (2025-02-01) ligt na de einddatum (2025-01-01).");
    }
    expect(isDateError(new Error("x"))).toBe(false);
  });

  it("validates a range with zod and reports a reversed one", () => {
    expect(DateRange.safeParse({ from: "2025-01-01", to: "2025-01-01" }).success).toBe(true);
    const bad = DateRange.safeParse({ from: "2025-02-01", to: "2025-01-01" });
    expect(bad.success).toBe(false);
    expect(bad.error?.issues[0]?.path).toEqual(["to"]);
  });
});
