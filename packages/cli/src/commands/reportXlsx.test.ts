// `kinderwerk report --format xlsx`: the workbook read back with @kinderwerk/import's own XLSX
// reader, which did not write it (ExcelJS did), sheet by sheet, against the JSON report of the
// same run.

import { readFileSync } from "node:fs";
import { join } from "node:path";
import { readTable } from "@kinderwerk/import";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ensureBuilt, kw, tempFolder } from "../_test/cli.js";

let tmp: { dir: string; remove: () => void };
const at = (...p: string[]) => join(tmp.dir, ...p);
const RUN = ["report", "demo", "--year", "2025", "--compare-previous", "--generated-at", "2026-01-15T10:00:00Z", "--budget", "120000", "--population", "2400"];

interface Doc {
  indicators: { id: string; value?: number | null; suppressed?: boolean; suppressedBy?: string; rows?: { key: string; value: number | null; suppressed: boolean; suppressedBy?: string }[] }[];
}

/** A sheet of the workbook, as the import reads it: the header and the rows' cells. */
async function sheet(bytes: Uint8Array, name: string): Promise<{ header: string[]; rows: string[][]; kinds: (string | undefined)[][] }> {
  const read = await readTable(bytes, { name: "rapport.xlsx", sheet: name });
  if (!read.ok) throw new Error(`sheet ${name}: ${read.issues.map((i) => i.code).join(", ")}`);
  return { header: read.value.header.cells, rows: read.value.rows.map((r) => r.cells), kinds: read.value.rows.map((r) => [...(r.kinds ?? [])]) };
}

beforeAll(() => {
  ensureBuilt();
  tmp = tempFolder();
  expect(kw(["demo", "--out", "demo", "--seed", "7"], tmp.dir).status).toBe(0);
}, 120_000);
afterAll(() => tmp.remove());

describe("kinderwerk report --format xlsx", () => {
  // "< 5" only where the primary rule hid a count; a cell hidden to protect another may be 10 or 12.
  const words = (rule: string | undefined): string => (rule === "primary" ? "afgeschermd (< 5)" : rule === "basis" ? "afgeschermd (n < 5)" : "afgeschermd");

  it("writes a workbook whose figures are the report's, numbers as numbers, suppressed cells as words", async () => {
    const r = kw([...RUN, "--format", "xlsx", "--out", "rapport.xlsx"], tmp.dir);
    expect(r.status, r.stderr).toBe(0);
    const doc = JSON.parse(kw([...RUN, "--format", "json"], tmp.dir).stdout) as Doc;
    const bytes = new Uint8Array(readFileSync(at("rapport.xlsx")));
    expect([...bytes.subarray(0, 2)]).toEqual([0x50, 0x4b]);

    const figures = await sheet(bytes, "Kerncijfers");
    expect(figures.header).toEqual(["Indicator", "Waarde", "Eenheid", "Vorige periode", "Verschil", "Verschil in %", "Indicator-id"]);
    const byId = new Map(figures.rows.map((row) => [row[6], row]));
    const scalars = doc.indicators.filter((i) => i.rows === undefined);
    expect(figures.rows).toHaveLength(scalars.length);
    for (const i of scalars) {
      const at = figures.rows.findIndex((row) => row[6] === i.id);
      // The import gives a cell's value as text, and its kind: a figure is a number cell.
      expect(figures.rows[at]![1], i.id).toBe(i.suppressed ? words(i.suppressedBy) : i.value === null ? "niet te berekenen" : String(i.value));
      expect(figures.kinds[at]![1], i.id).toBe(i.suppressed || i.value === null ? "string" : "number");
    }
    expect(byId.get("costPerChild")![2]).toBe("euro");

    const byGender = await sheet(bytes, "Bereik naar geslacht");
    const gender = doc.indicators.find((i) => i.id === "reach.byGender")!;
    expect(byGender.rows.map((row) => [row.at(-1), row[1]])).toEqual(gender.rows!.map((row) => [row.key, row.suppressed ? words(row.suppressedBy) : String(row.value)]));
    const definitions = await sheet(bytes, "Definities");
    expect(definitions.rows.map((row) => row[2])).toContain("reach");
  });

  it("speaks English with --lang en, and asks for --out rather than writing bytes to the terminal", async () => {
    expect(kw([...RUN, "--format", "xlsx", "--out", "report.xlsx", "--lang", "en"], tmp.dir).status).toBe(0);
    const figures = await sheet(new Uint8Array(readFileSync(at("report.xlsx"))), "Key figures");
    expect(figures.header[0]).toBe("Indicator");
    expect(figures.rows.find((row) => row.at(-1) === "reach")?.[0]).toBe("Reach");
    const none = kw([...RUN, "--format", "xlsx"], tmp.dir);
    expect(none.status).toBe(2);
    expect(none.stdout).toBe("");
    expect(none.stderr).toBe("kinderwerk: --format xlsx schrijft een bestand: geef het met --out (bijvoorbeeld --out rapport.xlsx)\n");
  });
});
