import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addDays, fromEpochDay } from "../calendarDate/index.js";
import { isoWeekId, isoWeekOf, isoWeekRange, isoWeeksInYear } from "./index.js";

describe("ISO weeks", () => {
  it("is correct across year boundaries", () => {
    expect(isoWeekOf("2020-12-31")).toEqual({ year: 2020, week: 53 });
    expect(isoWeekOf("2021-01-03")).toEqual({ year: 2020, week: 53 });
    expect(isoWeekOf("2021-01-04")).toEqual({ year: 2021, week: 1 });
    expect(isoWeekOf("2024-12-29")).toEqual({ year: 2024, week: 52 });
    expect(isoWeekOf("2024-12-30")).toEqual({ year: 2025, week: 1 });
    expect(isoWeekOf("2026-01-01")).toEqual({ year: 2026, week: 1 });
    expect(isoWeekOf("2027-01-01")).toEqual({ year: 2026, week: 53 });
    expect(isoWeekOf("2024-02-29")).toEqual({ year: 2024, week: 9 });
  });

  it("writes and ranges a week", () => {
    expect(isoWeekId(isoWeekOf("2024-12-30"))).toBe("2025-W01");
    expect(isoWeekRange({ year: 2020, week: 53 })).toEqual({ from: "2020-12-28", to: "2021-01-03" });
    expect(isoWeekRange({ year: 2025, week: 1 })).toEqual({ from: "2024-12-30", to: "2025-01-05" });
    expect(isoWeeksInYear(2020)).toBe(53);
    expect(isoWeeksInYear(2025)).toBe(52);
    expect(() => isoWeekRange({ year: 2025, week: 53 })).toThrow(expect.objectContaining({ code: "dates.invalid-week" }));
  });

  it("puts every date inside the range of its own week", () => {
    fc.assert(
      fc.property(fc.integer({ min: -20000, max: 40000 }), (n) => {
        const date = fromEpochDay(n);
        const range = isoWeekRange(isoWeekOf(date));
        return range.from <= date && date <= range.to && addDays(range.from, 6) === range.to;
      }),
    );
  });
});
