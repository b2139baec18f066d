// Workbooks whose first sheet explains how to fill them in, through the built command: the sheet
// that holds the table is read (format version 2), `--sheet` chooses one by name or number, and a
// workbook where no sheet holds the table, or two do, never passes silently.

import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ensureBuilt, kw, tempFolder } from "../_test/cli.js";
import { KINDEREN, TOELICHTING, workbook } from "../_test/xlsx.js";

const SAMPLE = fileURLToPath(new URL("../../../../fixtures/samples/werkmap-met-toelichting", import.meta.url));
const GEN = ["--generated-at", "2026-01-15T09:00:00Z"];
let tmp: { dir: string; remove: () => void };
const at = (...p: string[]) => join(tmp.dir, ...p);

interface ValidatedFile {
  path: string;
  table: string;
  rows: number;
  accepted: number;
  rejected: number;
  issues: { code: string }[];
}
/** The files of `validate --format json` by file name. */
const byFile = (r: { stdout: string }): Record<string, ValidatedFile> =>
  Object.fromEntries((JSON.parse(r.stdout) as { files: ValidatedFile[] }).files.map((f) => [f.path.split(/[\\/]/).pop()!, f]));

beforeAll(async () => {
  ensureBuilt();
  tmp = tempFolder();
  mkdirSync(at("alleen-toelichting"));
  // A workbook whose first sheet is a title only and whose data sheet lacks a required column: no
  // sheet holds the table, so the first is read, and it has no data rows at all.
  const withoutBirthDates = { name: "Gegevens", rows: KINDEREN.rows.map((r) => [r[0]!, r[2]!, r[3]!]) };
  writeFileSync(at("alleen-toelichting", "kinderen.xlsx"), await workbook([{ name: "Toelichting", rows: [["Toelichting bij het invullen"]] }, withoutBirthDates]));
  mkdirSync(at("twee-bladen"));
  writeFileSync(at("twee-bladen", "kinderen.xlsx"), await workbook([TOELICHTING, { ...KINDEREN, name: "Kinderen 2024" }, { ...KINDEREN, name: "Kinderen 2025" }]));
  mkdirSync(at("excel"));
  writeFileSync(at("excel", "kinderen-2025.xlsx"), await workbook([TOELICHTING, { ...KINDEREN, name: "Gegevens 2025" }]));
}, 120_000);
afterAll(() => tmp.remove());

describe("kinderwerk validate --sheet", () => {
  it("reads the data sheet of a workbook whose first sheet is Toelichting", () => {
    const r = kw(["validate", SAMPLE, "--sheet", "Kinderen", "--format", "json"], tmp.dir);
    expect(r.status).toBe(0);
    expect(r.stderr).toBe("");
    expect(byFile(r)["kinderen.xlsx"]).toMatchObject({ table: "children", rows: 5, accepted: 5, rejected: 0, issues: [] });
    // The CSV files beside it are read as ever; the references to the children hold.
    expect(byFile(r)["aanwezigheid.csv"]).toMatchObject({ rows: 10, accepted: 10 });
  });

  it("matches the sheet's name whatever its case, and a name with a year in it", () => {
    expect(kw(["validate", join(SAMPLE, "kinderen.xlsx"), "--sheet", "kinderen"], tmp.dir).status).toBe(0);
    const r = kw(["validate", "excel", "--sheet", "Gegevens 2025", "--format", "json"], tmp.dir);
    expect(r.status).toBe(0);
    expect(byFile(r)["kinderen-2025.xlsx"]).toMatchObject({ rows: 5, accepted: 5 });
  });

  it("without --sheet, reads the sheet that holds the table, passing the instructions by", () => {
    const r = kw(["validate", SAMPLE, "--format", "json"], tmp.dir);
    expect(r.stderr).toBe("");
    expect(r.status).toBe(0);
    expect(byFile(r)["kinderen.xlsx"]).toMatchObject({ table: "children", rows: 5, accepted: 5, rejected: 0, issues: [] });
    const en = kw(["validate", "excel", "--lang", "en", "--format", "json"], tmp.dir);
    expect(en.status).toBe(0);
    expect(byFile(en)["kinderen-2025.xlsx"]).toMatchObject({ rows: 5, accepted: 5 });
  });

  it("chooses a sheet by its number", () => {
    const r = kw(["validate", join(SAMPLE, "kinderen.xlsx"), "--sheet", "2", "--format", "json"], tmp.dir);
    expect(r.status).toBe(0);
    expect(byFile(r)["kinderen.xlsx"]).toMatchObject({ rows: 5, accepted: 5 });
    // The first sheet, asked for, is the instructions: never all rows accepted.
    const first = kw(["validate", join(SAMPLE, "kinderen.xlsx"), "--sheet", "1", "--format", "json"], tmp.dir);
    expect(first.status).toBe(1);
    expect(byFile(first)["kinderen.xlsx"]!.accepted).toBe(0);
  });

  it("when no sheet holds the table, fails the first sheet read (no data rows) and names the others", () => {
    const r = kw(["validate", "alleen-toelichting", "--format", "json"], tmp.dir);
    expect(r.status).toBe(1);
    const f = byFile(r)["kinderen.xlsx"]!;
    expect(f).toMatchObject({ rows: 0, accepted: 0, rejected: 0 });
    expect(f.issues.map((i) => i.code)).toContain("file.no-rows");
    expect(r.stderr).toContain('het bestand heeft ook "Gegevens": kies er een met --sheet');
  });

  it("when two sheets hold the table, reads neither and names both", () => {
    const r = kw(["validate", "twee-bladen"], tmp.dir);
    expect(r.status).toBe(2);
    expect(r.stderr).toBe(`kinderwerk: ${at("twee-bladen", "kinderen.xlsx")} kan niet gelezen worden: Meer dan één werkblad heeft de kolommen van een tabel: Kinderen 2024, Kinderen 2025. Kies het werkblad (sheet).\n`);
    const chosen = kw(["validate", "twee-bladen", "--sheet", "Kinderen 2025", "--format", "json"], tmp.dir);
    expect(chosen.status).toBe(0);
  });

  it("stops with exit 2 and the sheets there are when --sheet names none of them", () => {
    const r = kw(["validate", join(SAMPLE, "kinderen.xlsx"), "--sheet", "Blad1"], tmp.dir);
    expect(r.status).toBe(2);
    expect(r.stderr).toBe(`kinderwerk: ${join(SAMPLE, "kinderen.xlsx")} kan niet gelezen worden: Werkblad "Blad1" bestaat niet. Wel: Toelichting, Kinderen.\n`);
  });
});

/** The sample's four sessions cover a small part of 2025: the one line a report on it prints on stderr. */
const PARTLY_COVERED = /^kinderwerk: De periode \(2025-01-01 t\/m 2025-12-31\) valt maar voor een deel binnen de gegevens [^\n]*\n$/;

describe("kinderwerk report and capacity --sheet", () => {
  it("reports on the data sheet with --sheet", () => {
    const r = kw(["report", SAMPLE, "--year", "2025", "--suppress", "0", "--sheet", "Kinderen", ...GEN], tmp.dir);
    expect(r.stderr).toMatch(PARTLY_COVERED);
    expect(r.status).toBe(0);
    const indicators = (JSON.parse(r.stdout) as { indicators: { id: string; value?: number }[] }).indicators;
    expect(indicators.find((i) => i.id === "reach")?.value).toBe(5);
    expect(indicators.find((i) => i.id === "sessions")?.value).toBe(4);
  });

  it("without --sheet, reports on the sheet that holds the table", () => {
    const r = kw(["report", SAMPLE, "--year", "2025", "--suppress", "0", ...GEN], tmp.dir);
    expect(r.stderr).toMatch(PARTLY_COVERED);
    expect(r.status).toBe(0);
    const doc = JSON.parse(r.stdout) as { indicators: { id: string; value?: number }[] };
    expect(doc.indicators.find((i) => i.id === "reach")?.value).toBe(5);
  });

  it("when no sheet holds the table, report and capacity fail and name the other sheets", () => {
    // No sessions or attendance there either: capacity names them and exits 1.
    const report = kw(["report", "alleen-toelichting", "--year", "2025", ...GEN], tmp.dir);
    expect(report.status).toBe(1);
    expect(report.stderr).toContain("1 bestand(en) niet in orde");
    const capacity = kw(["capacity", "alleen-toelichting", "--year", "2025", "--lang", "en"], tmp.dir);
    expect(capacity.status).toBe(1);
    expect(capacity.stderr).toContain("choose one with --sheet");
  });

  it("plans capacity on the data sheet with --sheet", () => {
    const r = kw(["capacity", SAMPLE, "--from", "2025-03-01", "--to", "2025-03-31", "--sheet", "Kinderen", "--format", "json"], tmp.dir);
    expect(r.stderr).toBe("");
    expect(r.status).toBe(0);
    expect((JSON.parse(r.stdout) as { total: { sessions: number; children: number } }).total).toMatchObject({ sessions: 4, children: 9 });
  });
});
