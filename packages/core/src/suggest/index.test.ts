import { describe, expect, it } from "vitest";
import { closestWord } from "./index.js";

const OPTIONS = ["table", "format", "rejects", "max-issues", "sheet", "lang", "quiet", "help", "year", "out"];

describe("closestWord", () => {
  it("finds the word meant with one letter left out, added, changed or two swapped", () => {
    expect(closestWord("rejcts", OPTIONS)).toBe("rejects");
    expect(closestWord("rejectss", OPTIONS)).toBe("rejects");
    expect(closestWord("formst", OPTIONS)).toBe("format");
    expect(closestWord("yaer", OPTIONS)).toBe("year");
    expect(closestWord("qiuet", OPTIONS)).toBe("quiet");
  });

  it("compares without regard to case", () => {
    expect(closestWord("SHEET", OPTIONS)).toBe("sheet");
  });

  it("allows one edit in a word of up to four letters and about a third of a longer one", () => {
    expect(closestWord("lnag", OPTIONS)).toBe("lang");
    expect(closestWord("xxng", OPTIONS)).toBeUndefined();
    expect(closestWord("maxisues", OPTIONS)).toBe("max-issues");
    expect(closestWord("zzzzzz", OPTIONS)).toBeUndefined();
  });

  it("suggests nothing for a single letter", () => {
    expect(closestWord("o", OPTIONS)).toBeUndefined();
  });
});

describe("closestWord with a normalisation", () => {
  it("compares as normalised and returns the known word as written", () => {
    const squeeze = (t: string): string => t.toLowerCase().replace(/[\s_-]/g, "");
    expect(closestWord("Geboorte datun", ["kindId", "geboortedatum", "geslacht"], squeeze)).toBe("geboortedatum");
    expect(closestWord("Kind_ID", ["childId", "kindId"], squeeze)).toBe("kindId");
  });
});
