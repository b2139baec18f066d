import { defaultPillars } from "@kinderwerk/core";
import { describe, expect, it } from "vitest";
import {
  INVALID,
  catalogueLookup,
  codeLookup,
  coerceBoolean,
  coerceCode,
  coerceDate,
  coerceDecimal,
  coerceExcelDate,
  coerceExcelTime,
  coerceInteger,
  coercePostcode,
  coerceTime,
  explainDate,
  splitList,
  trimCell,
} from "./index.js";

describe("dates", () => {
  it("reads every accepted form, day first", () => {
    expect(coerceDate("2015-09-14")).toBe("2015-09-14");
    expect(coerceDate("14-09-2015")).toBe("2015-09-14");
    expect(coerceDate("3-1-2018")).toBe("2018-01-03");
    expect(coerceDate("14/09/2015")).toBe("2015-09-14");
    expect(coerceDate("03/01/2018")).toBe("2018-01-03");
    expect(coerceDate("2025-09-14T10:00:00")).toBe("2025-09-14");
  });
  it("never reads a month first: 09/14/2015 is no date", () => {
    expect(coerceDate("09/14/2015")).toBe(INVALID);
    expect(explainDate("09/14/2015").code).toBe("cell.date.impossible");
  });
  it("rejects impossible dates and tells them from bad forms", () => {
    expect(coerceDate("31-02-2025")).toBe(INVALID);
    expect(coerceDate("2025-02-29")).toBe(INVALID);
    expect(coerceDate("29-02-2024")).toBe("2024-02-29");
    expect(explainDate("31-02-2025")).toEqual({ code: "cell.date.impossible", params: { value: "31-02-2025" } });
    expect(explainDate("gisteren").code).toBe("cell.date.format");
    expect(coerceDate("14-09-15")).toBe(INVALID);
    expect(coerceDate("14.9.2015-")).toBe(INVALID);
  });
  it("reads dates with dots (format version 2), day first", () => {
    expect(coerceDate("14.09.2015")).toBe("2015-09-14");
    expect(coerceDate("3.1.2018")).toBe("2018-01-03");
    expect(coerceDate("31.02.2025")).toBe(INVALID);
    expect(explainDate("31.02.2025").code).toBe("cell.date.impossible");
    expect(coerceDate("14.09-2015")).toBe(INVALID);
  });
  it("refuses a two-digit year with its own reason, in every separator", () => {
    for (const text of ["14-09-15", "14/09/15", "14.09.15", "3-1-18", "3.1.18"]) {
      expect(coerceDate(text)).toBe(INVALID);
      expect(explainDate(text, "birthDate").code).toBe("cell.date.two-digit-year");
    }
    expect(explainDate("14-09-15", "birthDate").params).toEqual({ value: "14-09-15" });
    expect(explainDate("14-09-2015x").code).toBe("cell.date.format");
  });
  it("reads spreadsheet date serials", () => {
    expect(coerceExcelDate("45658")).toBe("2025-01-01");
    expect(coerceExcelDate("0", true)).toBe("1904-01-01");
    expect(coerceExcelDate("abc")).toBe(INVALID);
  });
});

describe("booleans", () => {
  it.each([
    ["true", true], ["false", false], ["ja", true], ["Nee", false], ["yes", true], ["NO", false],
    ["1", true], ["0", false], ["j", true], ["n", false], ["Y", true], ["x", true], ["X", true],
  ])("reads %s as %s", (text, value) => {
    expect(coerceBoolean(text)).toBe(value);
  });
  it("rejects anything else", () => {
    expect(coerceBoolean("misschien")).toBe(INVALID);
    expect(coerceBoolean("2")).toBe(INVALID);
  });
});

describe("numbers", () => {
  it("reads integers and spreadsheet whole numbers", () => {
    expect(coerceInteger("90")).toBe(90);
    expect(coerceInteger("-3")).toBe(-3);
    expect(coerceInteger("12.0")).toBe(12);
    expect(coerceInteger("1,5")).toBe(INVALID);
    expect(coerceInteger("zes")).toBe(INVALID);
    expect(coerceInteger("-")).toBe(INVALID);
  });
  it("reads decimals with a comma or a point", () => {
    expect(coerceDecimal("1,5")).toBe(1.5);
    expect(coerceDecimal("2.25")).toBe(2.25);
    expect(coerceDecimal("-0,5")).toBe(-0.5);
    expect(coerceDecimal("1.000,50")).toBe(INVALID);
    expect(coerceDecimal(",5")).toBe(INVALID);
  });
});

describe("postcodes, times, codes and lists", () => {
  it("keeps the four digits of a postcode", () => {
    expect(coercePostcode("5025")).toBe("5025");
    expect(coercePostcode("5025 KL")).toBe("5025");
    expect(coercePostcode("5025kl")).toBe("5025");
    expect(coercePostcode("0123")).toBe(INVALID);
    expect(coercePostcode("5025 K1")).toBe(INVALID);
    expect(coercePostcode("50251")).toBe(INVALID);
  });
  it("reads times with a colon or a point", () => {
    expect(coerceTime("9:30")).toBe("09:30");
    expect(coerceTime("14.30")).toBe("14:30");
    expect(coerceTime("14:30:00")).toBe("14:30");
    expect(coerceTime("25:00")).toBe(INVALID);
    expect(coerceExcelTime("0.6041666666666666")).toBe("14:30");
  });
  it("finds codes by code or label, ignoring case", () => {
    const gender = codeLookup({ girl: ["meisje", "v", "f"], boy: ["jongen", "m"] });
    expect(coerceCode("Meisje", gender)).toBe("girl");
    expect(coerceCode("M", gender)).toBe("boy");
    expect(coerceCode("F", gender)).toBe("girl");
    expect(coerceCode("q", gender)).toBe(INVALID);
    expect(coerceCode("Leefomgeving", catalogueLookup(defaultPillars))).toBe("environment");
  });
  it("splits lists on | and trims", () => {
    expect(splitList("sport | Gezin||")).toEqual(["sport", "Gezin"]);
    expect(trimCell("\u00a0kw-1 ")).toBe("kw-1");
  });
});

describe("amounts in euros", () => {
  it("reads money as spreadsheets write it", async () => {
    const { coerceEuro, INVALID: bad } = await import("./index.js");
    expect(["€ 12.500,00", "12500", "12.500", "12,500.00", "EUR 12500,00", "12.500,00 €", "12500.00"].map(coerceEuro)).toEqual([12500, 12500, 12500, 12500, 12500, 12500, 12500]);
    expect(coerceEuro("1250,5")).toBe(1250.5);
    expect(coerceEuro("€ -75,25")).toBe(-75.25);
    for (const t of ["1.2.3", "12,5,0", "12.50.0", "€", "twaalf", "1.000.00"]) expect(coerceEuro(t), t).toBe(bad);
  });
});
