import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { importTable } from "../../pipeline/index.js";
import fc from "fast-check";
import { encodeText, encodeTexts } from "./encode.js";
import { RejectsFile, rejectsDialect } from "./index.js";

const kinderen = readFileSync(new URL("../../../../../fixtures/samples/kinderen-excel-nl.csv", import.meta.url));

/** Break two rows of the cp1252 sample, byte for byte: an impossible date and an unknown gender. */
function broken(): Uint8Array {
  return latin1(kinderen).replace("3-1-2018", "31-02-2018").replace(";v;", ";vrouwtje;").bytes();
}

/** Edit bytes as text without decoding them (every byte one character). */
function latin1(bytes: Uint8Array): { replace(a: string, b: string): ReturnType<typeof latin1>; bytes(): Uint8Array; text: string } {
  const text = Buffer.from(bytes).toString("latin1");
  return { text, replace: (a, b) => latin1(Buffer.from(text.replace(a, b), "latin1")), bytes: () => new Uint8Array(Buffer.from(text, "latin1")) };
}

describe("the rejects file", () => {
  it("holds the rejected rows in the input's dialect with a reasons column first", async () => {
    const r = await importTable(broken(), { fileName: "kinderen.csv" });
    expect(r.counts).toMatchObject({ rows: 6, accepted: 4, rejected: 2 });
    const text = r.rejects!.toCsv();
    const lines = text.split("\r\n");
    expect(lines[0]).toBe("importfouten;Kind ID;Geboortedatum;Geslacht;Postcode;Wijk;Groep");
    expect(lines[1]).toBe("Rij 3: kolom Geboortedatum: 31-02-2018 is geen bestaande datum.;kw-0102;31-02-2018;jongen;5025;Wandelbos;2");
    expect(lines[2]).toMatch(/^Rij 6: kolom Geslacht: Dit is geen geldige waarde\. Kies uit: girl, boy, other, unknown\.;kw-0105;30-04-2014;vrouwtje;5045 HG;Korvel – Oerlemans;7$/);
    // Windows-1252 in, Windows-1252 out: the en dash is one byte, 0x96
    const bytes = r.rejects!.toBytes();
    expect(bytes.includes(0x96)).toBe(true);
    expect(r.rejects!.dialect).toEqual({ delimiter: ";", lineEnding: "\r\n", encoding: "windows-1252", bom: false });
  });

  it("round-trips: fix the rejects file, import it again, everything is accepted and the reasons column ignored", async () => {
    const first = await importTable(broken(), { fileName: "kinderen.csv" });
    const fixed = latin1(first.rejects!.toBytes()).replace(";31-02-2018;", ";28-02-2018;").replace(";vrouwtje;", ";meisje;");
    const again = await importTable(fixed.bytes(), { fileName: "kinderen.csv" });
    expect(again.counts).toMatchObject({ rows: 2, accepted: 2, rejected: 0, warnings: 0 });
    expect(again.issues).toEqual([]);
    expect(again.records.map((c) => [c["childId"], c["birthDate"], c["gender"], c["neighbourhood"]])).toEqual([
      ["kw-0102", "2018-02-28", "boy", "Wandelbos"],
      ["kw-0105", "2014-04-30", "girl", "Korvel – Oerlemans"],
    ]);
  });

  it("neutralises formulas and the import undoes it", async () => {
    const r = await importTable("kindId,geboortedatum,wijk\nkw-1,gisteren,=HYPERLINK(\"http://x\")\n", { table: "children", lang: "en" });
    const text = r.rejects!.toCsv("en");
    expect(text.split("\n")[0]).toBe("importErrors,kindId,geboortedatum,wijk");
    expect(text).toContain(`"'=HYPERLINK(""http://x"")"`);
    const again = await importTable(text.replace(",gisteren,", ",1-1-2015,"), { table: "children" });
    expect(again.records).toEqual([{ childId: "kw-1", birthDate: "2015-01-01", neighbourhood: '=HYPERLINK("http://x")' }]);
  });

  it("writes XLSX and NDJSON rejects as ; CSV with a BOM for Excel", async () => {
    const r = await importTable('{"kindId":"kw-1","geboortedatum":"nooit"}\n', { fileName: "kinderen.ndjson" });
    expect(r.rejects!.toCsv().startsWith("\uFEFFimportfouten;kindId;geboortedatum\r\n")).toBe(true);
    expect([...r.rejects!.toBytes().subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  });
});

describe("encodeText", () => {
  it("writes Windows-1252 with its 0x80-0x9F characters, and ? for what it cannot hold", () => {
    expect([...encodeText("é€–😀", "windows-1252", false)]).toEqual([0xe9, 0x80, 0x96, 0x3f]);
    expect([...encodeText("a", "utf-8", true)]).toEqual([0xef, 0xbb, 0xbf, 0x61]);
  });
  it("encodes lines one by one to the very bytes of the joined text, in every encoding", () => {
    const piece = fc.oneof(fc.string({ unit: "binary", maxLength: 40 }), fc.constantFrom("Korvel – Oerlemans", "café", "\ud83d", "\ude00", "😀", "x".repeat(300)));
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), fc.constantFrom("utf-8", "windows-1252", "utf-16le", "utf-16be") as fc.Arbitrary<"utf-8">, fc.boolean(), (pieces, encoding, bom) => {
        const lines = pieces.map((p) => `${p}\r\n`); // whole lines, as the rejects writer gives
        expect([...encodeTexts(lines, encoding, bom)]).toEqual([...encodeText(lines.join(""), encoding, bom)]);
      }),
      { numRuns: 300 },
    );
  });
});

describe("the rejected rows held in memory", () => {
  it("give back their original cells, also when a cell holds the packing separator or is empty", () => {
    const f = new RejectsFile(["a", "b", "c"], rejectsDialect("csv", { delimiter: ",", lineEnding: "\n", encoding: "utf-8", bom: false }));
    f.add(2, ["x", "", "z"], []);
    f.add(3, ["with\u0001sep", "y", ""], []);
    f.add(4, [""], []);
    expect(f.rows.map((r) => r.cells)).toEqual([["x", "", "z"], ["with\u0001sep", "y", ""], [""]]);
  });
});

describe("a rejects file too large to keep", () => {
  const csv = (n: number): string => {
    let out = "bijeenkomstId;kindId;aanwezig\n";
    for (let i = 0; i < n; i++) out += i % 2 === 0 ? `b-${i};kw-${i};misschien\n` : `b-${i};kw-${i};ja\n`;
    return out;
  };

  it("streams to onRejects as the rows come: the same bytes as the file held in memory, nothing held", async () => {
    const held = await importTable(csv(400), { table: "attendance" });
    const pieces: Uint8Array[] = [];
    const streamed = await importTable(csv(400), { table: "attendance", onRejects: (b) => void pieces.push(b) });
    expect(streamed.rejects).toBeUndefined();
    expect(streamed.counts).toMatchObject({ rows: 400, accepted: 200, rejected: 200 });
    expect(Buffer.concat(pieces)).toEqual(Buffer.from(held.rejects!.toBytes()));
    const lines = Buffer.concat(pieces).toString("utf8").split("\n");
    expect(lines[0]).toBe("importfouten;bijeenkomstId;kindId;aanwezig");
    expect(lines[1]).toBe('"Rij 2: kolom aanwezig: Dit is geen ja/nee-waarde; schrijf ja of nee (of x voor ja).";b-0;kw-0;misschien');
    expect(lines).toHaveLength(202); // header, 200 rows, and the empty text after the last line ending
  });

  it("keeps the input's encoding and BOM when streamed: the BOM once, at the start", async () => {
    const pieces: Uint8Array[] = [];
    const withBom = `\uFEFF${csv(4)}`;
    await importTable(withBom, { table: "attendance", onRejects: (b) => void pieces.push(b) });
    const bytes = Buffer.concat(pieces);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(bytes.indexOf(Buffer.from([0xef, 0xbb, 0xbf]), 3)).toBe(-1);
  });

  it("holds at most maxRejects rows in memory and says the rejects file was cut short", async () => {
    const r = await importTable(csv(50), { table: "attendance", maxRejects: 10 });
    expect(r.counts).toMatchObject({ rows: 50, accepted: 25, rejected: 25 });
    expect(r.rejects!.size).toBe(10);
    expect(r.rejects!.truncated).toBe(true);
    const cut = r.issues.filter((i) => i.code === "import.rejects-truncated");
    expect(cut).toHaveLength(1);
    expect(cut[0]?.severity).toBe("warning");
    expect(cut[0]?.message).toContain("alleen de eerste 10 rijen");
  });
  it("masks BSNs in the header row too, which is a data row in a file without one", () => {
    const file = new RejectsFile(["kw-1", "123 - 456 - 782"], rejectsDialect("xlsx"));
    file.add(2, ["kw-2", "123_456_782"], []);
    const csv = file.toCsv("nl");
    expect(csv).toContain("importfouten;kw-1;*********");
    expect(csv).toContain(";kw-2;*********");
    expect(csv).not.toContain("456");
  });
  it("masks a BSN written in full-width digits, and leaves cells with fewer than nine digits as they are", () => {
    const file = new RejectsFile(["kindId", "wijk", "notitie"], rejectsDialect("xlsx"));
    file.add(2, ["kw-2", "\uff11\uff11\uff11\uff12\uff12\uff12\uff13\uff13\uff13", "om 16:30 uur, groep 7, 2 broers"], []);
    const csv = file.toCsv("nl");
    expect(csv).toContain(";kw-2;*********;om 16:30 uur, groep 7, 2 broers");
  });
});
