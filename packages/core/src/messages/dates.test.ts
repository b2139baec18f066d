import { describe, expect, it } from "vitest";
import { issue } from "../issues/issue.js";
import { LANGS } from "../issues/lang.js";
import { datesMessages, formatIssue } from "./index.js";

describe("dates messages", () => {
  it("has Dutch and English for every code, and names no code in the words", () => {
    for (const [code, entry] of Object.entries(datesMessages)) {
      for (const lang of LANGS) {
        const text = entry[lang]({ kind: "herfst", other: "kerst", region: "noord", schoolYear: "2025-2026", age: 14, minAge: 4, maxAge: 12, key: "a", value: "x", from: "2025-10-18" }, issue(code));
        expect(text.length).toBeGreaterThan(10);
        expect(text).not.toContain(code);
      }
    }
  });

  it("names holidays and regions by their labels", () => {
    const i = issue("holidays.overlap", [], { kind: "herfst", other: "kerst", region: "zuid", schoolYear: "2028-2029" });
    expect(formatIssue(i)).toBe("De herfstvakantie en de kerstvakantie overlappen in regio Zuid (schooljaar 2028-2029).");
    expect(formatIssue(i, { lang: "en" })).toBe("The autumn half-term and the Christmas holiday overlap in region South (school year 2028-2029).");
  });
});
