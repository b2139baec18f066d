import { describe, expect, it } from "vitest";
import { CalendarDate, dateParts, daysInMonth, formatCalendarDate, isCalendarDate, isLeapYear } from "./index.js";

describe("isCalendarDate", () => {
  it("accepts real dates, 29 February in leap years only", () => {
    expect(isCalendarDate("2025-09-14")).toBe(true);
    expect(isCalendarDate("2024-02-29")).toBe(true);
    expect(isCalendarDate("2000-02-29")).toBe(true);
    expect(isCalendarDate("1900-02-29")).toBe(false);
    expect(isCalendarDate("2025-02-29")).toBe(false);
  });
  it("rejects impossible dates and other forms", () => {
    for (const v of ["2025-02-31", "2025-13-01", "2025-00-10", "2025-04-31", "14-09-2015", "2025-9-1", "", 20250914, null]) {
      expect(isCalendarDate(v)).toBe(false);
    }
  });
});

describe("date parts", () => {
  it("splits and writes dates", () => {
    expect(dateParts("2025-08-01")).toEqual({ year: 2025, month: 8, day: 1 });
    expect(formatCalendarDate(2025, 8, 1)).toBe("2025-08-01");
  });
  it("knows the length of months and leap years", () => {
    expect(daysInMonth(2024, 2)).toBe(29);
    expect(daysInMonth(2025, 2)).toBe(28);
    expect(daysInMonth(2025, 4)).toBe(30);
    expect(daysInMonth(2025, 12)).toBe(31);
    expect(isLeapYear(2100)).toBe(false);
  });
});

describe("CalendarDate schema", () => {
  it("parses a date and rejects an impossible one with the value.date code", () => {
    expect(CalendarDate.parse("2024-02-29")).toBe("2024-02-29");
    const result = CalendarDate.safeParse("2025-02-29");
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]).toMatchObject({ code: "custom", params: { kw: "value.date" } });
  });
});
