import { describe, expect, it } from "vitest";
import { SchoolYearId, parseSchoolYear, schoolYearOf, schoolYearsIn } from "./index.js";

describe("school years", () => {
  it("puts a date in the school year from 1 August to 31 July", () => {
    expect(schoolYearOf("2025-09-01")).toEqual({ id: "2025-2026", startYear: 2025, from: "2025-08-01", to: "2026-07-31" });
    expect(schoolYearOf("2025-08-01").id).toBe("2025-2026");
    expect(schoolYearOf("2025-07-31").id).toBe("2024-2025");
    expect(schoolYearOf("2026-01-01").id).toBe("2025-2026");
    expect(schoolYearOf("2024-02-29").id).toBe("2023-2024");
  });

  it("reads the ways people write a school year", () => {
    for (const text of ["2025-2026", "2025-26", "2025/2026", "2025/26", " 2025 - 26 "]) {
      const r = parseSchoolYear(text);
      expect(r.ok && r.value.id).toBe("2025-2026");
    }
    expect(parseSchoolYear("1999-00").ok && parseSchoolYear("1999-00")).toMatchObject({ value: { id: "1999-2000" } });
  });

  it("rejects a school year whose years do not follow each other", () => {
    for (const text of ["2025-2027", "2025-25", "2025", "25-26", "abc"]) {
      const r = parseSchoolYear(text);
      expect(r.ok).toBe(false);
      expect(r.issues[0]?.code).toBe("schoolYear.invalid");
    }
    expect(SchoolYearId.safeParse("2025-2026").success).toBe(true);
    expect(SchoolYearId.safeParse("2025-26").success).toBe(false);
  });

  it("lists the school years a range touches", () => {
    expect(schoolYearsIn({ from: "2025-07-01", to: "2025-09-01" }).map((y) => y.id)).toEqual(["2024-2025", "2025-2026"]);
    expect(schoolYearsIn({ from: "2025-08-01", to: "2026-07-31" }).map((y) => y.id)).toEqual(["2025-2026"]);
  });
});
