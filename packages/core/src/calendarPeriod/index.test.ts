import { describe, expect, it } from "vitest";
import { calendarYearOf, monthOf, parseCalendarPeriod, quarterOf } from "./index.js";

describe("calendar periods", () => {
  it("gives the quarter of a date with its first and last day", () => {
    expect(quarterOf("2025-09-01")).toEqual({ id: "2025-Q3", year: 2025, quarter: 3, from: "2025-07-01", to: "2025-09-30" });
    expect(quarterOf("2025-01-01")).toMatchObject({ id: "2025-Q1", from: "2025-01-01", to: "2025-03-31" });
    expect(quarterOf("2025-03-31").id).toBe("2025-Q1");
    expect(quarterOf("2025-04-01").id).toBe("2025-Q2");
    expect(quarterOf("2025-12-31")).toMatchObject({ id: "2025-Q4", from: "2025-10-01", to: "2025-12-31" });
  });

  it("gives months with the right last day in leap and common years", () => {
    expect(monthOf("2024-02-10")).toEqual({ id: "2024-02", year: 2024, month: 2, from: "2024-02-01", to: "2024-02-29" });
    expect(monthOf("2025-02-10").to).toBe("2025-02-28");
    expect(monthOf("2025-04-30").to).toBe("2025-04-30");
  });

  it("gives calendar years", () => {
    expect(calendarYearOf("2025-06-15")).toEqual({ id: "2025", year: 2025, from: "2025-01-01", to: "2025-12-31" });
  });

  it("reads a period from its id", () => {
    const q = parseCalendarPeriod("2025-Q3");
    expect(q.ok && q.value.from).toBe("2025-07-01");
    const m = parseCalendarPeriod("2024-02");
    expect(m.ok && m.value.to).toBe("2024-02-29");
    const y = parseCalendarPeriod("2025");
    expect(y.ok && y.value.to).toBe("2025-12-31");
    expect(parseCalendarPeriod("2025-13").issues[0]?.code).toBe("period.invalid");
    expect(parseCalendarPeriod("2025-Q5").ok).toBe(false);
  });

  it("throws for an impossible date", () => {
    expect(() => quarterOf("2025-02-30")).toThrow(/dates.invalid-date/);
  });
});
