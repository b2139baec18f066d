import { fileURLToPath } from "node:url";
import { readFileSync } from "node:fs";
import fc from "fast-check";
import { strToU8, zipSync } from "fflate";
import { parseReferral } from "@kinderwerk/core";
import { describe, expect, it } from "vitest";
import type { ReadEvent } from "../types/rows.js";
import { importDataset, importEvents, importTable } from "./index.js";

const samples = fileURLToPath(new URL("../../../../fixtures/samples", import.meta.url));
const kinderen = readFileSync(`${samples}/kinderen-excel-nl.csv`);
const aanwezigheid = readFileSync(`${samples}/aanwezigheid-utf8-bom.csv`);

describe("the samples", () => {
  it("imports Dutch Excel's cp1252 ; CSV with Dutch headers, dates, genders and postcodes", async () => {
    const r = await importTable(kinderen, { fileName: "kinderen-excel-nl.csv" });
    expect(r.table).toBe("children");
    expect(r.dialect).toEqual({ delimiter: ";", lineEnding: "\r\n", encoding: "windows-1252", bom: false });
    expect(r.counts).toMatchObject({ rows: 6, accepted: 6, rejected: 0, warnings: 0 });
    expect(r.records[0]).toEqual({ childId: "kw-0101", birthDate: "2015-09-14", gender: "girl", postcode: "5025", neighbourhood: "Groenewoud", groep: 6 });
    expect(r.records[1]).toMatchObject({ birthDate: "2018-01-03", gender: "boy" });
    expect(r.records[3]).not.toHaveProperty("postcode");
    expect(r.records.map((c) => c["gender"])).toEqual(["girl", "boy", "other", "unknown", "girl", "boy"]);
    expect(r.records[4]?.["neighbourhood"]).toBe("Korvel – Oerlemans");
    expect(r.records[5]?.["neighbourhood"]).toBe("Fatimaparochie é");
  });
  it("imports UTF-8 with a BOM and every boolean spelling, empty meaning present", async () => {
    const r = await importTable(aanwezigheid, { fileName: "aanwezigheid-utf8-bom.csv" });
    expect(r.table).toBe("attendance");
    expect(r.dialect).toMatchObject({ delimiter: ",", bom: true, encoding: "utf-8", lineEnding: "\n" });
    expect(r.records.map((a) => a["present"])).toEqual([true, false, true, true, true]);
    expect(r.counts).toMatchObject({ rows: 5, accepted: 5, rejected: 0 });
  });
});

describe("rows, issues and messages", () => {
  it("names the row a spreadsheet shows and the column as written", async () => {
    const csv = 'kindId;geboortedatum;wijk\nkw-1;14-09-2015;"Noord\nOost"\n\nkw-2;31-02-2025;Zuid\n';
    const r = await importTable(csv, { table: "children" });
    expect(r.counts).toMatchObject({ rows: 2, accepted: 1, rejected: 1 });
    expect(r.issues).toHaveLength(1);
    expect(r.issues[0]).toMatchObject({ code: "cell.date.impossible", row: 4, line: 5, column: "geboortedatum", severity: "error" });
    expect(r.issues[0]?.message).toBe("Rij 4, kolom geboortedatum: 31-02-2025 is geen bestaande datum.");
  });
  it("speaks English when asked, and reads tabs", async () => {
    const r = await importTable("childId\tbirthDate\tgender\nkw-1\t2015-13-01\tq\n", { table: "children", lang: "en" });
    expect(r.issues.map((i) => i.message)).toEqual([
      "Row 2, column birthDate: 2015-13-01 is not a real date.",
      'Row 2, column gender: This is not an allowed value. Choose from: girl, boy, other, unknown.',
    ]);
  });
  it("reports an unknown column once, with a suggestion, and keeps it out of the records", async () => {
    const r = await importTable("kindId,geboortedatun,geboortedatum,schoenmaat\nkw-1,x,1-2-2015,38\nkw-2,y,2-2-2015,39\n", { table: "children" });
    expect(r.issues.map((i) => i.message)).toEqual([
      'Rij 1, kolom geboortedatun: Onbekende kolom "geboortedatun" wordt genegeerd. Bedoelt u geboortedatum?',
      'Rij 1, kolom schoenmaat: Onbekende kolom "schoenmaat" wordt genegeerd.',
    ]);
    expect(r.records).toEqual([
      { childId: "kw-1", birthDate: "2015-02-01" },
      { childId: "kw-2", birthDate: "2015-02-02" },
    ]);
  });
  it("never echoes a BSN and rejects it as a child id", async () => {
    const r = await importTable("kindId,geboortedatum,wijk\n111222333,1-2-2015,Noord\nkw-2,1-2-2015,BSN 111222333\n", { table: "children" });
    expect(r.counts).toMatchObject({ rows: 2, accepted: 0, rejected: 2 });
    expect(r.issues.map((i) => i.code)).toEqual(["child.childId.bsn", "value.contains-bsn"]);
    expect(JSON.stringify(r.issues)).not.toContain("111222333");
    const rejects = r.rejects!.toCsv();
    expect(rejects).not.toContain("111222333");
    expect(rejects).toContain(",*********,1-2-2015,Noord");
    expect(rejects).toContain(",kw-2,1-2-2015,BSN *********");
  });
  it("caps the collected issues and keeps the counts exact", async () => {
    const lines = ["kindId,geboortedatum,geslacht"];
    for (let i = 0; i < 3000; i++) lines.push(`kw-${i},31-02-2015,${i % 2 ? "m" : "q"}`);
    const r = await importTable(lines.join("\n"), { table: "children", maxIssues: 10 });
    expect(r.issues).toHaveLength(10);
    expect(r.truncated).toBe(true);
    expect(r.counts).toMatchObject({ rows: 3000, accepted: 0, rejected: 3000, errors: 4500 });
    expect(r.counts.byCode["cell.date.impossible"]).toEqual({ error: 3000, warning: 0 });
    expect(r.counts.byCode["cell.code"]).toEqual({ error: 1500, warning: 0 });
  });
  it("rejects every row of a file with no valid row, and writes them all to the rejects file", async () => {
    const r = await importTable("bijeenkomstId,kindId,aanwezig\n,kw-1,ja\nb-1,,nee\nb 2,kw-3,misschien\n", { table: "attendance" });
    expect(r.counts).toMatchObject({ rows: 3, accepted: 0, rejected: 3 });
    expect(r.records).toEqual([]);
    expect(r.rejects?.size).toBe(3);
    expect(r.issues.map((i) => i.code)).toEqual(["value.required", "value.required", "cell.boolean", "value.id"]);
  });
  it("reads NDJSON and JSON, with the line number as the row and bad lines rejected", async () => {
    const nd = '{"sessionId":"b-1","childId":"kw-1","present":true}\nnot json\n{"sessionId":"b-1","childId":"kw-2","present":"nee","extra":1}\n';
    const r = await importTable(nd, { fileName: "attendance.ndjson" });
    expect(r.format).toBe("ndjson");
    expect(r.counts).toMatchObject({ rows: 3, accepted: 2, rejected: 1 });
    expect(r.records).toEqual([
      { sessionId: "b-1", childId: "kw-1", present: true },
      { sessionId: "b-1", childId: "kw-2", present: false },
    ]);
    expect(r.issues.map((i) => [i.code, i.row ?? null])).toEqual([
      ["ndjson.invalid-line", 2],
      ["header.unknown-column", 1],
    ]);
    const late = await importTable('{"sessionId":"b-1","present":true}\n{"sessionId":"b-1","childId":"kw-2"}\n', { fileName: "attendance.ndjson" });
    expect(late.issues.map((i) => [i.code, i.row])).toEqual([["value.required", 1]]);
    const j = await importTable('[{"kindId":"kw-1","geboortedatum":"2015-01-02","groep":3}]', { fileName: "kinderen.json" });
    expect(j.records).toEqual([{ childId: "kw-1", birthDate: "2015-01-02", groep: 3 }]);
  });
  it("reads spreadsheet date serials in XLSX date cells", async () => {
    async function* events(): AsyncGenerator<ReadEvent> {
      yield { type: "header", header: { row: 1, line: 1, cells: ["kindId", "geboortedatum"], format: "xlsx" } };
      yield { type: "rows", rows: [{ row: 2, line: 2, cells: ["kw-1", "45658"], kinds: ["string", "date"] }] };
      yield { type: "end", summary: { rows: 1, emptyRows: 0, lastRow: 2 } };
    }
    const r = await importEvents(events(), { table: "children" });
    expect(r.records).toEqual([{ childId: "kw-1", birthDate: "2025-01-01" }]);
  });
  it("imports an XLSX sheet with date cells, numbers and booleans", async () => {
    const cell = (ref: string, v: string) => `<c r="${ref}" t="inlineStr"><is><t>${v}</t></is></c>`;
    const sheet =
      `<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>` +
      `<row r="1">${cell("A1", "Kind ID")}${cell("B1", "Geboortedatum")}${cell("C1", "Groep")}${cell("D1", "Inschrijfdatum")}</row>` +
      `<row r="2">${cell("A2", "kw-1")}<c r="B2" s="1"><v>42261</v></c><c r="C2"><v>6</v></c>${cell("D2", "1-9-2025")}</row>` +
      `<row r="4">${cell("A4", "kw-2")}<c r="B4" s="1"><v>45658</v></c><c r="C4"><v>9</v></c></row>` +
      `</sheetData></worksheet>`;
    const xlsx = zipSync({
      "[Content_Types].xml": strToU8("<Types/>"),
      "xl/workbook.xml": strToU8('<workbook xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Kinderen" sheetId="1" r:id="rId1"/></sheets></workbook>'),
      "xl/_rels/workbook.xml.rels": strToU8('<Relationships><Relationship Id="rId1" Type="worksheet" Target="worksheets/sheet1.xml"/></Relationships>'),
      "xl/styles.xml": strToU8('<styleSheet><cellXfs count="2"><xf numFmtId="0"/><xf numFmtId="14"/></cellXfs></styleSheet>'),
      "xl/worksheets/sheet1.xml": strToU8(sheet),
    });
    const r = await importTable(xlsx, { fileName: "kinderen.xlsx" });
    expect(r.format).toBe("xlsx");
    expect(r.records).toEqual([{ childId: "kw-1", birthDate: "2015-09-14", groep: 6, registeredOn: "2025-09-01" }]);
    expect(r.issues.map((i) => i.message)).toEqual(["Rij 4, kolom Groep: Groep mag hoogstens 8 zijn (ingevuld: \"9\")."]);
    expect(r.rejects?.toCsv().split("\r\n")[0]).toBe("\uFEFFimportfouten;Kind ID;Geboortedatum;Groep;Inschrijfdatum");
  });
  it("streams batches to onRecords without keeping them", async () => {
    const seen: unknown[] = [];
    const r = await importTable(aanwezigheid, { table: "attendance", keepRecords: false, onRecords: (recs) => void seen.push(...recs) });
    expect(r.records).toEqual([]);
    expect(seen).toHaveLength(5);
  });
  it("says the import is incomplete when it is cancelled", async () => {
    const r = await importTable(kinderen, { table: "children", signal: { aborted: true } });
    expect(r.complete).toBe(false);
    expect(r.issues[0]?.code).toBe("file.aborted");
  });
  it("tells an unknown table and rejects its rows", async () => {
    const r = await importTable("foo,bar\n1,2\n", { fileName: "export.csv" });
    expect(r.table).toBeUndefined();
    expect(r.counts).toMatchObject({ rows: 1, accepted: 0, rejected: 1 });
    expect(r.issues[0]?.code).toBe("import.table-unknown");
  });
});

describe("the value rules of the format, through the whole import", () => {
  it("reads every date form, gender alias, postcode form and list, and skips lines of only delimiters", async () => {
    const csv = [
      "Kind ID;Geboortedatum;Geslacht;Postcode;Groep;Inschrijfdatum",
      "kw-1;2015-09-14;m;1234AB;1;01/09/2025",
      ";;;;;",
      "kw-2;4-9-2016;F;1234 ab;2;1/9/2025",
      "kw-3;04/09/2017;v;1234;;",
      "kw-4;09/14/2015;Jongen;01234;9;",
    ].join("\r\n");
    const r = await importTable(csv, { table: "children" });
    expect(r.records).toEqual([
      { childId: "kw-1", birthDate: "2015-09-14", gender: "boy", postcode: "1234", groep: 1, registeredOn: "2025-09-01" },
      { childId: "kw-2", birthDate: "2016-09-04", gender: "girl", postcode: "1234", groep: 2, registeredOn: "2025-09-01" },
      { childId: "kw-3", birthDate: "2017-09-04", gender: "girl", postcode: "1234" },
    ]);
    expect(r.counts).toMatchObject({ rows: 4, accepted: 3, rejected: 1 });
    expect(r.issues.map((i) => [i.row, i.column, i.code])).toEqual([
      [6, "Geboortedatum", "cell.date.impossible"],
      [6, "Postcode", "cell.postcode"],
      [6, "Groep", "value.too-big"],
    ]);
  });
  it("reads yes/no in every spelling and lists of catalogue labels", async () => {
    const words = ["true", "false", "ja", "nee", "yes", "no", "1", "0", "j", "n", "y", "N", "x", ""];
    const csv = ["bijeenkomstId,kindId,aanwezig", ...words.map((w, i) => `b-1,kw-${i},${w}`)].join("\n");
    const r = await importTable(csv, { table: "attendance" });
    expect(r.records.map((a) => a["present"])).toEqual([true, false, true, false, true, false, true, false, true, false, true, false, true, true]);
    const act = await importTable("activiteitId,naam,soort,pijlers,programmalijnen\na-1,Club,Spel,Gezin | leefomgeving|,Veiligheid|Citizenship\n", { table: "activities" });
    expect(act.records[0]).toMatchObject({ kind: "play", pillars: ["family", "environment"], programmeLines: ["safety", "citizenship"] });
  });
});

describe("every table", () => {
  it("imports activities, sessions, signals and referrals written with Dutch labels", async () => {
    const act = await importTable("activiteitId;naam;soort;pijlers;programmalijnen;locatietype;partners;minLeeftijd;maxLeeftijd;startdatum\na-1;Knutselmiddag;Knutselen;Kind|Gezin;Veiligheid|gelijke-kansen-placeholder;Wijkcentrum;Bibliotheek|Sportclub;6;10;1-9-2025\na-2;Voetbal;sport;kind;;straat;;;;\n", { table: "activities" });
    expect(act.counts).toMatchObject({ rows: 2, accepted: 1, rejected: 1 });
    expect(act.issues[0]).toMatchObject({ code: "catalogue.code.unknown", column: "programmalijnen", row: 2 });
    expect(act.records[0]).toMatchObject({ activityId: "a-2", kind: "sport", pillars: ["child"], locationType: "street", minAge: 4, maxAge: 12 });
    const ses = await importTable("bijeenkomstId,activiteitId,datum,starttijd,duurMinuten,beroepskrachten,stagiairs,vrijwilligers\nb-1,a-1,01-10-2025,14.30,90,1,,2\nb-2,a-1,02-10-2025,,0,,,\n", { table: "sessions" });
    expect(ses.records).toEqual([{ sessionId: "b-1", activityId: "a-1", date: "2025-10-01", startTime: "14:30", durationMinutes: 90, professionals: 1, interns: 0, volunteers: 2 }]);
    expect(ses.issues[0]).toMatchObject({ code: "value.too-small", column: "duurMinuten", row: 3 });
    const sig = await importTable("signaalId,kindId,datum,categorie,gesignaleerdDoor,omschrijving\ns-1,kw-1,2025-10-01,Pesten,Vrijwilliger,Huilde na het spelen\n", { table: "signals" });
    expect(sig.records[0]).toMatchObject({ category: "bullying", observedBy: "volunteer", confidentiality: "confidential" });
    const ref = await importTable("verwijzingId,kindId,bestemming,aangemaaktOp,verstuurdOp,status,toestemming\nv-1,kw-1,CJG,2-10-2025,3-10-2025,verstuurd,gegeven\n", { table: "referrals" });
    expect(ref.records[0]).toEqual({ referralId: "v-1", childId: "kw-1", destination: "cjg", createdOn: "2025-10-02", sentOn: "2025-10-03", status: "sent", consent: "given" });
    const declined = await importTable("verwijzingId;kindId;bestemming;aangemaaktOp;verstuurdOp;beantwoordOp;status;toestemming;afwijzingsreden\nv-2;kw-1;wijkteam;2-10-2025;2-10-2025;9-10-2025;Afgewezen;gegeven;Geen capaciteit\n", { table: "referrals" });
    expect(declined.records[0]).toMatchObject({ status: "declined", declineReason: "no-capacity" });
  });
  it("scans a signal's description with the names list it is given, in a table and in a dataset", async () => {
    // "Jenaya" is on no list core carries: alone, without a kinship word, only a larger list finds it.
    const csv = "signaalId,kindId,datum,categorie,gesignaleerdDoor,omschrijving\ns-1,kw-1,2025-10-01,pesten,vrijwilliger,jenaya huilde na het spelen\ns-2,kw-1,2025-10-02,pesten,vrijwilliger,huilde weer, zei moeder\n";
    const names = { firstNames: new Set(["jenaya"]), surnames: new Set<string>(), commonWords: new Set<string>() };
    const without = await importTable(csv, { table: "signals" });
    expect(without.issues.filter((i) => i.code === "text.personal-data")).toEqual([]);
    const withNames = await importTable(csv, { table: "signals", names });
    const found = withNames.issues.filter((i) => i.code === "text.personal-data");
    expect(found.map((i) => [i.row, i.params])).toEqual([[2, { kind: "name", start: 0, end: 6 }]]);
    expect(JSON.stringify(withNames.issues)).not.toMatch(/jenaya/i);
    const dataset = await importDataset([{ name: "signalen.csv", source: csv }], { names });
    expect(dataset.tables.signals?.issues.filter((i) => i.code === "text.personal-data").map((i) => i.row)).toEqual([2]);
  });
  it("rejects a referral that parseReferral rejects: sent without a date sent or consent", async () => {
    const csv = "verwijzingId,kindId,bestemming,aangemaaktOp,status,toestemming\nv-1,kw-1,CJG,2-10-2025,verstuurd,\nv-2,kw-1,CJG,2-10-2025,verstuurd,gegeven\n";
    const r = await importTable(csv, { table: "referrals" });
    expect(r.counts).toMatchObject({ rows: 2, accepted: 0, rejected: 2 });
    expect(r.issues.map((i) => [i.row, i.code])).toEqual([
      [2, "referral.sentOn.missing"],
      [2, "referral.consent.missing"],
      [3, "referral.sentOn.missing"],
    ]);
    const direct = parseReferral({ referralId: "v-1", childId: "kw-1", destination: "cjg", createdOn: "2025-10-02", status: "sent" });
    expect(direct.issues.map((i) => i.code)).toEqual(["referral.sentOn.missing", "referral.consent.missing"]);
  });
  it("reads partners as name (sector) in a cell and as objects in JSON and NDJSON", async () => {
    const csv = "activiteitId;naam;soort;partners\na-1;Club;spel;GGD Hart voor Brabant (zorg)|OBS De Vlinder (onderwijs)|Bibliotheek\na-2;Club;spel;OBS De Vlinder (Tilburg), locatie Noord\na-3;Club;spel;GGD (Zorg), Gemeente Tilburg (gemeente)\n";
    const r = await importTable(csv, { table: "activities" });
    expect(r.records.map((a) => a["partners"])).toEqual([
      [{ name: "GGD Hart voor Brabant", sector: "care" }, { name: "OBS De Vlinder", sector: "education" }, { name: "Bibliotheek" }],
      [{ name: "OBS De Vlinder (Tilburg), locatie Noord" }],
      [{ name: "GGD", sector: "care" }, { name: "Gemeente Tilburg", sector: "municipality" }],
    ]);
    const rows = [
      { activityId: "a-1", name: "Club", kind: "play", partners: [{ name: "GGD Hart voor Brabant", sector: "care" }, { name: "Bibliotheek" }] },
      { activityId: "a-2", name: "Club", kind: "play", partners: [{ name: "Sportclub", sector: "vrije tijd" }] },
      { activityId: "a-3", name: "Club", kind: "play", partners: [{ name: "Sportclub", sector: "circus" }] },
    ];
    const expected = [[{ name: "GGD Hart voor Brabant", sector: "care" }, { name: "Bibliotheek" }], [{ name: "Sportclub", sector: "leisure" }]];
    for (const [text, format] of [[JSON.stringify(rows), "json"], [rows.map((x) => JSON.stringify(x)).join("\n"), "ndjson"]] as const) {
      const j = await importTable(text, { table: "activities", format });
      expect(j.records.map((a) => a["partners"]), format).toEqual(expected);
      expect(j.counts, format).toMatchObject({ rows: 3, accepted: 2, rejected: 1 });
      expect(j.issues[0], format).toMatchObject({ code: "cell.code", row: format === "json" ? 4 : 3 });
    }
  });
  it("reads lists written with commas or semicolons when that is not the delimiter", async () => {
    const csv = "activiteitId;naam;soort;pijlers;programmalijnen\na-1;Club;spel;Kind, Gezin;Veiligheid,citizenship\n";
    const r = await importTable(csv, { table: "activities" });
    expect(r.records[0]).toMatchObject({ pillars: ["child", "family"], programmeLines: ["safety", "citizenship"] });
    const comma = await importTable('activiteitId,naam,soort,pijlers\na-1,Club,spel,"Kind; Gezin"\na-2,Club,spel,"Kind, Gezin"\n', { table: "activities" });
    expect(comma.records.map((a) => a["pillars"])).toEqual([["child", "family"]]);
    expect(comma.issues[0]).toMatchObject({ code: "catalogue.code.unknown", row: 3 });
  });
});

describe("rows read = accepted + rejected", () => {
  it("holds for any mix of valid and invalid rows", async () => {
    const cell = fc.constantFrom("b-1", "kw-1", "", "ja", "nee", "misschien", "x", "b 1", "111222333", "=1+1", '"', "a;b", "31-02-2025");
    await fc.assert(
      fc.asyncProperty(fc.array(fc.array(cell, { minLength: 0, maxLength: 5 }), { minLength: 1, maxLength: 30 }), async (rows) => {
        const csv = ["bijeenkomstId;kindId;aanwezig", ...rows.map((r) => r.map((c) => `"${c.replaceAll('"', '""')}"`).join(";"))].join("\n");
        const r = await importTable(csv, { table: "attendance", maxIssues: 5 });
        expect(r.counts.rows).toBe(r.counts.accepted + r.counts.rejected);
        expect(r.records.length).toBe(r.counts.accepted - r.counts.duplicates);
        expect(r.rejects?.size ?? 0).toBe(r.counts.rejected);
      }),
      { numRuns: 60 },
    );
  });
  it("accepts exactly the valid rows of a random mix", async () => {
    const valid = fc.record({ date: fc.constantFrom("14-09-2015", "2016-02-29", "1/2/2017"), gender: fc.constantFrom("m", "V", "meisje", "", "Onbekend"), pc: fc.constantFrom("5025", "5025 KL", "") });
    const invalid = fc.record({ date: fc.constantFrom("31-02-2015", "2015-13-01", "", "gisteren"), gender: fc.constantFrom("q", "m"), pc: fc.constantFrom("0123", "5025") });
    await fc.assert(
      fc.asyncProperty(fc.array(fc.oneof(valid.map((v) => ({ ...v, ok: true })), invalid.map((v) => ({ ...v, ok: false }))), { minLength: 1, maxLength: 40 }), async (rows) => {
        const csv = ["kindId;geboortedatum;geslacht;postcode", ...rows.map((r, i) => `kw-${i};${r.date};${r.gender};${r.pc}`)].join("\r\n");
        const r = await importTable(csv, { table: "children" });
        const expected = rows.filter((x) => x.ok).length;
        expect(r.counts).toMatchObject({ rows: rows.length, accepted: expected, rejected: rows.length - expected });
        expect(r.records.map((c) => c["childId"])).toEqual(rows.flatMap((x, i) => (x.ok ? [`kw-${i}`] : [])));
      }),
      { numRuns: 60 },
    );
  });
});

describe("importDataset", () => {
  const files = [
    { name: "activiteiten.csv", source: "activiteitId,naam,soort\na-1,Voetbal,sport\n" },
    { name: "kinderen.csv", source: "kindId,geboortedatum\nkw-1,1-1-2015\nkw-2,2-2-2016\nkw-1,1-1-2015\n" },
    { name: "bijeenkomsten.csv", source: "bijeenkomstId,activiteitId,datum,duurMinuten\nb-1,a-1,2025-10-01,60\nb-2,a-9,2025-10-02,60\n" },
    { name: "aanwezigheid.csv", source: "bijeenkomstId,kindId,aanwezig\nb-1,kw-1,ja\nb-1,kw-1,ja\nb-1,kw-9,ja\nb-2,kw-2,ja\n" },
    { name: "signalen.csv", source: "signaalId,kindId,datum,categorie,gesignaleerdDoor\ns-1,kw-3,2025-10-01,poverty,professional\n" },
    { name: "verwijzingen.csv", source: "verwijzingId,kindId,signaalId,bestemming,aangemaaktOp,status\nv-1,kw-1,s-9,cjg,2025-10-02,draft\nv-2,kw-2,,wijkteam,2025-10-02,draft\n" },
  ];
  it("checks references across tables and counts duplicates once", async () => {
    const r = await importDataset(files);
    const t = r.tables;
    expect(t.children?.counts).toMatchObject({ rows: 3, accepted: 3, rejected: 0, duplicates: 1 });
    expect(t.children?.records).toHaveLength(2);
    expect(t.sessions?.counts).toMatchObject({ rows: 2, accepted: 1, rejected: 1 });
    expect(t.sessions?.issues[0]?.message).toBe('Rij 3, kolom activiteitId: Activiteit-ID staat niet in de tabel activiteiten.');
    // b-2 was rejected, so its attendance points to nothing too
    expect(t.attendance?.counts).toMatchObject({ rows: 4, accepted: 2, rejected: 2, duplicates: 1 });
    expect(t.attendance?.issues.map((i) => [i.code, i.row])).toEqual([
      ["dataset.duplicate-attendance", 3],
      ["dataset.unknown-reference", 4],
      ["dataset.unknown-reference", 5],
    ]);
    expect(t.signals?.counts).toMatchObject({ accepted: 0, rejected: 1 });
    expect(t.referrals?.counts).toMatchObject({ accepted: 1, rejected: 1 });
    expect(r.counts.rows).toBe(r.counts.accepted + r.counts.rejected);
    expect(r.counts).toMatchObject({ rows: 13, accepted: 8, rejected: 5 });
  });
  it("warns when a referenced table is missing and skips files it cannot place", async () => {
    const r = await importDataset([files[3]!, { name: "export.csv", source: "a\n1\n" }]);
    expect(r.tables.attendance?.counts).toMatchObject({ accepted: 4, duplicates: 1 });
    expect(r.tables.attendance?.issues.filter((i) => i.code === "dataset.table-missing")).toHaveLength(2);
    expect(r.skipped[0]?.issues[0]?.code).toBe("import.table-unknown");
  });
});

describe("the echo policy: what a coordinator typed is shown only when it cannot be personal data", () => {
  const NAME = "Fatima de Vries";
  const BSN = "111222333";
  const leaks = (issues: readonly { message: string; params: Readonly<Record<string, unknown>> }[], secret: string): string[] =>
    issues.flatMap((i) => [i.message, JSON.stringify(i.params)]).filter((text) => text.includes(secret));

  it("never shows a child's name typed into a date, gender, code, catalogue, id or postcode column", async () => {
    const children = await importTable(`childId;birthDate;gender;postcode;groep\n${NAME};${NAME};${NAME};${NAME};${NAME}\n`, { table: "children" });
    const activities = await importTable(`activityId;name;kind;pillars\na-1;Voetbal;${NAME};${NAME}\n`, { table: "activities" });
    const all = [...children.issues, ...activities.issues];
    expect(all.map((i) => i.code)).toEqual(expect.arrayContaining(["cell.date.format", "cell.code", "cell.postcode", "cell.integer", "catalogue.code.unknown"]));
    expect(leaks(all, "Fatima")).toEqual([]);
    expect(children.issues.find((i) => i.code === "cell.date.format")?.message).toBe("Rij 2, kolom birthDate: Dit is geen datum; schrijf bijvoorbeeld 14-09-2025 of 2025-09-14 (dag eerst).");
  });

  it("never shows a BSN, in whatever column it is typed", async () => {
    const children = await importTable(`childId;birthDate;gender;postcode;neighbourhood;groep;registeredOn\n${BSN};${BSN};${BSN};${BSN};${BSN};${BSN};${BSN}\n`, { table: "children" });
    const sessions = await importTable(`sessionId;activityId;date;startTime;durationMinutes\n${BSN};${BSN};${BSN};${BSN};${BSN}\n`, { table: "sessions" });
    const attendance = await importTable(`sessionId;childId;present\ns-${BSN};kw-${BSN};${BSN}\n`, { table: "attendance" });
    const all = [...children.issues, ...sessions.issues, ...attendance.issues];
    expect(all.length).toBeGreaterThan(8);
    expect(leaks(all, BSN)).toEqual([]);
    expect(leaks(all, "111 222 333")).toEqual([]);
  });

  it("still shows a value shaped like a date, time or number, so the coordinator can find it", async () => {
    const r = await importTable("childId;birthDate;groep\nkw-1;31-02-2018;12,5\n", { table: "children" });
    expect(r.issues.map((i) => i.params["value"])).toEqual(["31-02-2018", "12,5"]);
  });

  it("never shows ids in reference and duplicate issues: the row and the table tell where", async () => {
    const r = await importDataset([
      { name: "kinderen.csv", source: "childId;birthDate\nkw-1;2016-01-01\nkw-1;2016-01-01\n" },
      { name: "aanwezigheid.csv", source: `sessionId;childId\nb-1;${NAME.replaceAll(" ", "-")}\nb-1;kw-1\n` },
    ]);
    expect(leaks(r.issues, "Fatima")).toEqual([]);
    expect(leaks(r.issues, "kw-1")).toEqual([]);
    expect(r.issues.find((i) => i.code === "dataset.duplicate-id")?.message).toBe("Rij 3, kolom childId: Kind-ID komt al eerder voor (eerder in rij 2); deze rij telt niet nog eens mee.");
  });
});

describe("the duplicate check over many batches", () => {
  it("finds every repeated session and child pair in a file of many chunks, with the row first seen", async () => {
    let csv = "bijeenkomstId,kindId,aanwezig\n";
    for (let i = 0; i < 30_000; i++) csv += `b-${i % 499},kw-${Math.floor(i / 499)},ja\n`;
    for (let i = 0; i < 250; i++) csv += `b-${(i * 7) % 499},kw-${i % 60},x\n`; // x = ja: identical repeats
    const bytes = new TextEncoder().encode(csv); // a size known up front: the check is sized once
    let streamed = 0;
    const r = await importTable(bytes, { table: "attendance", keepRecords: false, onRecords: (recs) => void (streamed += recs.length) });
    expect(r.counts).toMatchObject({ rows: 30_250, accepted: 30_250, rejected: 0, duplicates: 250 });
    expect(streamed).toBe(30_000);
    const dup = r.issues.find((i) => i.code === "dataset.duplicate-attendance");
    // row 30,002 repeats b-0 / kw-0, first seen on row 2
    expect(dup).toMatchObject({ row: 30_002, params: { firstRow: 2 } });
  });

  it("streams each table's rejects file of a dataset to onRejects with its table", async () => {
    const got: Record<string, string> = {};
    const result = await importDataset(
      [
        { name: "bijeenkomsten.csv", source: "bijeenkomstId,activiteitId,datum,duurMinuten\nb-1,a-1,2025-10-01,60\nb-2,a-1,2025-10-02,nooit\n" },
        { name: "aanwezigheid.csv", source: "bijeenkomstId,kindId,aanwezig\nb-1,kw-1,ja\nb-9,kw-1,ja\n" },
      ],
      { onRejects: (table, bytes) => void (got[table] = (got[table] ?? "") + new TextDecoder().decode(bytes)) },
    );
    expect(result.tables.sessions?.rejects).toBeUndefined();
    expect(Object.keys(got).sort()).toEqual(["attendance", "sessions"]);
    expect(got["sessions"]?.split("\n")[0]).toBe("importfouten,bijeenkomstId,activiteitId,datum,duurMinuten");
    expect(got["attendance"]).toContain("b-9,kw-1,ja");
  });
});

describe("the attendance duplicate check beyond its memory budget", () => {
  const line = fc.record({ s: fc.integer({ min: 0, max: 30 }), c: fc.integer({ min: 0, max: 25 }), bad: fc.integer({ min: 0, max: 9 }) });
  const csvOf = (rows: readonly { s: number; c: number; bad: number }[]): string =>
    ["bijeenkomstId;kindId;aanwezig", ...rows.map((r) => `b-${r.s};kw-${r.c};${r.bad === 0 ? "misschien" : r.bad === 1 ? "" : "ja"}`)].join("\n");

  it("refuses a budget that is not a number of bytes, and takes Infinity as no limit", async () => {
    const csv = "bijeenkomstId;kindId;aanwezig\nb-1;kw-1;ja\nb-1;kw-1;ja";
    for (const duplicateMemory of [Number.NaN, -1]) await expect(importTable(csv, { table: "attendance", duplicateMemory })).rejects.toThrow(/duplicateMemory/);
    expect((await importTable(csv, { table: "attendance", duplicateMemory: Number.POSITIVE_INFINITY })).counts.duplicates).toBe(1);
  });

  it("gives the same issues in the same order, counts, records and rejects as the check that holds everything", async () => {
    let runsWithLate = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(line, { minLength: 1, maxLength: 900, size: "max" }), fc.constantFrom(5, 40, 1000), async (rows, maxIssues) => {
        const csv = csvOf(rows);
        const all = await importTable(csv, { table: "attendance", maxIssues });
        const late: number[] = [];
        const streamed: number[] = [];
        const small = await importTable(csv, {
          table: "attendance",
          maxIssues,
          duplicateMemory: 768,
          spillParts: 3,
          onRecords: (_, r) => void streamed.push(...r),
          onLateDuplicates: (r, firsts) => {
            r.forEach((row, i) => expect(firsts[i]).toBeLessThan(row));
            late.push(...r);
          },
        });
        const issueRows = all.issues.map((i) => i.row ?? 0);
        expect(issueRows).toEqual([...issueRows].sort((x, y) => x - y)); // collected by row
        expect(small.issues).toEqual(all.issues);
        expect(small.counts).toEqual(all.counts);
        expect(small.truncated).toBe(all.truncated);
        expect(small.records).toEqual(all.records);
        expect(small.rejects?.toCsv()).toEqual(all.rejects?.toCsv());
        expect(small.counts.rows).toBe(small.counts.accepted + small.counts.rejected);
        // What went to onRecords, less the late duplicates, is what the check that holds everything kept.
        const lateSet = new Set(late);
        expect(late.length).toBe(lateSet.size);
        expect(streamed.filter((r) => !lateSet.has(r))).toHaveLength(all.records.length);
        if (late.length > 0) runsWithLate++;
      }),
      { numRuns: 60 },
    );
    expect(runsWithLate).toBeGreaterThan(20); // the runs did exercise the path beyond the budget
  });

  it("reports a late duplicate with its row and the row of its first occurrence, in its place among the issues", async () => {
    let csv = "bijeenkomstId,kindId,aanwezig\n";
    for (let i = 0; i < 200; i++) csv += `b-${i},kw-1,ja\n`; // 200 pairs: 48 held, 152 spilled
    csv += "b-199,kw-1,misschien\n"; // row 202: rejected, not a duplicate
    csv += "b-199,kw-1,ja\n"; // row 203: repeats row 201 (spilled), found after the last row
    csv += "b-0,kw-1,x\n"; // row 204: repeats row 2 (x = ja)
    csv += "b-199,kw-1,nee\n"; // row 205: conflicts with row 201: rejected after the last row
    const late: [number, number, boolean][] = [];
    const r = await importTable(csv, {
      table: "attendance",
      duplicateMemory: 768,
      onLateDuplicates: (rows, firsts, { conflicting }) => rows.forEach((row, i) => late.push([row, firsts[i]!, conflicting[i]!])),
    });
    expect(r.counts).toMatchObject({ rows: 204, accepted: 202, rejected: 2, duplicates: 2, errors: 2, warnings: 2 });
    expect(r.issues.map((i) => [i.row, i.code, i.params["firstRow"] ?? null])).toEqual([
      [202, "cell.boolean", null],
      [203, "dataset.duplicate-attendance", 201],
      [204, "dataset.duplicate-attendance", 2],
      [205, "dataset.conflicting-duplicate", 201],
    ]);
    expect(r.issues[1]?.message).toBe("Rij 203, kolom kindId: Dit kind staat twee keer bij dezelfde bijeenkomst (eerder in rij 201); het telt één keer.");
    expect(r.issues[3]?.message).toBe("Rij 205, kolom aanwezig: Dit kind staat al bij dezelfde bijeenkomst (eerder in rij 201), met een andere waarde voor aanwezig. Deze rij is afgekeurd; de eerste rij telt.");
    expect(r.records).toHaveLength(200);
    // b-0 may be one of the 48 pairs held in memory (found at once) or not (found after the file).
    expect(late.filter(([row]) => row !== 204)).toEqual([
      [203, 201, false],
      [205, 201, true],
    ]);
  });
});
