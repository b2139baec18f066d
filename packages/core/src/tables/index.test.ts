import { describe, expect, it } from "vitest";
import { TABLE_NAMES, tableFromName, tables } from "./index.js";

describe("tables", () => {
  it("knows the tables by English and Dutch file names with every extension", () => {
    expect(tableFromName("children.csv")).toBe("children");
    expect(tableFromName("data/Aanwezigheid.CSV")).toBe("attendance");
    expect(tableFromName("activiteiten.xlsx")).toBe("activities");
    expect(tableFromName("bijeenkomsten.tsv")).toBe("sessions");
    expect(tableFromName("signalen.ndjson")).toBe("signals");
    expect(tableFromName("verwijzingen.jsonl")).toBe("referrals");
    expect(tableFromName("kinderen.json")).toBe("children");
    expect(tableFromName("kinderen.txt")).toBe("children");
    expect(tableFromName("kinderen-excel-nl.csv")).toBe("children");
    expect(tableFromName("export.csv")).toBeUndefined();
    expect(tableFromName("kinderen-en-signalen.csv")).toBeUndefined();
  });
  it("gives every column a Dutch alias and a rule in both languages", () => {
    for (const name of TABLE_NAMES) {
      for (const c of tables[name].columns) {
        expect(c.aliases.length, `${name}.${c.field}`).toBeGreaterThan(0);
        expect(c.rule.nl.length).toBeGreaterThan(3);
        expect(c.rule.en.length).toBeGreaterThan(3);
      }
    }
  });
  it("has a column for every field of the core schema", () => {
    for (const name of TABLE_NAMES) {
      const shape = Object.keys((tables[name].schema as unknown as { shape: Record<string, unknown> }).shape);
      expect(tables[name].columns.map((c) => c.field).sort(), name).toEqual(shape.sort());
    }
  });
});
