import { describe, expect, it } from "vitest";
import {
  dateOfDayNumber,
  datePartsOfDayNumber,
  dayNumber,
  dayNumberFromParts,
  dayNumberOfIsoWeek,
  isoWeekOfDayNumber,
  monthOfDayNumber,
  quarterOfDayNumber,
  readDayNumber,
  weekdayOfDayNumber,
} from "./dayNumber.js";
import { isoWeekday, toEpochDay } from "./index.js";

describe("UTC day numbers", () => {
  it("counts days from 1970-01-01 both ways, as toEpochDay does", () => {
    expect(dayNumber("1970-01-01")).toBe(0);
    expect(dayNumber("1969-12-31")).toBe(-1);
    expect(dayNumber("2000-03-01")).toBe(11017);
    expect(dateOfDayNumber(11017)).toBe("2000-03-01");
    expect(dateOfDayNumber(-1)).toBe("1969-12-31");
    expect(dayNumberFromParts(2024, 2, 29)).toBe(dayNumber("2024-02-29"));
  });

  it("agrees with toEpochDay and isoWeekday on every day from 1899 to 2101", () => {
    const first = dayNumber("1899-01-01");
    const last = dayNumber("2101-12-31");
    for (let d = first; d <= last; d++) {
      const date = dateOfDayNumber(d);
      if (dayNumber(date) !== d || toEpochDay(date) !== d || weekdayOfDayNumber(d) !== isoWeekday(date)) {
        throw new Error(`day ${d} (${date}) disagrees`);
      }
    }
    expect(dateOfDayNumber(last)).toBe("2101-12-31");
  });

  it("reads only real dates when checked", () => {
    expect(readDayNumber("2024-02-29")).toBe(19782);
    for (const v of ["2025-02-29", "2025-13-01", "2025-00-10", "2025-1-01", "0999-01-01", "2025-01-01T", "abcd-ef-gh", 20250101, null]) {
      expect(readDayNumber(v)).toBeUndefined();
    }
  });

  it("gives the parts, month and quarter of a day", () => {
    expect(datePartsOfDayNumber(dayNumber("2025-03-05"))).toEqual({ year: 2025, month: 3, day: 5 });
    expect(monthOfDayNumber(dayNumber("2024-12-31"))).toEqual({ year: 2024, month: 12 });
    expect(quarterOfDayNumber(dayNumber("2025-03-31"))).toEqual({ year: 2025, quarter: 1 });
    expect(quarterOfDayNumber(dayNumber("2025-04-01"))).toEqual({ year: 2025, quarter: 2 });
    expect(quarterOfDayNumber(dayNumber("2025-12-31"))).toEqual({ year: 2025, quarter: 4 });
  });

  it("numbers ISO weeks across year ends", () => {
    expect(isoWeekOfDayNumber(dayNumber("2025-01-15"))).toEqual({ year: 2025, week: 3 });
    expect(isoWeekOfDayNumber(dayNumber("2024-12-30"))).toEqual({ year: 2025, week: 1 });
    expect(isoWeekOfDayNumber(dayNumber("2021-01-03"))).toEqual({ year: 2020, week: 53 });
    expect(isoWeekOfDayNumber(dayNumber("2021-01-04"))).toEqual({ year: 2021, week: 1 });
    expect(isoWeekOfDayNumber(dayNumber("2026-12-31"))).toEqual({ year: 2026, week: 53 });
    expect(dateOfDayNumber(dayNumberOfIsoWeek(2025, 1))).toBe("2024-12-30");
    expect(dateOfDayNumber(dayNumberOfIsoWeek(2020, 53))).toBe("2020-12-28");
  });

  it("gives each day the week whose Monday is on or before it, six days at most", () => {
    for (let d = dayNumber("2019-12-01"); d <= dayNumber("2027-01-31"); d++) {
      const { year, week } = isoWeekOfDayNumber(d);
      const monday = dayNumberOfIsoWeek(year, week);
      if (d - monday < 0 || d - monday > 6 || weekdayOfDayNumber(monday) !== 1) throw new Error(`day ${dateOfDayNumber(d)}`);
    }
    expect(weekdayOfDayNumber(dayNumber("2025-09-01"))).toBe(1);
  });
});
