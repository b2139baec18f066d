// Test helpers: workbooks written by exceljs, as spreadsheet programs write them (shared strings,
// styles, dates as serial numbers with a date format).

import ExcelJS from "exceljs";

/** A sheet of a workbook: its name and its rows (a `Date` is written as Excel writes a date). */
export interface SheetSpec {
  readonly name: string;
  readonly rows: readonly (readonly (string | number | Date | null)[])[];
}

/**
 * The bytes of an XLSX workbook with these sheets, in order. Dates get the format `dd-mm-yyyy`, as
 * Dutch Excel shows them; the workbook's times are fixed, so the same sheets give the same content.
 */
export async function workbook(sheets: readonly SheetSpec[]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = "Gemeente";
  wb.created = new Date(Date.UTC(2025, 0, 6, 9, 0, 0));
  wb.modified = wb.created;
  for (const spec of sheets) {
    const sheet = wb.addWorksheet(spec.name);
    for (const row of spec.rows) {
      const added = sheet.addRow([...row]);
      added.eachCell((cell) => {
        if (cell.value instanceof Date) cell.numFmt = "dd-mm-yyyy";
      });
    }
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** The instructions sheet of a municipality's template: text to read, no table. */
export const TOELICHTING: SheetSpec = {
  name: "Toelichting",
  rows: [
    ["Toelichting bij het invullen"],
    ["Vul per kind één regel in op het tabblad Kinderen."],
    ["Geboortedatum als dd-mm-jjjj; geslacht als meisje, jongen, anders of onbekend."],
    ["Vragen? Mail de gemeente, team Jeugd."],
  ],
};

/** The data sheet of that template: five children. */
export const KINDEREN: SheetSpec = {
  name: "Kinderen",
  rows: [
    ["kindId", "geboortedatum", "geslacht", "wijk"],
    ["kw-0101", new Date(Date.UTC(2016, 2, 14)), "meisje", "Noord"],
    ["kw-0102", new Date(Date.UTC(2017, 10, 2)), "jongen", "Noord"],
    ["kw-0103", new Date(Date.UTC(2015, 5, 30)), "meisje", "Zuid"],
    ["kw-0104", new Date(Date.UTC(2018, 0, 9)), "onbekend", "Zuid"],
    ["kw-0105", new Date(Date.UTC(2014, 8, 21)), "jongen", "Centrum"],
  ],
};
