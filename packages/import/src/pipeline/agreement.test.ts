// The import and the parse functions give the same verdict on the same record, for every table:
// both are derived from the table's spec in core. Records are generated from the specs' columns,
// with values that are valid, out of range, inconsistent with each other, or missing.
import { TABLE_NAMES, defaultCatalogues, tables, type ColumnSpec, type TableName } from "@kinderwerk/core";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { importTable } from "./index.js";

const DATES = ["2024-02-29", "2025-09-01", "2025-10-01", "2025-10-02", "2025-12-31"];
const IDS = ["kw-0101", "a-1", "b-7", "v-2", "mw-01", "Fatima", "111222333", "0e7b9c3a-5d1f-4c2e-9a8b-7f6e5d4c3b2a", "x".repeat(65)];
const TEXTS = ["Knutselmiddag", "Huilde na het spelen", "bel 06-12345678", "Groenewoud", "BU08550203", "y".repeat(2100)];
const INTEGERS = [-1, 0, 1, 3, 4, 5, 8, 12, 90, 2000];
const DECIMALS = [0, 0.5, 1.5, 8, 24, 25, 12500];

function valuesOf(c: ColumnSpec): fc.Arbitrary<unknown> {
  switch (c.type) {
    case "id":
      return fc.constantFrom(...IDS);
    case "text":
      return fc.constantFrom(...TEXTS);
    case "date":
      return fc.constantFrom(...DATES);
    case "time":
      return fc.constantFrom("09:00", "14:30");
    case "boolean":
      return fc.boolean();
    case "integer":
      return fc.constantFrom(...INTEGERS);
    case "decimal":
    case "euro":
      return fc.constantFrom(...DECIMALS);
    case "postcode":
      return fc.constantFrom("5025", "5025 KL");
    case "code":
      return fc.constantFrom(...Object.keys(c.codes ?? {}));
    case "catalogue":
      return fc.constantFrom(...defaultCatalogues[c.catalogue!].entries.map((e) => e.code));
    case "catalogueList":
      return fc.subarray(defaultCatalogues[c.catalogue!].entries.map((e) => e.code), { maxLength: 3 });
    case "textList":
      return fc.subarray(TEXTS.slice(0, 3));
    case "partners":
      return fc.subarray([{ name: "GGD Hart voor Brabant", sector: "care" }, { name: "Bibliotheek" }, { name: "OBS De Vlinder", sector: "education" }]);
  }
}

/** A record of a table: each column present (mostly, when required) or left out. */
function recordOf(table: TableName): fc.Arbitrary<Record<string, unknown>> {
  const entries = tables[table].columns.map((c) =>
    fc.option(valuesOf(c), { nil: undefined, freq: c.required ? 12 : 2 }).map((v) => [c.field, v] as const),
  );
  return fc.tuple(...entries).map((pairs) => Object.fromEntries(pairs.filter(([, v]) => v !== undefined)));
}

const codes = (issues: readonly { code: string; path: readonly (string | number)[] }[]): string[] =>
  issues.map((i) => `${i.code}@${String(i.path[0] ?? "")}`).sort();

describe("the import and the parse functions agree", () => {
  for (const table of TABLE_NAMES) {
    it(`on every generated ${table} record`, async () => {
      let accepted = 0;
      let rejected = 0;
      await fc.assert(
        fc.asyncProperty(recordOf(table), async (record) => {
          const parsed = tables[table].parse(record);
          const imported = await importTable(JSON.stringify([record]), { table, format: "json" });
          expect(imported.counts.rows).toBe(1);
          expect(imported.records.length === 1, JSON.stringify(record)).toBe(parsed.ok);
          expect(codes(imported.issues)).toEqual(codes(parsed.issues));
          if (parsed.ok) {
            accepted++;
            expect(imported.records[0]).toEqual(parsed.value);
          } else rejected++;
        }),
        { numRuns: 300, seed: 20261207 },
      );
      // Both verdicts occur, so the agreement is not vacuous.
      expect(accepted).toBeGreaterThan(0);
      expect(rejected).toBeGreaterThan(0);
    });
  }
});
