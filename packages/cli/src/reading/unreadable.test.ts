import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { importTable, type ImportResult } from "@kinderwerk/import/node";
import { afterAll, describe, expect, it } from "vitest";
import { tempFolder } from "../_test/cli.js";
import { unreadableReason } from "./unreadable.js";

const tmp = tempFolder();
afterAll(() => tmp.remove());
const BROKEN_XLSX = Buffer.from([0x50, 0x4b, 3, 4, 0, 0, 0, 0]);

describe("unreadableReason", () => {
  it("gives the file system's code when the file could not be opened or streamed", async () => {
    const failure = Object.assign(new Error("EACCES: permission denied, open 'kinderen.csv'"), { code: "EACCES" });
    expect(await unreadableReason(join(tmp.dir, "kinderen.csv"), undefined, failure, undefined, "nl")).toBe("EACCES");
  });

  it("gives the message of the error the read stopped with, when it was collected", async () => {
    const path = join(tmp.dir, "activiteiten.xlsx");
    writeFileSync(path, BROKEN_XLSX);
    const result = (await importTable(BROKEN_XLSX, { fileName: "activiteiten.xlsx", lang: "en" })) as ImportResult;
    expect(result.complete).toBe(false);
    expect(await unreadableReason(path, result, undefined, undefined, "en")).toBe("The Excel file is damaged or not an .xlsx file.");
  });

  it("reads the file again up to that error when no issue was collected", async () => {
    const path = join(tmp.dir, "kinderen.xlsx");
    writeFileSync(path, BROKEN_XLSX);
    const result = (await importTable(BROKEN_XLSX, { fileName: "kinderen.xlsx", maxIssues: 0 })) as ImportResult;
    expect(result.issues).toEqual([]);
    expect(await unreadableReason(path, result, undefined, undefined, "nl")).toBe("Het Excel-bestand is beschadigd of geen .xlsx-bestand.");
  });

  it("says the cause is unknown when even a second read finds no error", async () => {
    const path = join(tmp.dir, "goed.csv");
    writeFileSync(path, "kindId;geboortedatum\r\nkw-1;1-1-2016\r\n");
    expect(await unreadableReason(path, undefined, undefined, undefined, "en")).toBe("cause unknown");
  });
});
