import { scanPersonalData } from "@kinderwerk/core";
import { describe, expect, it } from "vitest";
import { names } from "./index.js";

describe("names", () => {
  it("holds thousands of first names and surnames, in lower case", () => {
    expect(names.firstNames.size).toBeGreaterThan(3000);
    expect(names.surnames.size).toBeGreaterThan(1000);
    for (const n of [...names.firstNames, ...names.surnames]) expect(n).toBe(n.toLowerCase());
    for (const n of ["wiktoria", "mehmet", "jerrel", "filmon", "mohammed", "sanne"]) expect(names.firstNames.has(n), n).toBe(true);
  });
  it("marks the names that are ordinary Dutch words, and lets the scan find them only with a capital", () => {
    expect(names.commonWords.has("fleur")).toBe(true);
    expect(scanPersonalData("met fleur gespeeld", { names })).toEqual([]);
    expect(scanPersonalData("met Fleur gespeeld", { names })).toEqual([{ kind: "name", start: 4, end: 9 }]);
  });
  it("finds, with the list, names core's small list does not know", () => {
    expect(scanPersonalData("aurelia was er niet")).toEqual([]);
    expect(scanPersonalData("aurelia was er niet", { names })).toEqual([]); // "aurelia" is also a Dutch word
    expect(scanPersonalData("Aurelia was er niet", { names })).toEqual([{ kind: "name", start: 0, end: 7 }]);
    expect(scanPersonalData("grzegorz was er niet")).toEqual([]);
    expect(scanPersonalData("grzegorz was er niet", { names })).toEqual([{ kind: "name", start: 0, end: 8 }]);
  });
});
