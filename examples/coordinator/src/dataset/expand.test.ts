import { strToU8, zipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { expandFiles } from "./expand.js";

const blob = (text: string): Blob => new Blob([text]);

describe("what was dropped", () => {
  it("keeps the data files, takes them out of a zip (folders flattened) and passes the rest by", async () => {
    const zip = zipSync({
      "export/kinderen.csv": strToU8("kindId;geboortedatum\r\nkw-1;01-02-2016\r\n"),
      "export/sub/aanwezigheid.xlsx": strToU8("not really a workbook"),
      "export/LEESMIJ.md": strToU8("# lees mij"),
      "__MACOSX/export/._kinderen.csv": strToU8("mac"),
      "export/.DS_Store": strToU8("mac"),
    });
    const out = await expandFiles([
      { name: "export.zip", blob: new Blob([zip as BlobPart]) },
      { name: "bijeenkomsten.csv", blob: blob("x") },
      { name: "foto.jpg", blob: blob("x") },
    ]);
    expect(out.files.map((f) => [f.name, f.label])).toEqual([
      ["kinderen.csv", "export.zip › export/kinderen.csv"],
      ["aanwezigheid.xlsx", "export.zip › export/sub/aanwezigheid.xlsx"],
      ["bijeenkomsten.csv", "bijeenkomsten.csv"],
    ]);
    await expect(out.files[0]!.blob.text()).resolves.toBe("kindId;geboortedatum\r\nkw-1;01-02-2016\r\n");
    expect(out.passedBy).toEqual([
      { label: "export.zip › export/LEESMIJ.md", reason: "not-data" },
      { label: "foto.jpg", reason: "not-data" },
    ]);
  });

  it("passes a zip by that is cut off or no zip at all", async () => {
    const zip = zipSync({ "kinderen.csv": strToU8("kindId\nkw-1\n".repeat(1000)) }, { level: 9 });
    const cut = await expandFiles([{ name: "kapot.zip", blob: new Blob([zip.slice(0, 60) as BlobPart]) }]);
    expect(cut).toEqual({ files: [], passedBy: [{ label: "kapot.zip", reason: "zip-broken" }] });
    const none = await expandFiles([{ name: "geen.zip", blob: blob("hello") }]);
    expect(none.files).toEqual([]);
  });
});
