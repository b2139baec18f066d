import { describe, expect, it } from "vitest";
import { csvCell, csvLines, csvRow, writeCsv } from "./index.js";

describe("CSV writer", () => {
  it("neutralises text that a spreadsheet would run as a formula", () => {
    expect(["=1+1", "+31 6", "-x", "@SUM(A1)", "\tcmd", "\rcmd"].map((v) => csvCell(v))).toEqual(["'=1+1", "'+31 6", "'-x", "'@SUM(A1)", "'\tcmd", "\"'\rcmd\""]);
    expect(csvCell("=1+1", { neutraliseFormulas: false })).toBe("=1+1");
  });

  it("writes JS numbers as numbers and numeric strings as text", () => {
    expect([csvCell(-5), csvCell(1.5), csvCell("-5"), csvCell("5"), csvCell(NaN), csvCell(1.5, { decimalSeparator: ",", delimiter: ";" })]).toEqual(["-5", "1.5", "'-5", "5", "", "1,5"]);
  });

  it("quotes cells with the delimiter, quotes or line breaks", () => {
    expect(csvRow(['a"b', "c;d", "e\nf", "g,h", null, true], { delimiter: ";", lineEnding: "\n" })).toBe('"a""b";"c;d";"e\nf";g,h;;true\n');
    expect(csvCell("1,5", { delimiter: "," })).toBe('"1,5"');
  });

  it("writes a BOM and the chosen line ending", () => {
    expect(writeCsv([["a", "b"], [1, 2]], { bom: true })).toBe("\uFEFFa,b\r\n1,2\r\n");
    expect([...csvLines([["x"], ["y"]], { lineEnding: "\n" })]).toEqual(["x\n", "y\n"]);
  });
});
