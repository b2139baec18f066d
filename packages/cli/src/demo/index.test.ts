import { describe, expect, it } from "vitest";
import { generateDemoDataset } from "./index.js";

const text = (bytes: Uint8Array): string => new TextDecoder().decode(bytes);
const file = (seed: number, name: string) => generateDemoDataset({ seed }).files.find((f) => f.name === name)!;

describe("generateDemoDataset", () => {
  it("gives the same bytes for the same seed", () => {
    const a = generateDemoDataset({ seed: 7 });
    const b = generateDemoDataset({ seed: 7 });
    expect(a.files.map((f) => f.name)).toEqual(b.files.map((f) => f.name));
    for (let i = 0; i < a.files.length; i++) expect(Buffer.from(a.files[i]!.bytes).equals(Buffer.from(b.files[i]!.bytes))).toBe(true);
  });

  it("gives other data for another seed", () => {
    expect(text(file(1, "aanwezigheid.csv").bytes)).not.toBe(text(file(2, "aanwezigheid.csv").bytes));
  });

  it("writes the children as Excel's CSV UTF-8: a BOM, semicolons, CRLF and dd-mm-jjjj dates", () => {
    const bytes = file(2025, "kinderen.csv").bytes;
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = text(bytes).split("\r\n"); // TextDecoder drops the BOM
    expect(lines[0]).toBe("kindId;geboortedatum;geslacht;postcode;wijk;groep;inschrijfdatum;gezinId");
    expect(lines[1]).toMatch(/^kw-0001;\d{2}-\d{2}-\d{4};/);
  });

  it("writes the activities in Windows-1252, so é is one byte", () => {
    const bytes = file(2025, "activiteiten.csv").bytes;
    expect(bytes.includes(0xe9)).toBe(true); // é of Knutselcafé
    expect(bytes.includes(0xc3)).toBe(false); // no UTF-8 lead byte
  });

  it("uses pseudonyms kw-0001 … and never a nine-digit number", () => {
    const all = generateDemoDataset({ seed: 3 }).files.map((f) => text(f.bytes)).join("\n");
    expect(all).not.toMatch(/\b\d{9}\b/);
    const ids = new Set(all.match(/kw-\d{4}/g));
    expect(ids.size).toBeGreaterThan(200);
  });

  it("has children outside 4-12, duplicate attendance, absences and every referral status", () => {
    const ds = generateDemoDataset({ seed: 2025 });
    const attendance = text(ds.files.find((f) => f.name === "aanwezigheid.csv")!.bytes).trim().split("\n").slice(1);
    const pairs = attendance.map((l) => l.split(",").slice(0, 2).join(","));
    expect(new Set(pairs).size).toBeLessThan(pairs.length);
    expect(attendance.some((l) => l.endsWith(",nee"))).toBe(true);
    const children = text(ds.files.find((f) => f.name === "kinderen.csv")!.bytes).split("\r\n").slice(1, -1);
    const years = children.map((l) => Number(l.split(";")[1]!.slice(6)));
    expect(years.some((y) => y >= 2021)).toBe(true); // under 4 in 2025
    expect(years.some((y) => y <= 2012)).toBe(true); // over 12 in 2025
    const statuses = new Set(text(ds.files.find((f) => f.name === "verwijzingen.csv")!.bytes).trim().split("\n").slice(1).map((l) => l.split(",")[8]));
    expect([...statuses].sort()).toEqual(["accepted", "completed", "declined", "draft", "sent", "withdrawn"]);
  });

  it("holds holiday programmes only on school-holiday dates of the region", () => {
    const ds = generateDemoDataset({ seed: 2025 });
    const sessions = text(ds.files.find((f) => f.name === "bijeenkomsten.csv")!.bytes).trim().split("\n").slice(1);
    const summer = sessions.filter((l) => l.split(",")[1] === "act-11").map((l) => l.split(",")[2]!);
    expect(summer.length).toBeGreaterThan(5);
    // Zomervakantie regio midden 2025: 19 juli – 31 augustus.
    for (const d of summer) expect(d >= "2025-07-19" && d <= "2025-08-31").toBe(true);
  });
});
