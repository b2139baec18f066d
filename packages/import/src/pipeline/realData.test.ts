// The import on data as organisations really have it (format version 2): every case is read or
// refused row by row, and every row stays accounted for (rows = accepted + rejected).
import { describe, expect, it } from "vitest";
import { importTable } from "./index.js";

/** ExcelJS, a CommonJS package: its module object is the default export under Node's ESM. */
const excelJs = async (): Promise<typeof import("exceljs")> => {
  const mod = await import("exceljs");
  return (mod as unknown as { default?: typeof mod }).default ?? mod;
};

const accounted = (c: { rows: number; accepted: number; rejected: number }): void => expect(c.rows).toBe(c.accepted + c.rejected);

describe("dates as Dutch spreadsheets write them", () => {
  it("reads DD.MM.YYYY and D.M.YYYY, and refuses a two-digit year with its own reason", async () => {
    const csv = "kindId;geboortedatum\r\nkw-1;14.09.2015\r\nkw-2;3.1.2016\r\nkw-3;14-09-15\r\nkw-4;31.02.2016\r\n";
    const r = await importTable(csv, { table: "children", fileName: "kinderen.csv" });
    accounted(r.counts);
    expect(r.records.map((c) => c.birthDate)).toEqual(["2015-09-14", "2016-01-03"]);
    expect(r.issues.map((i) => [i.row, i.code])).toEqual([
      [4, "cell.date.two-digit-year"],
      [5, "cell.date.impossible"],
    ]);
    expect(r.issues[0]!.message).toBe('Rij 4, kolom geboortedatum: "14-09-15" heeft een jaartal van twee cijfers: schrijf het jaar voluit (14-09-2015), want 15 kan 1915 of 2015 zijn.');
  });
});

describe("JSON nested too deep", () => {
  const deep = "[".repeat(50_000) + "]".repeat(50_000);

  it("rejects one NDJSON line that nests too deep and reads the lines after it", async () => {
    const nd = `{"childId":"kw-1","birthDate":"2015-09-14"}\n{"childId":"kw-2","birthDate":"2015-09-14","x":${deep}}\n{"childId":"kw-3","birthDate":"2016-01-02"}\n`;
    const r = await importTable(nd, { table: "children", format: "ndjson" });
    expect(r.complete).toBe(true);
    expect(r.counts).toMatchObject({ rows: 3, accepted: 2, rejected: 1 });
    accounted(r.counts);
    expect(r.issues.map((i) => [i.row, i.code])).toEqual([[2, "json.too-deep"]]);
    expect(r.records.map((c) => c.childId)).toEqual(["kw-1", "kw-3"]);
  });

  it("rejects one element of a JSON array that nests too deep", async () => {
    const json = `[{"childId":"kw-1","birthDate":"2015-09-14"},{"childId":"kw-2","x":${deep}},{"childId":"kw-3","birthDate":"2016-01-02"}]`;
    const r = await importTable(json, { table: "children", format: "json" });
    expect(r.complete).toBe(true);
    expect(r.counts).toMatchObject({ rows: 3, accepted: 2, rejected: 1 });
    expect(r.issues.map((i) => [i.row, i.code])).toEqual([[3, "json.too-deep"]]);
  });

  it("still reads partners given as objects, which nest three deep", async () => {
    const nd = `{"activityId":"a-1","name":"Knutselclub","kind":"craft","partners":[{"name":"OBS De Vlinder","sector":"education"}]}\n`;
    const r = await importTable(nd, { table: "activities", format: "ndjson" });
    expect(r.issues.filter((i) => i.severity === "error")).toEqual([]);
    expect(r.records[0]?.partners).toEqual([{ name: "OBS De Vlinder", sector: "education" }]);
  });
});

describe("a workbook whose first sheet is not the table (written by ExcelJS)", () => {
  async function workbook(sheets: Record<string, (string | number | Date)[][]>): Promise<Uint8Array> {
    const ExcelJS = await excelJs();
    const book = new ExcelJS.Workbook();
    for (const [name, rows] of Object.entries(sheets)) {
      const sheet = book.addWorksheet(name);
      for (const row of rows) sheet.addRow(row);
    }
    return new Uint8Array(await book.xlsx.writeBuffer());
  }
  const instructions = [["Toelichting bij dit bestand"], [], ["Vul op het tweede tabblad per kind één rij in."], ["kindId", "het pseudoniem van het kind"]];
  const data = [
    ["kindId", "geboortedatum", "geslacht"],
    ["kw-1", "14-09-2015", "meisje"],
    ["kw-2", "03-01-2016", "jongen"],
  ];

  it("reads the sheet whose header names the table's columns, passing an instructions sheet by", async () => {
    const r = await importTable(await workbook({ Toelichting: instructions, Kinderen: data }), { fileName: "kinderen.xlsx" });
    expect(r.issues).toEqual([]);
    expect(r.counts).toMatchObject({ rows: 2, accepted: 2, rejected: 0 });
    expect(r.records.map((c) => c.childId)).toEqual(["kw-1", "kw-2"]);
  });

  it("reads a sheet chosen by name or by position, and says which sheets exist when the name is wrong", async () => {
    const book = await workbook({ Toelichting: instructions, Kinderen: data });
    expect((await importTable(book, { table: "children", sheet: "kinderen" })).counts.accepted).toBe(2);
    expect((await importTable(book, { table: "children", sheet: 2 })).counts.accepted).toBe(2);
    expect((await importTable(book, { table: "children", sheet: "2" })).counts.accepted).toBe(2);
    const first = await importTable(book, { table: "children", sheet: 1 });
    expect(first.counts.accepted).toBe(0);
    expect(first.issues.some((i) => i.severity === "error")).toBe(true);
    const wrong = await importTable(book, { table: "children", sheet: "Blad3" });
    expect(wrong.complete).toBe(false);
    expect(wrong.issues.map((i) => i.message)).toEqual(['Werkblad "Blad3" bestaat niet. Wel: Toelichting, Kinderen.']);
  });

  it("refuses to guess between two sheets that both hold the table, and names them", async () => {
    const r = await importTable(await workbook({ "Kinderen 2024": data, "Kinderen 2025": data }), { fileName: "kinderen.xlsx" });
    expect(r.complete).toBe(false);
    expect(r.counts.rows).toBe(0);
    expect(r.issues.map((i) => [i.code, i.message])).toEqual([["xlsx.sheet-ambiguous", "Meer dan één werkblad heeft de kolommen van een tabel: Kinderen 2024, Kinderen 2025. Kies het werkblad (sheet)."]]);
  });

  it("tells the table from the header of the sheet that holds one, when the file name does not", async () => {
    const r = await importTable(await workbook({ Toelichting: instructions, Blad2: data }), { fileName: "export.xlsx" });
    expect(r.table).toBe("children");
    expect(r.counts.accepted).toBe(2);
  });
});

describe("the rejects file of a workbook is a workbook", () => {
  async function children(): Promise<Uint8Array> {
    const ExcelJS = await excelJs();
    const book = new ExcelJS.Workbook();
    book.addWorksheet("Toelichting").addRow(["Vul het tabblad Kinderen in."]);
    const sheet = book.addWorksheet("Kinderen");
    sheet.addRow(["kindId", "geboortedatum", "geslacht", "groep"]);
    sheet.addRow(["kw-1", new Date(Date.UTC(2015, 8, 14)), "meisje", 5]);
    sheet.addRow(["kw-2", new Date(Date.UTC(2016, 0, 3)), "onbekend & <anders>", 4]);
    sheet.addRow(["123456782", new Date(Date.UTC(2016, 0, 3)), "jongen", 4]);
    sheet.getColumn(2).numFmt = "dd-mm-yyyy";
    return new Uint8Array(await book.xlsx.writeBuffer());
  }

  async function readBack(bytes: Uint8Array): Promise<(string | number | boolean | Date | null)[][]> {
    const ExcelJS = await excelJs();
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
    const rows: (string | number | boolean | Date | null)[][] = [];
    book.worksheets[0]!.eachRow((row) => rows.push((row.values as unknown[]).slice(1).map((v) => (v === undefined ? null : (v as string | number | boolean | Date)))));
    return rows;
  }

  for (const streamed of [false, true]) {
    it(`writes the rejected rows as an XLSX that ExcelJS opens, dates as dates${streamed ? ", streamed to onRejects" : ""}`, async () => {
      const pieces: Uint8Array[] = [];
      const r = await importTable(await children(), { fileName: "kinderen.xlsx", ...(streamed ? { onRejects: (b: Uint8Array) => void pieces.push(b) } : {}) });
      expect(r.counts).toMatchObject({ rows: 3, accepted: 1, rejected: 2 });
      const bytes = streamed ? Buffer.concat(pieces) : r.rejects!.toBytes("nl");
      expect(streamed ? r.rejects : r.rejects?.dialect.format).toBe(streamed ? undefined : "xlsx");
      expect([...bytes.subarray(0, 4)]).toEqual([0x50, 0x4b, 0x03, 0x04]);
      const rows = await readBack(bytes);
      expect(rows[0]).toEqual(["importfouten", "kindId", "geboortedatum", "geslacht", "groep"]);
      expect(rows).toHaveLength(3);
      expect(rows[1]![0]).toMatch(/^Rij 3: kolom geslacht: /);
      expect(rows[1]!.slice(1)).toEqual(["kw-2", new Date(Date.UTC(2016, 0, 3)), "onbekend & <anders>", 4]);
      // A BSN is never written again, not even into a workbook.
      expect(rows[2]![1]).toBe("*********");
      expect(JSON.stringify(rows)).not.toContain("123456782");
    });
  }

  it("reads back into the import: fixed in Excel, the rows come in again", async () => {
    const r = await importTable(await children(), { fileName: "kinderen.xlsx" });
    const again = await importTable(r.rejects!.toBytes("nl"), { fileName: "kinderen.xlsx" });
    expect(again.counts).toMatchObject({ rows: 2, rejected: 2 });
    expect(again.issues.filter((i) => i.code === "header.unknown-column")).toEqual([]);
    expect(again.issues.map((i) => [i.row, i.column])).toEqual([
      [2, "geslacht"],
      [3, "kindId"],
    ]);
  });

  it("writes CSV for a workbook when asked, and a workbook for a CSV", async () => {
    const r = await importTable(await children(), { fileName: "kinderen.xlsx", rejectsFormat: "csv" });
    const bytes = r.rejects!.toBytes("nl");
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(new TextDecoder().decode(bytes)).toMatch(/^importfouten;kindId;geboortedatum;geslacht;groep\r\n/);
    const csv = await importTable("kindId;geboortedatum\nkw-1;31-02-2015\n", { table: "children", rejectsFormat: "xlsx" });
    const rows = await readBack(csv.rejects!.toBytes("en"));
    expect(rows).toEqual([
      ["importErrors", "kindId", "geboortedatum"],
      [expect.stringMatching(/^Row 2: /), "kw-1", "31-02-2015"],
    ]);
  });
});
