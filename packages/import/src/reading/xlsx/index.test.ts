import { strToU8, unzipSync, zipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { readTable } from "../readRows.js";
import { excelSerialToDate, isDateFormat } from "./dates.js";

const ws = (rows: string): string => `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${rows}</sheetData></worksheet>`;

function workbook(sheets: Record<string, string>, extra: Record<string, string> = {}, date1904 = false): Uint8Array {
  const names = Object.keys(sheets);
  const files: Record<string, Uint8Array> = {
    "[Content_Types].xml": strToU8("<Types/>"),
    "xl/workbook.xml": strToU8(
      `<workbook xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">${date1904 ? '<workbookPr date1904="1"/>' : ""}<sheets>${names.map((n, i) => `<sheet name="${n}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join("")}</sheets></workbook>`,
    ),
    "xl/_rels/workbook.xml.rels": strToU8(`<Relationships>${names.map((_, i) => `<Relationship Id="rId${i + 1}" Type="worksheet" Target="worksheets/sheet${i + 1}.xml"/>`).join("")}</Relationships>`),
    "xl/styles.xml": strToU8('<styleSheet><numFmts count="1"><numFmt numFmtId="164" formatCode="dd\\-mm\\-yyyy"/></numFmts><cellXfs count="3"><xf numFmtId="0"/><xf numFmtId="14"/><xf numFmtId="164"/></cellXfs></styleSheet>'),
  };
  names.forEach((n, i) => (files[`xl/worksheets/sheet${i + 1}.xml`] = strToU8(sheets[n]!)));
  for (const [k, v] of Object.entries(extra)) files[k] = strToU8(v);
  return zipSync(files);
}

const sst = '<sst><si><t>childId</t></si><si><t>birthDate</t></si><si><r><rPr><b/></rPr><t>Zo</t></r><r><t xml:space="preserve">ë &amp; co</t></r><rPh><t>ignored</t></rPh></si></sst>';

async function table(bytes: Uint8Array, options: Parameters<typeof readTable>[1] = {}) {
  const r = await readTable(bytes, options);
  if (!r.ok) throw new Error(r.issues.map((i) => i.code).join(", "));
  return r.value;
}

describe("XLSX", () => {
  it("reads shared strings, rich text, inline strings, numbers, booleans, formulas and errors", async () => {
    const sheet = ws(
      '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="inlineStr"><is><t>note</t></is></c><c r="D1" t="inlineStr"><is><t>ok</t></is></c><c r="E1" t="inlineStr"><is><t>f</t></is></c></row>' +
        '<row r="2"><c r="A2" t="s"><v>2</v></c><c r="B2" s="1"><v>45658</v></c><c r="C2"><v>1.5</v></c><c r="D2" t="b"><v>1</v></c><c r="E2" t="e"><v>#N/A</v></c></row>' +
        '<row r="3"><c r="A3" t="str"><f>A1</f><v>kw-1</v></c><c r="B3" s="2"><v>45659.75</v></c></row>',
    );
    const t = await table(workbook({ Kinderen: sheet }, { "xl/sharedStrings.xml": sst }));
    expect(t.header).toMatchObject({ format: "xlsx", sheet: "Kinderen", date1904: false, cells: ["childId", "birthDate", "note", "ok", "f"], row: 1 });
    expect(t.rows[0]).toEqual({ row: 2, line: 2, cells: ["Zoë & co", "45658", "1.5", "true", "#N/A"], kinds: ["string", "date", "number", "boolean", "error"] });
    expect(t.rows[1]?.cells).toEqual(["kw-1", "45659.75"]);
    expect(t.rows[1]?.kinds).toEqual(["string", "date"]);
    expect(excelSerialToDate(t.rows[0]!.cells[1]!)).toBe("2025-01-01");
    expect(excelSerialToDate(t.rows[1]!.cells[1]!)).toBe("2025-01-02");
  });

  it("fills gaps in cell references with empty cells and keeps row numbers across empty rows", async () => {
    const sheet = ws('<row r="1"><c r="A1" t="inlineStr"><is><t>a</t></is></c><c r="C1" t="inlineStr"><is><t>c</t></is></c></row><row r="4"><c r="B4"><v>2</v></c></row><row r="5"/>');
    const t = await table(workbook({ S: sheet }));
    expect(t.header.cells).toEqual(["a", "", "c"]);
    expect(t.rows).toEqual([{ row: 4, line: 4, cells: ["", "2"], kinds: ["empty", "number"] }]);
    expect(t.summary).toEqual({ rows: 1, emptyRows: 3, lastRow: 5 });
  });

  it("reads a named sheet and says which sheets exist when the name is wrong", async () => {
    const one = ws('<row r="1"><c t="inlineStr"><is><t>first</t></is></c></row>');
    const two = ws('<row r="1"><c t="inlineStr"><is><t>second</t></is></c></row>');
    const book = workbook({ Eerste: one, Aanwezigheid: two });
    expect((await table(book, { sheet: "Aanwezigheid" })).header.cells).toEqual(["second"]);
    expect((await table(book)).header.cells).toEqual(["first"]);
    const r = await readTable(book, { sheet: "Nope" });
    expect(r.ok ? undefined : r.issues[0]).toMatchObject({ code: "xlsx.sheet-not-found", params: { sheets: ["Eerste", "Aanwezigheid"] } });
  });

  it("reports the 1904 date system", async () => {
    const t = await table(workbook({ S: ws('<row r="1"><c t="inlineStr"><is><t>d</t></is></c></row>') }, {}, true));
    expect(t.header.date1904).toBe(true);
    expect(excelSerialToDate(0, true)).toBe("1904-01-01");
  });

  it("refuses a broken zip and a truncated one with xlsx.broken", async () => {
    const book = workbook({ S: ws("") });
    const r1 = await readTable(book.subarray(0, book.length - 30), { format: "xlsx" });
    expect(r1.ok ? "" : r1.issues[0]?.code).toBe("xlsx.broken");
    const r2 = await readTable(new TextEncoder().encode("not a zip at all"), { format: "xlsx" });
    expect(r2.ok ? "" : r2.issues[0]?.code).toBe("xlsx.broken");
  });

  it("stops a zip bomb by counting real inflated bytes, also when the declared size lies", async () => {
    const rows = `<row r="1"><c t="inlineStr"><is><t>a</t></is></c></row>${'<row><c t="inlineStr"><is><t>xxxxxxxxxxxxxxxxxxxxxxxx</t></is></c></row>'.repeat(200_000)}`;
    const book = workbook({ S: ws(rows) });
    const limits = { maxXlsxEntryBytes: 1024 * 1024 };
    const r = await readTable(book, { limits });
    expect(r.ok ? "" : r.issues[0]).toMatchObject({ code: "xlsx.zip-bomb", params: { reason: "entry-size" } });
    // Rewrite the declared sizes in the central directory to a small number: the real count still stops it.
    const liar = book.slice();
    for (let i = 0; i < liar.length - 4; i++) {
      if (liar[i] === 0x50 && liar[i + 1] === 0x4b && liar[i + 2] === 0x01 && liar[i + 3] === 0x02) liar.set([0x10, 0, 0, 0], i + 24);
    }
    const r2 = await readTable(liar, { limits });
    expect(r2.ok ? "" : r2.issues[0]).toMatchObject({ code: "xlsx.zip-bomb" });
  });

  it("stops an entry as soon as it inflates past its declared size, long before the limits", async () => {
    // 64 MiB of sheet that says it holds 4 KiB: with the default limits (512 MiB an entry) only
    // the declared size stops it, and it stops within the first slice of input.
    const head = strToU8('<worksheet><sheetData><row r="1"><c t="inlineStr"><is><t>kindId</t></is></c></row>');
    const body = new Uint8Array(64 * 1024 * 1024).fill(0x20);
    const sheet = new Uint8Array(head.length + body.length);
    sheet.set(head);
    sheet.set(body, head.length);
    const book = workbook({ S: "" });
    const bomb = zipSync({ ...unzipSync(book), "xl/worksheets/sheet1.xml": sheet }, { level: 9 });
    const liar = bomb.slice();
    const view = new DataView(liar.buffer);
    for (let i = 0; i < liar.length - 46; i++) {
      if (view.getUint32(i, true) === 0x02014b50 && view.getUint32(i + 24, true) === sheet.length) view.setUint32(i + 24, 4096, true);
    }
    const r = await readTable(liar);
    expect(r.ok ? "" : r.issues[0]).toMatchObject({ code: "xlsx.zip-bomb", params: { reason: "size-lie", max: 4096 } });
    // Told honestly, the same entry is read to its end (the sheet is empty but for its header).
    const honest = await readTable(bomb);
    expect(honest.ok && honest.value.header.cells).toEqual(["kindId"]);
  });

  it("refuses a zip with too many entries", async () => {
    const files: Record<string, Uint8Array> = {};
    for (let i = 0; i < 50; i++) files[`f${i}`] = new Uint8Array(0);
    const r = await readTable(zipSync(files), { format: "xlsx", limits: { maxXlsxEntries: 20 } });
    expect(r.ok ? "" : r.issues[0]).toMatchObject({ code: "xlsx.zip-bomb", params: { reason: "entries" } });
  });
});

describe("Excel dates", () => {
  it("knows the built-in and custom date formats", () => {
    expect([14, 15, 22, 0, 2, 49].map((id) => isDateFormat(id))).toEqual([true, true, true, false, false, false]);
    expect(isDateFormat(164, "d-m-yyyy")).toBe(true);
    expect(isDateFormat(165, '"dag" 0')).toBe(false);
    expect(isDateFormat(166, "[Red]#,##0.00")).toBe(false);
  });

  it("handles the 1900 leap-year bug", () => {
    expect(excelSerialToDate(1)).toBe("1900-01-01");
    expect(excelSerialToDate(59)).toBe("1900-02-28");
    expect(excelSerialToDate(60)).toBeUndefined();
    expect(excelSerialToDate(61)).toBe("1900-03-01");
    expect(excelSerialToDate("abc")).toBeUndefined();
  });

  it("reads serials up to 9999-12-31 in both date systems, and no further", () => {
    expect(excelSerialToDate(2_958_465)).toBe("9999-12-31");
    expect(excelSerialToDate(2_958_466)).toBeUndefined();
    expect(excelSerialToDate(2_958_465 - 1462, true)).toBe("9999-12-31");
    expect(excelSerialToDate(2_958_465 - 1461, true)).toBeUndefined();
    expect(excelSerialToDate(2_958_465, true)).toBeUndefined();
    expect(excelSerialToDate(-1, true)).toBeUndefined();
  });
});
