import { describe, expect, it } from "vitest";
import { tableFromFileName, tableFromOption } from "./tables.js";

describe("tableFromFileName", () => {
  it("reads Dutch and English names, with qualifiers and folders", () => {
    expect(tableFromFileName("/data/kinderen-excel-nl.csv")).toBe("children");
    expect(tableFromFileName("Aanwezigheid.xlsx")).toBe("attendance");
    expect(tableFromFileName("export_sessions_2025.ndjson")).toBe("sessions");
    expect(tableFromFileName("verwijzingen.json")).toBe("referrals");
  });

  it("names no table for a file without a table word", () => {
    expect(tableFromFileName("export.csv")).toBeUndefined();
  });
});

describe("tableFromOption", () => {
  it("accepts the English and the Dutch table name", () => {
    expect(tableFromOption("signalen")).toBe("signals");
    expect(tableFromOption("Activities")).toBe("activities");
    expect(tableFromOption("kids")).toBeUndefined();
  });
});
