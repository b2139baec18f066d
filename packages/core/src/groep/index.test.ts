import { describe, expect, it } from "vitest";
import { estimateGroep, Groep, groepLabel, schoolPhaseLabels, schoolPhaseOf } from "./index.js";

describe("groep", () => {
  it("accepts only the whole numbers 1 to 8", () => {
    expect([1, 8].map((g) => Groep.safeParse(g).success)).toEqual([true, true]);
    expect([0, 9, 4.5, "5", null, Number.NaN].map((g) => Groep.safeParse(g).success)).toEqual([false, false, false, false, false, false]);
  });

  it("knows the school phases", () => {
    expect(([1, 2, 3, 5, 6, 8] as const).map(schoolPhaseOf)).toEqual(["onderbouw", "onderbouw", "middenbouw", "middenbouw", "bovenbouw", "bovenbouw"]);
    expect(schoolPhaseLabels.middenbouw.nl).toBe("Middenbouw (groep 3–5)");
    expect(groepLabel(5)).toBe("Groep 5");
    expect(schoolPhaseOf(9)).toBeUndefined();
    expect(schoolPhaseOf("5")).toBeUndefined();
  });

  it("estimates a groep from the age on 1 October, and says it is an estimate", () => {
    expect(estimateGroep("2016-05-10", "2025-09-01")).toEqual({ groep: 6, estimated: true, basis: "age-on-1-october", schoolYear: "2025-2026" });
    // Same school year, same estimate, whatever the date within it.
    expect(estimateGroep("2016-05-10", "2026-07-31")?.groep).toBe(6);
    // Turning 4 on 1 October counts; a day later does not.
    expect(estimateGroep("2021-10-01", "2025-08-01")?.groep).toBe(1);
    expect(estimateGroep("2021-10-02", "2025-08-01")).toBeUndefined();
    expect(estimateGroep("2014-10-01", "2025-08-01")?.groep).toBe(8);
    expect(estimateGroep("2014-10-02", "2025-08-01")?.groep).toBe(7);
    // 12 on 1 October is past groep 8.
    expect(estimateGroep("2013-10-01", "2025-08-01")).toBeUndefined();
    expect(estimateGroep("nonsense", "2025-08-01")).toBeUndefined();
  });
});
