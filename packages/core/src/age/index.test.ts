import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addDays, fromEpochDay } from "../calendarDate/index.js";
import { formatIssue } from "../messages/index.js";
import { ageBandOf } from "../ageBands/index.js";
import { ageOn, checkAge, targetGroupClassLabels, targetGroupClassOf } from "./index.js";

describe("ageOn", () => {
  it("counts whole years, turning older on the birthday itself", () => {
    expect(ageOn("2016-05-10", "2025-05-09")).toBe(8);
    expect(ageOn("2016-05-10", "2025-05-10")).toBe(9);
    expect(ageOn("2016-05-10", "2016-05-10")).toBe(0);
    expect(ageOn("2015-12-31", "2025-01-01")).toBe(9);
  });

  it("lets a 29 February child turn older on 1 March in common years", () => {
    expect(ageOn("2016-02-29", "2025-02-28")).toBe(8);
    expect(ageOn("2016-02-29", "2025-03-01")).toBe(9);
    expect(ageOn("2016-02-29", "2024-02-28")).toBe(7);
    expect(ageOn("2016-02-29", "2024-02-29")).toBe(8);
  });

  it("gives undefined for a missing or invalid birth date, or a date before birth", () => {
    expect(ageOn(undefined, "2025-01-01")).toBeUndefined();
    expect(ageOn("2015-02-29", "2025-01-01")).toBeUndefined();
    expect(ageOn("10-05-2016", "2025-01-01")).toBeUndefined();
    expect(ageOn("2025-01-02", "2025-01-01")).toBeUndefined();
  });

  it("throws when the date to compute on is not a date", () => {
    expect(() => ageOn("2016-05-10", "2025-13-01")).toThrow(/dates.invalid-date/);
  });

  it("grows by exactly one on each birthday", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 20000 }), fc.integer({ min: 1, max: 20 }), (n, years) => {
        const birth = fromEpochDay(n);
        const birthday = `${String(Number(birth.slice(0, 4)) + years)}${birth.slice(4)}`;
        if (birth.slice(5) === "02-29") return true;
        return ageOn(birth, birthday) === years && ageOn(birth, addDays(birthday, -1)) === years - 1;
      }),
    );
  });
});

describe("target group", () => {
  it("classifies ages 4 to 12 inclusive as the target group", () => {
    expect([3, 4, 12, 13].map((a) => targetGroupClassOf(a))).toEqual(["under-4", "target-group", "target-group", "over-12"]);
    expect(targetGroupClassOf("2012-06-01", "2025-05-31")).toBe("target-group");
    expect(targetGroupClassOf("2012-06-01", "2025-06-01")).toBe("over-12");
    expect(targetGroupClassOf(null, "2025-06-01")).toBe("unknown");
    expect(targetGroupClassOf("2026-01-01", "2025-06-01")).toBe("unknown");
    expect(targetGroupClassOf(-1)).toBe("unknown");
    expect(targetGroupClassLabels["under-4"].en).toBe("Under 4");
  });
});

describe("checkAge", () => {
  it("warns about a child outside the target group, in words", () => {
    const issues = checkAge("2011-01-10", "2025-06-01");
    expect(issues).toEqual([{ code: "age.outside-target-group", severity: "warning", path: ["birthDate"], params: { age: 14, minAge: 4, maxAge: 12 } }]);
    expect(formatIssue(issues[0]!)).toBe("Leeftijd 14 valt buiten de doelgroep van 4 t/m 12 jaar.");
    expect(formatIssue(issues[0]!, { lang: "en" })).toBe("Age 14 is outside the target group of 4 to 12 years.");
  });

  it("checks against an activity's own age range", () => {
    expect(checkAge("2017-01-10", "2025-06-01", { range: { minAge: 6, maxAge: 9 } })).toEqual([]);
    const [i] = checkAge("2020-01-10", "2025-06-01", { range: { minAge: 6, maxAge: 9 }, path: ["attendance", 3] });
    expect(i).toMatchObject({ code: "age.outside-activity-range", path: ["attendance", 3], params: { age: 5 } });
    expect(formatIssue(i!)).toBe("Leeftijd 5 valt buiten de leeftijdsgrens van deze activiteit (6 t/m 9 jaar).");
  });

  it("says so when the age cannot be known", () => {
    expect(checkAge(undefined, "2025-06-01")[0]).toMatchObject({ code: "age.unknown", severity: "warning" });
    expect(checkAge("2026-01-01", "2025-06-01")[0]).toMatchObject({ code: "age.before-birth", severity: "error" });
    expect(checkAge("2016-01-01", "2025-06-01")).toEqual([]);
  });
});

describe("one age rule for target-group classes and age bands", () => {
  it("classifies every number the same way as ageBandOf with the default bands", () => {
    const same = (n: number) => {
      const band = ageBandOf(n);
      const cls = targetGroupClassOf(n);
      return band === "unknown" || band === "under-4" || band === "over-12" ? band === cls : cls === "target-group";
    };
    for (const n of [-1, 0, 3, 4, 12, 13, 40, 150, 151, 200, 2.5, Number.NaN, Infinity]) expect(same(n), String(n)).toBe(true);
    expect([targetGroupClassOf(200), ageBandOf(200)]).toEqual(["unknown", "unknown"]);
  });
  it("throws a DateError, not a TypeError, when a birth date comes without a date", () => {
    expect(() => targetGroupClassOf("2015-01-01")).toThrow(expect.objectContaining({ code: "dates.invalid-date" }));
    expect(() => ageBandOf("2015-01-01")).toThrow(expect.objectContaining({ code: "dates.invalid-date" }));
  });
});
