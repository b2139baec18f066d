// Files as other tools write them, through the built command: dates under other regional
// settings, an NDJSON export with a broken line, the rejects file of a workbook as a workbook, and a
// workbook that is a zip bomb.

import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import ExcelJS from "exceljs";
import { unzipSync, zipSync } from "fflate";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ensureBuilt, kw, tempFolder } from "../_test/cli.js";
import { KINDEREN, TOELICHTING, workbook } from "../_test/xlsx.js";

const SAMPLES = fileURLToPath(new URL("../../../../fixtures/samples", import.meta.url));
let tmp: { dir: string; remove: () => void };
const at = (...p: string[]) => join(tmp.dir, ...p);

interface ValidatedFile {
  rows: number;
  accepted: number;
  rejected: number;
  issues: { row: number | null; code: string; message: string }[];
}
const onlyFile = (r: { stdout: string }): ValidatedFile => (JSON.parse(r.stdout) as { files: ValidatedFile[] }).files[0]!;

/** The rows of a workbook's first sheet as ExcelJS reads them. */
async function sheetRows(bytes: Buffer): Promise<unknown[][]> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(bytes as unknown as ArrayBuffer);
  const rows: unknown[][] = [];
  book.worksheets[0]!.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
  return rows;
}

beforeAll(async () => {
  ensureBuilt();
  tmp = tempFolder();
  mkdirSync(at("werkmap"));
  const bad = { ...KINDEREN, rows: [...KINDEREN.rows.slice(0, 3), ["kw-0199", new Date(Date.UTC(2016, 2, 14)), "mijsje", "Noord"]] };
  writeFileSync(at("werkmap", "kinderen.xlsx"), await workbook([TOELICHTING, bad]));
}, 120_000);
afterAll(() => tmp.remove());

describe("dates as Excel writes them under other regional settings", () => {
  it("reads dd.mm.jjjj and d.m.jjjj, and rejects two-digit years and impossible dates with their reasons", () => {
    const r = kw(["validate", join(SAMPLES, "datums-excel", "kinderen.csv"), "--format", "json"], tmp.dir);
    expect(r.status).toBe(1);
    const f = onlyFile(r);
    expect(f).toMatchObject({ rows: 7, accepted: 4, rejected: 3 });
    expect(f.issues.map((i) => [i.row, i.code])).toEqual([
      [4, "cell.date.two-digit-year"],
      [7, "cell.date.impossible"],
      [8, "cell.date.two-digit-year"],
    ]);
    expect(f.issues[0]!.message).toContain("jaartal van twee cijfers");
  });
});

describe("an NDJSON export with a line nested too deep and a line cut off", () => {
  it("rejects those two lines and reads the lines around them", () => {
    const r = kw(["validate", join(SAMPLES, "ndjson-export", "kinderen.ndjson"), "--format", "json", "--lang", "en"], tmp.dir);
    expect(r.status).toBe(1);
    const f = onlyFile(r);
    expect(f).toMatchObject({ rows: 4, accepted: 2, rejected: 2 });
    expect(f.issues.filter((i) => i.code !== "header.unknown-column").map((i) => [i.row, i.code])).toEqual([
      [2, "json.too-deep"],
      [4, "ndjson.invalid-line"],
    ]);
  });
});

describe("the rejects file of a workbook", () => {
  it("is a workbook, in a rejects folder as in a file named .xlsx, that ExcelJS opens", async () => {
    const r = kw(["validate", at("werkmap"), "--rejects", at("afgekeurd") + "/"], tmp.dir);
    expect(r.status).toBe(1);
    const folderFile = at("afgekeurd", "kinderen.afgekeurd.xlsx");
    expect(existsSync(folderFile)).toBe(true);
    const rows = await sheetRows(readFileSync(folderFile));
    expect(rows[0]).toEqual(["importfouten", "kindId", "geboortedatum", "geslacht", "wijk"]);
    expect(rows).toHaveLength(2);
    expect(rows[1]!.slice(1)).toEqual(["kw-0199", new Date(Date.UTC(2016, 2, 14)), "mijsje", "Noord"]);
    expect(String(rows[1]![0])).toMatch(/^Rij 4: kolom geslacht: /);
  });

  it("is CSV when the rejects file is named .csv, and a workbook for a CSV input named .xlsx", async () => {
    expect(kw(["validate", at("werkmap", "kinderen.xlsx"), "--rejects", at("kinderen-fout.csv")], tmp.dir).status).toBe(1);
    expect(readFileSync(at("kinderen-fout.csv"), "utf8")).toMatch(/^\uFEFFimportfouten;kindId;geboortedatum;geslacht;wijk\r\n/);
    expect(kw(["validate", join(SAMPLES, "datums-excel", "kinderen.csv"), "--rejects", at("datums-fout.xlsx")], tmp.dir).status).toBe(1);
    const rows = await sheetRows(readFileSync(at("datums-fout.xlsx")));
    expect(rows.map((r) => r[1])).toEqual(["kindId", "kw-2103", "kw-2106", "kw-2107"]);
  });
});

describe("a table in several files (kinderen-2024.csv and kinderen-2025.csv)", () => {
  it("checks keys and references across the files: a repeat is named with its file, a conflict is rejected", () => {
    const r = kw(["validate", join(SAMPLES, "excel-nl-per-jaar"), "--format", "json"], tmp.dir);
    expect(r.status).toBe(1);
    const files = Object.fromEntries((JSON.parse(r.stdout) as { files: (ValidatedFile & { path: string })[] }).files.map((f) => [f.path.split(/[\\/]/).pop()!, f]));
    expect(files["kinderen-2024.csv"]).toMatchObject({ rows: 5, accepted: 4, rejected: 1 });
    expect(files["kinderen-2025.csv"]).toMatchObject({ rows: 5, accepted: 3, rejected: 2 });
    expect(files["kinderen-2025.csv"]!.issues.map((i) => [i.row, i.code])).toEqual([
      [2, "dataset.duplicate-id"],
      [3, "dataset.conflicting-duplicate"],
      [6, "cell.date.format"],
    ]);
    expect(files["kinderen-2025.csv"]!.issues[0]!.message).toContain("eerder in kinderen-2024.csv, rij 3");
    // Attendance points into both children's files: only the child that is in neither is unknown.
    expect(files["aanwezigheid.csv"]!.issues.filter((i) => i.code === "dataset.unknown-reference")).toHaveLength(2);
    const all = Object.values(files);
    expect(all.reduce((n, f) => n + f.rows, 0)).toBe(all.reduce((n, f) => n + f.accepted + f.rejected, 0));
  });
});

describe("a workbook whose sheet unpacks to far more than its zip says (a zip bomb)", () => {
  it("is refused as soon as the sheet passes its declared size, with the reason, and the run stops", async () => {
    // ExcelJS's workbook with its sheet swapped for 64 MiB of blanks that the zip says are 4 KiB.
    const book = unzipSync(await workbook([KINDEREN]));
    const head = book["xl/worksheets/sheet1.xml"]!.subarray(0, 400);
    const sheet = new Uint8Array(64 * 1024 * 1024).fill(0x20);
    sheet.set(head);
    const bomb = zipSync({ ...book, "xl/worksheets/sheet1.xml": sheet }, { level: 9 });
    const view = new DataView(bomb.buffer, bomb.byteOffset, bomb.byteLength);
    let lies = 0;
    for (let i = 0; i + 46 < bomb.length; i++) {
      if (view.getUint32(i, true) === 0x02014b50 && view.getUint32(i + 24, true) === sheet.length) {
        view.setUint32(i + 24, 4096, true);
        lies++;
      }
    }
    expect(lies).toBe(1);
    mkdirSync(at("bom"));
    writeFileSync(at("bom", "kinderen.xlsx"), bomb);
    // A file that cannot be read stops every command with exit 2 and the reason, on one line.
    const reason = "kan niet gelezen worden: Een onderdeel van het Excel-bestand pakt uit tot meer dan het zelf opgeeft, zoals een zip-bom doet";
    for (const command of [["validate", "bom/kinderen.xlsx"], ["report", "bom", "--year", "2025"]]) {
      const r = kw(command, tmp.dir);
      expect(r.status, command[0]).toBe(2);
      expect(r.stdout, command[0]).toBe("");
      expect(r.stderr.trim().split("\n"), command[0]).toEqual([expect.stringContaining(reason)]);
    }
  });
});
