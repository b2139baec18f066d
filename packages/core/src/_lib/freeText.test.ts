import { describe, expect, it } from "vitest";
import { freeText } from "./freeText.js";

const codesOf = (text: string): unknown[] => {
  const r = freeText(100).safeParse(text);
  return r.success ? [] : r.error.issues.map((i) => [(i as { params?: { kw?: string } }).params?.kw, (i as { params?: { kind?: string } }).params?.kind]);
};

describe("freeText", () => {
  it("rejects an IBAN, a birth date and a street address, and not a name (funds are named after people)", () => {
    expect(codesOf("Fonds NL91ABNA0417164300")).toEqual([["value.contains-personal-data", "iban"]]);
    expect(codesOf("Feest geb. 3/2/2016")).toEqual([["value.contains-personal-data", "birthdate"]]);
    expect(codesOf("Club Dorpsstraat 12")).toEqual([["value.contains-personal-data", "address"]]);
    expect(codesOf("Jantje Beton")).toEqual([]);
    expect(codesOf("Knutselen met juf Anna")).toEqual([]);
  });
  it("rejects a full postcode on its own", () => {
    expect(codesOf("5025 KL")).toEqual([["value.contains-personal-data", "postcode"]]);
    expect(codesOf("5025KL")).toEqual([["value.contains-personal-data", "postcode"]]);
  });
  it("rejects text with 8 or more digits in all, whatever their grouping", () => {
    expect(codesOf("Team 1234 5678")).toEqual([["value.contains-personal-data", undefined]]);
    expect(codesOf("06 - 12 - 34 - 56 - 78")).toEqual([["value.contains-personal-data", "phone"]]);
    expect(codesOf("123  456  782")).toEqual([["value.contains-bsn", undefined]]);
  });
  it("keeps names with a few digits and a 4-digit postcode area", () => {
    expect(codesOf("Groenewoud")).toEqual([]);
    expect(codesOf("Wijk 5025")).toEqual([]);
    expect(codesOf("Zomerspelen 2025 groep 7")).toEqual([]);
  });
});
