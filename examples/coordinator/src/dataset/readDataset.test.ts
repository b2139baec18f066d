import { generateDemoDataset } from "@kinderwerk/cli";
import { tableFromName, type TableName } from "@kinderwerk/core";
import { createPseudonymiser, importDataset } from "@kinderwerk/import";
import { describe, expect, it } from "vitest";
import { blobSource, readDataset, readingOrder, type DatasetFile } from "./readDataset.js";

const demo = generateDemoDataset();
const demoFiles: DatasetFile[] = demo.files
  .filter((f) => f.table !== undefined)
  .map((f, i) => ({ id: `f${i}`, name: f.name, table: f.table as TableName, source: new Blob([f.bytes as BlobPart]) }));

const text = (lines: readonly string[]): Blob => new Blob([`${lines.join("\r\n")}\r\n`]);
const file = (id: string, name: string, source: Blob): DatasetFile => ({ id, name, table: tableFromName(name)!, source });

describe("reading a dataset", () => {
  it("reads tables in the order that lets references be checked, later files of a table after its first", () => {
    const files = [file("a", "aanwezigheid.csv", text([])), file("k2", "kinderen.afgekeurd.csv", text([])), file("b", "bijeenkomsten.csv", text([])), file("k", "kinderen.csv", text([]))];
    expect(readingOrder(files).map((f) => f.id)).toEqual(["k2", "k", "b", "a"]);
  });

  it("gives the counts and issues importDataset gives, when each table has one file", async () => {
    const key = "a-key-of-at-least-16-bytes";
    const expected = await importDataset(
      demoFiles.map((f) => ({ name: f.name, source: blobSource(f.source) })),
      { keepRecords: false, pseudonymise: { key } },
    );
    const got = await readDataset(demoFiles, { lang: "nl", maxIssues: 1000, rejects: true, pseudonymise: await createPseudonymiser({ key }) });
    for (const f of demoFiles) {
      const want = expected.tables[f.table]!;
      expect(got.get(f.id)!.counts).toEqual(want.counts);
      expect(got.get(f.id)!.issues).toEqual(want.issues);
    }
  });

  it("brings in the fixed rows of a rejects file dropped back, checked against the same references", async () => {
    const children = text(["kindId;geboortedatum", "kw-1;14-09-2015", "kw-2;31-02-2016", "kw-3;01-01-2017"]);
    const sessions = text(["bijeenkomstId;activiteitId;datum;duur", "b-1;a-1;01-10-2025;90"]);
    const attendance = text(["bijeenkomstId;kindId;aanwezig", "b-1;kw-1;ja", "b-1;kw-2;ja", "b-1;kw-3;nee"]);
    const rejects: Record<string, Uint8Array[]> = {};
    const onRejects = (id: string, bytes: Uint8Array): void => void (rejects[id] ??= []).push(bytes.slice());
    const first = [file("k", "kinderen.csv", children), file("b", "bijeenkomsten.csv", sessions), file("a", "aanwezigheid.csv", attendance)];
    const once = await readDataset(first, { lang: "nl", maxIssues: 100, rejects: true, onRejects });
    expect([...once.values()].map((r) => [r.table, r.counts.accepted, r.counts.rejected])).toEqual([
      ["children", 2, 1],
      ["sessions", 1, 0],
      ["attendance", 2, 1],
    ]);
    // The coordinator fixes the date in the rejects file and drops both rejects files back.
    const childRejects = new TextDecoder().decode(await new Blob(rejects["k"]! as BlobPart[]).arrayBuffer());
    expect(childRejects.split("\r\n")[0]).toBe("importfouten;kindId;geboortedatum");
    const fixed = new Blob([childRejects.replace(";kw-2;31-02-2016", ";kw-2;28-02-2016")]);
    const again = await readDataset([...first, file("k2", "kinderen.afgekeurd.csv", fixed), file("a2", "aanwezigheid.afgekeurd.csv", new Blob(rejects["a"]! as BlobPart[]))], { lang: "nl", maxIssues: 100, rejects: true });
    expect(again.get("k2")!.counts).toMatchObject({ rows: 1, accepted: 1, rejected: 0 });
    // The attendance of kw-2 now points to an accepted child.
    expect(again.get("a2")!.counts).toMatchObject({ rows: 1, accepted: 1, rejected: 0 });
  });

  it("stops when asked, leaving the files after it unread", async () => {
    const controller = new AbortController();
    controller.abort();
    const got = await readDataset(demoFiles, { lang: "nl", maxIssues: 10, rejects: false, signal: controller.signal });
    expect(got.size).toBe(0);
  });
});

describe("pseudonyms", () => {
  it("are those the import's option gives, and reach the v2 tables the option leaves out", async () => {
    const { pseudonymsOf, withPseudonyms } = await import("./pseudonyms.js");
    const key = "a-key-of-at-least-16-bytes";
    const pseudonymiser = pseudonymsOf(await createPseudonymiser({ key }));
    const viaOption: unknown[] = [];
    await importDataset([{ name: "kinderen.csv", source: blobSource(text(["kindId;geboortedatum", "kw-1;14-09-2015"])) }], { pseudonymise: { key }, keepRecords: false, onRecords: (...batch) => void viaOption.push(...batch[1]) });
    const viaPage = await withPseudonyms(pseudonymiser, "children", [{ childId: "kw-1", birthDate: "2015-09-14" }]);
    expect(viaPage[0]!.childId).toBe((viaOption[0] as { childId: string }).childId);
    const signup = await withPseudonyms(pseudonymiser, "signups", [{ signupId: "s-1", childId: "kw-1" }]);
    expect(signup[0]!.childId).toBe((viaOption[0] as { childId: string }).childId);
    expect(await withPseudonyms(pseudonymiser, "activities", [{ activityId: "a-1" }])).toEqual([{ activityId: "a-1" }]);
  });
});
