import { describe, expect, it } from "vitest";
import { ageBandKeys, ageBandLabel, ageBandOf, createAgeBands } from "./index.js";

describe("age bands", () => {
  it("puts ages in the default bands and names the outside ones", () => {
    expect([0, 3, 4, 6, 7, 9, 10, 12, 13, 40].map((a) => ageBandOf(a))).toEqual([
      "under-4", "under-4", "4-6", "4-6", "7-9", "7-9", "10-12", "10-12", "over-12", "over-12",
    ]);
    expect(ageBandOf(2.5)).toBe("unknown");
  });

  it("uses the age on the date for a birth date, 29 February included", () => {
    expect(ageBandOf("2018-03-01", "2025-09-01")).toBe("7-9");
    expect(ageBandOf("2016-02-29", "2023-02-28")).toBe("4-6");
    expect(ageBandOf("2016-02-29", "2023-03-01")).toBe("7-9");
    expect(ageBandOf("31-02-2018", "2025-09-01")).toBe("unknown");
    expect(ageBandOf(undefined, "2025-09-01")).toBe("unknown");
    expect(ageBandOf("2026-01-01", "2025-09-01")).toBe("unknown");
    expect(() => ageBandOf("2018-03-01")).toThrow(expect.objectContaining({ code: "dates.invalid-date" }));
  });

  it("lists every key in report order, with labels", () => {
    expect(ageBandKeys()).toEqual(["under-4", "4-6", "7-9", "10-12", "over-12", "unknown"]);
    expect(ageBandKeys().map((k) => ageBandLabel(k))).toEqual([
      "Jonger dan 4 jaar", "4 t/m 6 jaar", "7 t/m 9 jaar", "10 t/m 12 jaar", "Ouder dan 12 jaar", "Leeftijd onbekend",
    ]);
    expect(ageBandLabel("7-9", "en")).toBe("7 to 9 years");
  });

  it("accepts configured bands and names the outside keys after them", () => {
    const r = createAgeBands([
      { key: "young", minAge: 4, maxAge: 7, label: { nl: "Jong", en: "Young" } },
      { key: "old", minAge: 8, maxAge: 14 },
    ]);
    if (!r.ok) throw new Error(JSON.stringify(r.issues));
    expect(ageBandOf(13, undefined, r.value)).toBe("old");
    expect(ageBandOf(15, undefined, r.value)).toBe("over-14");
    expect(ageBandKeys(r.value)).toEqual(["under-4", "young", "old", "over-14", "unknown"]);
    expect(ageBandLabel("young", "en", r.value)).toBe("Young");
  });

  it("rejects duplicate keys, overlaps, gaps, reversed and out-of-range bands", () => {
    const codes = (input: unknown) => {
      const r = createAgeBands(input);
      return r.ok ? [] : r.issues.map((i) => [i.code, i.path.join(".")]);
    };
    expect(codes([{ key: "a", minAge: 4, maxAge: 6 }, { key: "a", minAge: 7, maxAge: 9 }])).toEqual([["ageBands.duplicate-key", "1.key"]]);
    expect(codes([{ key: "a", minAge: 4, maxAge: 8 }, { key: "b", minAge: 8, maxAge: 12 }])).toEqual([["ageBands.overlap", "1.minAge"]]);
    expect(codes([{ key: "a", minAge: 4, maxAge: 6 }, { key: "b", minAge: 8, maxAge: 12 }])).toEqual([["ageBands.gap", "1.minAge"]]);
    expect(codes([{ key: "a", minAge: 9, maxAge: 6 }])).toEqual([["ageBands.reversed", "0.maxAge"]]);
    expect(codes([{ key: "a", minAge: 4, maxAge: 31 }])).toEqual([["value.too-big", "0.maxAge"]]);
    expect(codes([{ key: "a", minAge: 4.5, maxAge: 6 }])[0]?.[0]).toBe("value.type");
    expect(codes([{ key: "unknown", minAge: 4, maxAge: 6 }])).toEqual([["ageBands.reserved-key", "0.key"]]);
    expect(codes([])).toEqual([["value.too-few", ""]]);
  });
});
