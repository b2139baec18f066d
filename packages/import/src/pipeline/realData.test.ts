// The import on data as organisations really have it (format version 2): every case is read or
// refused row by row, and every row stays accounted for (rows = accepted + rejected).
import { describe, expect, it } from "vitest";
import { importTable } from "./index.js";

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
    const { default: ExcelJS } = await import("exceljs");
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
