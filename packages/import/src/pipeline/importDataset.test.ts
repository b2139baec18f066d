import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { importDataset, importTable } from "./index.js";
import type { DatasetResult, ImportDatasetOptions } from "./importDataset.js";
import type { ImportResult } from "./options.js";

const counts = (r: ImportResult | undefined) => {
  const c = r?.counts;
  return c === undefined ? undefined : { rows: c.rows, accepted: c.accepted, rejected: c.rejected, duplicates: c.duplicates };
};

describe("a table in several files", () => {
  const children2024 = "kindId;geboortedatum;geslacht\nkw-1;14-09-2015;meisje\nkw-2;3-2-2018;jongen\nkw-3;31-02-2017;jongen\n";
  const children2025 = "kindId;geboortedatum;geslacht\nkw-2;2018-02-03;Jongen\nkw-1;14-09-2016;meisje\nkw-4;1-6-2019;m\nkw-5;ooit;v\n";
  const attendance = "bijeenkomstId;kindId;aanwezig\nb-1;kw-1;ja\nb-1;kw-4;ja\nb-1;kw-3;ja\nb-1;kw-9;ja\n";
  const files = [
    { name: "kinderen-2024.csv", source: children2024 },
    { name: "aanwezigheid-2025.csv", source: attendance },
    { name: "kinderen-2025.csv", source: children2025 },
  ];

  it("reads them as one table: keys and references across the files, a result per file and for the table", async () => {
    const r = await importDataset(files);
    expect(r.skipped).toEqual([]);
    expect(r.files.map((f) => [f.file, counts(f)])).toEqual([
      ["kinderen-2024.csv", { rows: 3, accepted: 2, rejected: 1, duplicates: 0 }],
      // kw-2 again with the same values (another way to write them); kw-1 with another birth date; kw-5 no date
      ["kinderen-2025.csv", { rows: 4, accepted: 2, rejected: 2, duplicates: 1 }],
      // kw-4 is in the other children's file; kw-3 was rejected there; kw-9 is nowhere
      ["aanwezigheid-2025.csv", { rows: 4, accepted: 2, rejected: 2, duplicates: 0 }],
    ]);
    expect(counts(r.tables.children)).toEqual({ rows: 7, accepted: 4, rejected: 3, duplicates: 1 });
    expect(r.tables.children?.records.map((c) => c["childId"])).toEqual(["kw-1", "kw-2", "kw-4"]);
    expect(r.tables.children?.records[0]).toMatchObject({ birthDate: "2015-09-14" }); // the first row stays
    expect(r.tables.children?.file).toBeUndefined();
    expect(r.tables.children?.dialect).toEqual(r.files[0]?.dialect);
    expect(r.tables.attendance).toBe(r.files[2]); // a table in one file: that file's result
    // warnings: the repeat of kw-2, and the sessions attendance points to are not in the dataset
    expect(r.counts).toEqual({ rows: 11, accepted: 6, rejected: 5, duplicates: 1, warnings: 2, errors: 5 });
    for (const f of [...r.files, r.tables.children!]) expect(f.counts.rows).toBe(f.counts.accepted + f.counts.rejected);
    expect(r.issues.map((i) => [i.file, i.row, i.code])).toEqual([
      ["kinderen-2024.csv", 4, "cell.date.impossible"],
      ["kinderen-2025.csv", 2, "dataset.duplicate-id"],
      ["kinderen-2025.csv", 3, "dataset.conflicting-duplicate"],
      ["kinderen-2025.csv", 5, "cell.date.format"],
      ["aanwezigheid-2025.csv", undefined, "dataset.table-missing"],
      ["aanwezigheid-2025.csv", 4, "dataset.unknown-reference"],
      ["aanwezigheid-2025.csv", 5, "dataset.unknown-reference"],
    ]);
  });

  it("names the file and row of the first occurrence, in Dutch and in English", async () => {
    const nl = await importDataset(files);
    const later = nl.files[1]!.issues;
    expect(later[0]).toMatchObject({ severity: "warning", params: { firstRow: 3, firstFile: "kinderen-2024.csv" } });
    expect(later[0]?.message).toBe("Rij 2, kolom kindId: Kind-ID komt al eerder voor (eerder in kinderen-2024.csv, rij 3); deze rij telt niet nog eens mee.");
    expect(later[1]).toMatchObject({ severity: "error", path: ["birthDate"], column: "geboortedatum", params: { key: ["childId"], fields: ["birthDate"], firstRow: 2, firstFile: "kinderen-2024.csv" } });
    expect(later[1]?.message).toBe("Rij 3, kolom geboortedatum: Kind-ID komt al voor (eerder in kinderen-2024.csv, rij 2), met een andere waarde voor geboortedatum. Deze rij is afgekeurd; de eerste rij telt.");
    const en = await importDataset(files, { lang: "en" });
    expect(en.files[1]!.issues[1]?.message).toBe("Row 3, column geboortedatum: Child ID appears already (earlier in kinderen-2024.csv, row 2), with another value for birth date. This row is rejected; the first row counts.");
    // The rejects file of the later file holds the conflicting row, with its reason.
    expect(nl.files[1]!.rejects?.rows.map((x) => x.row)).toEqual([3, 5]);
    expect(JSON.stringify(later)).not.toContain("kw-1");
  });

  it("tells each callback the file, and no longer skips a second file of a table", async () => {
    const records: [string, string, number][] = [];
    const rejects = new Map<string, string>();
    const r = await importDataset(files, {
      onRecords: (table, recs, _rows, file) => void records.push([table, file, recs.length]),
      onRejects: (_table, bytes, file) => void rejects.set(file, (rejects.get(file) ?? "") + new TextDecoder().decode(bytes)),
    });
    expect(records).toEqual([
      ["children", "kinderen-2024.csv", 2],
      ["children", "kinderen-2025.csv", 1],
      ["attendance", "aanwezigheid-2025.csv", 2],
    ]);
    expect([...rejects.keys()]).toEqual(["kinderen-2024.csv", "kinderen-2025.csv", "aanwezigheid-2025.csv"]);
    expect(rejects.get("kinderen-2025.csv")).toContain("kw-1;14-09-2016;meisje");
    expect(r.issues.some((i) => i.code === "dataset.table-twice")).toBe(false);
  });

  it("reports a missing referenced table once for the table, not once per file", async () => {
    const r = await importDataset([
      { name: "aanwezigheid-1.csv", source: "bijeenkomstId;kindId\nb-1;kw-1\n" },
      { name: "aanwezigheid-2.csv", source: "bijeenkomstId;kindId\nb-1;kw-1\nb-2;kw-1\n" },
    ]);
    expect(r.issues.filter((i) => i.code === "dataset.table-missing").map((i) => i.file)).toEqual(["aanwezigheid-1.csv", "aanwezigheid-1.csv"]);
    expect(r.files[1]?.issues.map((i) => [i.code, i.params["firstFile"]])).toEqual([["dataset.duplicate-attendance", "aanwezigheid-1.csv"]]);
  });
});

describe("conflicting and identical duplicates", () => {
  it("keeps an identical repeat as a warning, however its values are written, and rejects one that differs", async () => {
    const csv = "kindId;geboortedatum;postcode;pijlers\nkw-1;14-09-2015;5025 KL;\nkw-1;2015-09-14;5025;\nkw-1;14-09-2015;5026;\n";
    const r = await importTable(csv, { table: "children" });
    expect(counts(r)).toEqual({ rows: 3, accepted: 2, rejected: 1, duplicates: 1 });
    expect(r.issues.map((i) => [i.row, i.code, i.severity, i.column])).toEqual([
      [1, "header.unknown-column", "warning", "pijlers"],
      [3, "dataset.duplicate-id", "warning", "kindId"],
      [4, "dataset.conflicting-duplicate", "error", "postcode"],
    ]);
    expect(r.records).toEqual([{ childId: "kw-1", birthDate: "2015-09-14", postcode: "5025" }]);
  });

  it("names every field that differs", async () => {
    const csv = "kindId;geboortedatum;geslacht;groep\nkw-1;14-09-2015;meisje;4\nkw-1;14-09-2016;jongen;4\n";
    const r = await importTable(csv, { table: "children", lang: "en" });
    expect(r.issues[0]?.params["fields"]).toEqual(["birthDate", "gender"]);
    expect(r.issues[0]?.message).toBe("Row 3, column geboortedatum: Child ID appears already (earlier in row 2), with other values for birth date and gender. This row is rejected; the first row counts.");
  });

  it("rejects a child listed present and then absent for one session, and keeps the first", async () => {
    const csv = "bijeenkomstId;kindId;aanwezig\nb-1;kw-1;ja\nb-1;kw-1;nee\nb-1;kw-1;x\nb-2;kw-1;nee\n";
    const r = await importTable(csv, { table: "attendance" });
    expect(counts(r)).toEqual({ rows: 4, accepted: 3, rejected: 1, duplicates: 1 });
    expect(r.issues.map((i) => [i.row, i.code, i.params["firstRow"]])).toEqual([
      [3, "dataset.conflicting-duplicate", 2],
      [4, "dataset.duplicate-attendance", 2],
    ]);
    expect(r.records.map((a) => a["present"])).toEqual([true, false]);
    expect(r.rejects?.rows.map((x) => x.row)).toEqual([3]);
  });
});

describe("several files and a small duplicate memory", () => {
  it("finds after the last file a repeat of a pair that was spilled in an earlier file, and tells each file its own", async () => {
    let first = "bijeenkomstId,kindId,aanwezig\n";
    for (let i = 0; i < 200; i++) first += `b-${i},kw-1,ja\n`; // 48 held, 152 spilled
    const second = "bijeenkomstId,kindId,aanwezig\nb-199,kw-1,ja\nb-198,kw-1,nee\nb-0,kw-1,ja\n";
    const late: [string, number, number, boolean, string | undefined][] = [];
    const r = await importDataset(
      [
        { name: "aanwezigheid-1.csv", source: first },
        { name: "aanwezigheid-2.csv", source: second },
      ],
      { duplicateMemory: 768, onLateDuplicates: (_t, rows, firsts, d) => rows.forEach((row, i) => late.push([d.file, row, firsts[i]!, d.conflicting[i]!, d.firstFiles[i]])) },
    );
    expect(r.files.map(counts)).toEqual([
      { rows: 200, accepted: 200, rejected: 0, duplicates: 0 },
      { rows: 3, accepted: 2, rejected: 1, duplicates: 2 },
    ]);
    expect(r.files[1]?.issues.map((i) => [i.row, i.code, i.params["firstRow"], i.params["firstFile"]])).toEqual([
      [2, "dataset.duplicate-attendance", 201, "aanwezigheid-1.csv"],
      [3, "dataset.conflicting-duplicate", 200, "aanwezigheid-1.csv"],
      [4, "dataset.duplicate-attendance", 2, "aanwezigheid-1.csv"],
    ]);
    expect(r.files[1]?.records).toEqual([]);
    // Batches come partition by partition, not in file order.
    expect(late.filter(([, row]) => row !== 4).sort((x, y) => x[1] - y[1])).toEqual([
      ["aanwezigheid-2.csv", 2, 201, false, "aanwezigheid-1.csv"],
      ["aanwezigheid-2.csv", 3, 200, true, "aanwezigheid-1.csv"],
    ]);
  });
});

/** Random children and attendance, with repeats identical or not, written as CSV. */
const child = fc.record({ c: fc.integer({ min: 0, max: 14 }), year: fc.integer({ min: 0, max: 1 }), iso: fc.boolean(), bad: fc.integer({ min: 0, max: 19 }) });
const visit = fc.record({ s: fc.integer({ min: 0, max: 9 }), c: fc.integer({ min: 0, max: 16 }), p: fc.constantFrom("ja", "nee", "x", "", "misschien") });
type Child = { c: number; year: number; iso: boolean; bad: number };
type Visit = { s: number; c: number; p: string };
const childCsv = (rows: readonly Child[]): string =>
  ["kindId;geboortedatum", ...rows.map((r) => `kw-${r.c};${r.bad === 0 ? "31-02-2015" : r.iso ? `201${5 + r.year}-03-07` : `7-3-201${5 + r.year}`}`)].join("\r\n");
const visitCsv = (rows: readonly Visit[]): string => ["bijeenkomstId;kindId;aanwezig", ...rows.map((r) => `b-${r.s};kw-${r.c};${r.p}`)].join("\r\n");

/**
 * What a dataset's result says, row by row, with the rows of later files numbered on from the
 * files before (as one file holding them all would number them).
 */
function outcome(r: DatasetResult, offsets: Readonly<Record<string, number>>): unknown[] {
  const at = (file: string | undefined, row: unknown): unknown => (typeof row === "number" ? row + (offsets[file ?? ""] ?? 0) : null);
  return r.issues
    .filter((i) => i.code !== "dataset.table-missing")
    .map((i) => [i.table, at(i.file, i.row), i.code, at(typeof i.params["firstFile"] === "string" ? i.params["firstFile"] : i.file, i.params["firstRow"]), i.params["fields"] ?? null])
    .sort((x, y) => JSON.stringify(x).localeCompare(JSON.stringify(y)));
}

describe("a dataset with random repeats", () => {
  it("gives the same outcome in one file or split into two, and with or without a duplicate memory that spills", async () => {
    let runsWithLate = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.array(child, { minLength: 2, maxLength: 40, size: "max" }),
        // Small files, and files with more pairs than 768 bytes hold (48), most of them repeated.
        fc.oneof(fc.array(visit, { minLength: 2, maxLength: 30 }), fc.array(visit, { minLength: 150, maxLength: 400 })),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        async (children, visits, cutChildren, cutVisits) => {
          // Each part holds a row at least (a file of no rows is an issue of its own).
          const k = Math.min(children.length - 1, 1 + Math.floor(cutChildren * (children.length - 1)));
          const v = Math.min(visits.length - 1, 1 + Math.floor(cutVisits * (visits.length - 1)));
          const whole = [
            { name: "kinderen.csv", source: childCsv(children) },
            { name: "aanwezigheid.csv", source: visitCsv(visits) },
          ];
          const split = [
            { name: "kinderen-1.csv", source: childCsv(children.slice(0, k)) },
            { name: "aanwezigheid-1.csv", source: visitCsv(visits.slice(0, v)) },
            { name: "kinderen-2.csv", source: childCsv(children.slice(k)) },
            { name: "aanwezigheid-2.csv", source: visitCsv(visits.slice(v)) },
          ];
          const lateConflicts = new Map<string, number[]>();
          const small: ImportDatasetOptions = {
            duplicateMemory: 768,
            spillParts: 3,
            onLateDuplicates: (_t, rows, _f, d) => rows.forEach((row, i) => d.conflicting[i] && lateConflicts.set(d.file, [...(lateConflicts.get(d.file) ?? []), row])),
          };
          const one = await importDataset(whole);
          const two = await importDataset(split);
          const spilled = await importDataset(split, small);
          const offsets = { "kinderen-2.csv": k, "aanwezigheid-2.csv": v };
          expect(outcome(two, offsets)).toEqual(outcome(one, {}));
          expect(outcome(spilled, offsets)).toEqual(outcome(one, {}));
          for (const r of [two, spilled]) {
            expect(r.counts).toEqual(one.counts);
            expect(r.tables.children?.records).toEqual(one.tables.children?.records);
            expect(r.tables.attendance?.records).toEqual(one.tables.attendance?.records);
            expect(r.files.map((f) => f.counts.rows - f.counts.accepted - f.counts.rejected)).toEqual([0, 0, 0, 0]);
          }
          expect(spilled.files.map((f) => f.counts)).toEqual(two.files.map((f) => f.counts));
          // A conflict found after the last row is counted and reported, but its cells are gone: not in the rejects file.
          two.files.forEach((f, i) => {
            const lost = new Set(lateConflicts.get(f.file!) ?? []);
            expect(spilled.files[i]?.rejects?.rows.map((x) => x.row) ?? []).toEqual((f.rejects?.rows.map((x) => x.row) ?? []).filter((row) => !lost.has(row)));
          });
          if (lateConflicts.size > 0) runsWithLate++;
        },
      ),
      { numRuns: 60 },
    );
    expect(runsWithLate).toBeGreaterThan(5); // the runs did reach conflicts found after the last row
  });
});

describe("the sample of a table in several files, as Dutch Excel writes it", () => {
  const dir = fileURLToPath(new URL("../../../../fixtures/samples/excel-nl-per-jaar", import.meta.url));
  const sample = () => readdirSync(dir).sort().map((name) => ({ name, source: readFileSync(`${dir}/${name}`) }));

  it("reads kinderen-2024 and kinderen-2025 as one table, with an attendance file pointing into both", async () => {
    const r = await importDataset(sample());
    expect(r.files.map((f) => [f.file, counts(f)])).toEqual([
      ["kinderen-2024.csv", { rows: 5, accepted: 4, rejected: 1, duplicates: 0 }],
      ["kinderen-2025.csv", { rows: 5, accepted: 3, rejected: 2, duplicates: 1 }],
      ["activiteiten.csv", { rows: 2, accepted: 2, rejected: 0, duplicates: 0 }],
      ["bijeenkomsten.csv", { rows: 4, accepted: 3, rejected: 1, duplicates: 0 }],
      ["aanwezigheid.csv", { rows: 10, accepted: 7, rejected: 3, duplicates: 1 }],
    ]);
    expect(r.counts).toMatchObject({ rows: 26, accepted: 19, rejected: 7, duplicates: 2 });
    expect(r.files[1]?.dialect).toEqual({ delimiter: ";", lineEnding: "\r\n", encoding: "windows-1252", bom: false });
    expect(r.tables.activities?.records[0]?.["name"]).toBe("Knutselcafé");
    expect(r.tables.children?.records.map((c) => c["neighbourhood"])).toContain("Korvel – Oerlemans");
    expect(r.issues.filter((i) => i.code.startsWith("dataset.")).map((i) => i.message)).toEqual([
      "Rij 2, kolom kindId: Kind-ID komt al eerder voor (eerder in kinderen-2024.csv, rij 3); deze rij telt niet nog eens mee.",
      "Rij 3, kolom geboortedatum: Kind-ID komt al voor (eerder in kinderen-2024.csv, rij 4), met een andere waarde voor geboortedatum. Deze rij is afgekeurd; de eerste rij telt.",
      "Rij 5, kolom activiteitId: Activiteit-ID staat niet in de tabel activiteiten.",
      "Rij 8, kolom aanwezig: Dit kind staat al bij dezelfde bijeenkomst (eerder in rij 6), met een andere waarde voor aanwezig. Deze rij is afgekeurd; de eerste rij telt.",
      "Rij 9, kolom kindId: Dit kind staat twee keer bij dezelfde bijeenkomst (eerder in rij 7); het telt één keer.",
      "Rij 10, kolom kindId: Kind-ID staat niet in de tabel kinderen.",
      "Rij 11, kolom bijeenkomstId: Bijeenkomst-ID staat niet in de tabel bijeenkomsten.",
    ]);
  });
});
