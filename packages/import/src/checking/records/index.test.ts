import { describe, expect, it } from "vitest";
import { resolveHeader } from "../header/index.js";
import { createRowReader } from "./index.js";
import { IssueCollector, issueMessage } from "../../output/issues.js";
import { issue } from "@kinderwerk/core";

describe("the row reader", () => {
  const reader = createRowReader(resolveHeader(["kindId", "geboortedatum", "geslacht", "postcode", "groep"], "children"));
  it("builds and validates a record from coerced cells", () => {
    expect(reader.read({ cells: [" kw-1 ", "14-09-2015", "V", "5025 kl", "6"] })).toEqual({
      ok: true,
      value: { childId: "kw-1", birthDate: "2015-09-14", gender: "girl", postcode: "5025", groep: 6 },
      issues: [],
    });
  });
  it("gives a cell issue and leaves out the schema's issue on the same field", () => {
    const r = reader.read({ cells: ["kw-1", "31-02-2015", "m", "", "9"] });
    expect(r.ok).toBe(false);
    expect(r.issues.map((i) => [i.code, i.path[0]])).toEqual([
      ["cell.date.impossible", "birthDate"],
      ["value.too-big", "groep"],
    ]);
  });
  it("warns when a child id reads like a name", () => {
    const r = reader.read({ cells: ["Fatima", "1-1-2015"] });
    expect(r.ok && r.issues.map((i) => i.code)).toEqual(["child.childId.name-like"]);
  });
  it("warns about personal data in a signal's description without repeating it", () => {
    const signals = createRowReader(resolveHeader(["signaalId", "kindId", "datum", "categorie", "door", "omschrijving"], "signals"));
    const r = signals.read({ cells: ["s-1", "kw-1", "1-10-2025", "armoede", "stagiair", "Moeder belt 06-12345678"] });
    expect(r.ok).toBe(true);
    expect(r.issues).toEqual([{ code: "text.personal-data", severity: "warning", path: ["description"], params: { kind: "phone", start: 12, end: 23 } }]);
  });
  it("says where an issue is, in Dutch and English", () => {
    const i = issue("cell.date.impossible", ["birthDate"], { value: "31-02-2025" });
    expect(issueMessage(i, { row: 14, column: "geboortedatum" }, "nl")).toBe("Rij 14, kolom geboortedatum: 31-02-2025 is geen bestaande datum.");
    expect(issueMessage(i, { row: 14, column: "birthDate" }, "en")).toBe("Row 14, column birthDate: 31-02-2025 is not a real date.");
  });
});

describe("issues found after the rows they belong to", () => {
  const w = (row: number) => ({ issue: issue("dataset.duplicate-attendance", ["childId"], { firstRow: 1 }, "warning"), place: { row } });
  const e = issue("cell.boolean", ["present"]);

  it("takes their places by row, after the issues of the rows up to theirs, issues without a row staying where they were found", () => {
    const c = new IssueCollector(100, "en");
    c.add(e, { row: 1 });
    c.add(e, { row: 4 });
    c.add(issue("import.rejects-truncated", [], { max: 1 }, "warning"), {});
    c.add(e, { row: 9 });
    for (let i = 0; i < 3; i++) c.count("dataset.duplicate-attendance", "warning");
    c.insertLate([w(2), w(4), w(12)]);
    expect(c.issues.map((i) => [i.row ?? null, i.code])).toEqual([
      [1, "cell.boolean"],
      [2, "dataset.duplicate-attendance"],
      [4, "cell.boolean"],
      [null, "import.rejects-truncated"],
      [4, "dataset.duplicate-attendance"],
      [9, "cell.boolean"],
      [12, "dataset.duplicate-attendance"],
    ]);
    expect(c.warnings).toBe(4);
    expect(c.truncated).toBe(false);
  });

  it("keeps the first `max` in row order: a late issue pushes out a later one, and none passes one left out", () => {
    const c = new IssueCollector(3, "en");
    for (const row of [2, 5, 8, 11]) c.add(e, { row });
    for (let i = 0; i < 3; i++) c.count("dataset.duplicate-attendance", "warning");
    expect(c.wouldKeep(10)).toBe(true);
    expect(c.wouldKeep(11)).toBe(false);
    c.insertLate([w(3), w(10), w(12)]);
    expect(c.issues.map((i) => i.row)).toEqual([2, 3, 5]);
    expect(c.truncated).toBe(true);
    expect(c.wouldKeep(5)).toBe(true);
    expect(c.wouldKeep(8)).toBe(false);
  });
});
