import { ageBandOf, ageOn, dayNumber, defaultAgeBands } from "@kinderwerk/core";
import { describe, expect, it } from "vitest";
import { ageOnDay, ageScheme, dayOf, NO_DAY } from "./age.js";

const custom = [
  { key: "0-3", minAge: 0, maxAge: 3 },
  { key: "4-7", minAge: 4, maxAge: 7 },
  { key: "8-12", minAge: 8, maxAge: 12 },
  { key: "13-17", minAge: 13, maxAge: 17 },
];

describe("age arithmetic", () => {
  it("gives the same age and band as core on every day of a period, 29 February birthdays included", () => {
    const births = ["2012-02-29", "2016-02-29", "2018-02-14", "2021-12-31", "2013-01-01", "2025-06-01", "2008-03-01"];
    for (const bands of [defaultAgeBands, custom]) {
      const scheme = ageScheme(bands);
      for (const b of births) {
        for (let d = new Date(Date.UTC(2024, 10, 1)); d <= new Date(Date.UTC(2026, 2, 15)); d.setUTCDate(d.getUTCDate() + 1)) {
          const day = d.toISOString().slice(0, 10);
          const age = ageOnDay(dayOf(b), dayOf(day));
          expect([b, day, age]).toEqual([b, day, b > day ? undefined : ageOn(b, day)]);
          expect([b, day, scheme.bandOfAge(age)]).toEqual([b, day, ageBandOf(b, day, bands)]);
        }
      }
    }
  });

  it("orders the keys as a report lists them and knows which lie in the target group", () => {
    const d = ageScheme(defaultAgeBands);
    expect(d.keys).toEqual(["4-6", "7-9", "10-12", "under-4", "over-12", "unknown"]);
    expect([...d.target]).toEqual(["4-6", "7-9", "10-12"]);
    expect(d.outside).toEqual(["under-4", "over-12", "unknown"]);
    const c = ageScheme(custom);
    expect(c.keys).toEqual(["0-3", "4-7", "8-12", "13-17", "over-17", "unknown"]);
    expect([...c.target]).toEqual(["4-7", "8-12"]);
    expect(c.bandOfAge(2)).toBe("0-3");
    expect(c.bandOfAge(18)).toBe("over-17");
  });

  it("refuses a band that holds ages on both sides of the target group's edges", () => {
    expect(() => ageScheme([{ key: "4-6", minAge: 4, maxAge: 6 }, { key: "7-14", minAge: 7, maxAge: 14 }])).toThrow(/reporting.ageBands.target-group/);
    expect(() => ageScheme([{ key: "2-5", minAge: 2, maxAge: 5 }])).toThrow(/target-group/);
  });

  it("reads only real calendar dates", () => {
    expect(dayOf("2024-02-29")).toBe(dayNumber("2024-02-29"));
    expect(dayOf("2025-02-29")).toBe(NO_DAY);
    expect(dayOf("29-02-2024")).toBe(NO_DAY);
    expect(ageOnDay(NO_DAY, dayNumber("2025-01-01"))).toBeUndefined();
  });
});
