import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { formatIssue } from "@kinderwerk/core";
import { csvLines, writeCsv } from "@kinderwerk/core";
import { describe, expect, it } from "vitest";
import { importMessages } from "../../messages/index.js";
import { readRows, readTable } from "../readRows.js";
import type { ReadEvent } from "../../types/rows.js";

const samples = fileURLToPath(new URL("../../../../../fixtures/samples/", import.meta.url));
const cp1252 = (s: string): Uint8Array => Uint8Array.from([...s].map((c) => ({ "€": 0x80, "–": 0x96, "é": 0xe9, "ë": 0xeb, "ü": 0xfc })[c] ?? c.charCodeAt(0)));
const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);

async function table(source: Parameters<typeof readTable>[0], options: Parameters<typeof readTable>[1] = {}) {
  const r = await readTable(source, options);
  if (!r.ok) throw new Error(`read failed: ${r.issues.map((i) => i.code).join(", ")}`);
  return r.value;
}
async function failure(source: Parameters<typeof readTable>[0], options: Parameters<typeof readTable>[1] = {}) {
  const r = await readTable(source, options);
  if (r.ok) throw new Error("expected the read to fail");
  return r.issues[r.issues.length - 1]!;
}

describe("CSV dialects", () => {
  it.each([
    [",", "a,b,c\n1,2,3\n"],
    [";", "a;b;c\n1;2;3\n"],
    ["\t", "a\tb\tc\n1\t2\t3\n"],
  ])("detects the delimiter %j from the header line", async (delimiter, text) => {
    const t = await table(text);
    expect(t.header.dialect?.delimiter).toBe(delimiter);
    expect(t.header.cells).toEqual(["a", "b", "c"]);
    expect(t.rows[0]?.cells).toEqual(["1", "2", "3"]);
  });

  it("reads the Dutch Excel sample: Windows-1252, semicolons and CRLF", async () => {
    const t = await table(readFileSync(`${samples}kinderen-excel-nl.csv`));
    expect(t.header.dialect).toEqual({ delimiter: ";", lineEnding: "\r\n", encoding: "windows-1252", bom: false });
    expect(t.header.cells[0]).toBe("Kind ID");
    expect(t.rows.map((r) => r.cells[4])).toContain("Korvel – Oerlemans");
    expect(t.rows[5]?.cells).toEqual(["kw-0106", "01-03-2019", "M", "5042", "Fatimaparochie é", "1"]);
    expect(t.rows.map((r) => r.row)).toEqual([2, 3, 4, 5, 6, 7]);
  });

  it("reads the UTF-8 sample with a BOM and drops the BOM from the first header", async () => {
    const t = await table(readFileSync(`${samples}aanwezigheid-utf8-bom.csv`));
    expect(t.header.dialect).toEqual({ delimiter: ",", lineEnding: "\n", encoding: "utf-8", bom: true });
    expect(t.header.cells).toEqual(["bijeenkomstId", "kindId", "aanwezig"]);
    expect(t.rows[3]?.cells).toEqual(["b-2", "kw-0101", ""]);
  });

  it("decodes UTF-8 without a BOM and Windows-1252 so that ë, é, ü, € and – survive", async () => {
    const text = "naam;wijk\nZoë;Café € – ü\n";
    expect((await table(utf8(text))).rows[0]?.cells).toEqual(["Zoë", "Café € – ü"]);
    const t = await table(cp1252(text));
    expect(t.header.dialect?.encoding).toBe("windows-1252");
    expect(t.rows[0]?.cells).toEqual(["Zoë", "Café € – ü"]);
  });

  it("reads quoted fields with delimiters, doubled quotes and line breaks", async () => {
    const t = await table('id,note\n1,"a, b"\n2,"zei ""hoi"""\n3,"twee\r\nregels"\n4,"x"y\n');
    expect(t.rows.map((r) => r.cells[1])).toEqual(["a, b", 'zei "hoi"', "twee\r\nregels", "xy"]);
  });

  it("numbers rows as a spreadsheet does: one row per record, blank and delimiter-only lines keep their number", async () => {
    const t = await table('a;b\r\n1;"x\r\ny"\r\n\r\n;\r\n2;z\r\n3;"p\nq\nr"\n4;w');
    expect(t.rows.map((r) => [r.row, r.line, r.cells[0]])).toEqual([
      [2, 2, "1"],
      [5, 6, "2"],
      [6, 7, "3"],
      [7, 10, "4"],
    ]);
    expect(t.summary).toEqual({ rows: 4, emptyRows: 2, lastRow: 7 });
  });

  it("gives the same rows whatever the chunk boundaries", async () => {
    const text = 'a,b\n1,"x,""y""\nz"\n\n2,3\r\n"4",5\n';
    const whole = (await table(text)).rows;
    for (const size of [1, 2, 3, 5, 7]) {
      const chunks = Array.from({ length: Math.ceil(text.length / size) }, (_, i) => utf8(text.slice(i * size, i * size + size)));
      expect((await table(chunks)).rows).toEqual(whole);
    }
  });

  it("reads lines that end in a lone CR (Excel for Mac), whatever the chunk boundaries", async () => {
    const text = 'kindId;geboortedatum\rkw-1;2016-01-01\r\r"kw-2";"2017-02-03"\rkw-3;2015-05-05';
    const whole = await table(text);
    expect(whole.header.dialect).toMatchObject({ delimiter: ";", lineEnding: "\r" });
    expect(whole.rows.map((r) => [r.row, r.cells])).toEqual([
      [2, ["kw-1", "2016-01-01"]],
      [4, ["kw-2", "2017-02-03"]],
      [5, ["kw-3", "2015-05-05"]],
    ]);
    for (const size of [1, 2, 3, 5, 7]) {
      const chunks = Array.from({ length: Math.ceil(text.length / size) }, (_, i) => utf8(text.slice(i * size, i * size + size)));
      expect((await table(chunks)).rows).toEqual(whole.rows);
    }
    // A CRLF file split between its CR and LF is still CRLF.
    expect((await table([utf8("a;b\r"), utf8("\n1;2\r\n")])).header.dialect?.lineEnding).toBe("\r\n");
  });

  it("reads back what core's CSV writer wrote, formulas neutralised and numbers kept", async () => {
    const rows = [["id", "note", "n"], ["k1", '=HYPERLINK("x")', -5], ["k2", "a;b\nc", 1.5], ["k3", "-5", 0]];
    for (const options of [{ delimiter: ";" as const, bom: true }, { delimiter: "," as const, lineEnding: "\n" as const }, { delimiter: "\t" as const }]) {
      const t = await table(utf8(writeCsv(rows, options)));
      expect(t.header.dialect?.delimiter).toBe(options.delimiter);
      expect(t.rows.map((r) => r.cells)).toEqual([["k1", "'=HYPERLINK(\"x\")", "-5"], ["k2", "a;b\nc", "1.5"], ["k3", "'-5", "0"]]);
    }
    expect([...csvLines([["a"]], { bom: true })][0]).toBe("\uFEFFa\r\n");
  });
});

/** A lazily generated stream: `count` chunks of `piece`, never held together. */
async function* lazy(head: string, piece: string, count: number, seen: { chunks: number }): AsyncGenerator<Uint8Array> {
  yield utf8(head);
  const bytes = utf8(piece);
  for (let i = 0; i < count; i++) {
    seen.chunks++;
    yield bytes;
  }
}

describe("bad CSV input", () => {
  it("stops a 1 GB line without a newline early, with csv.record-too-large, in bounded memory", async () => {
    const seen = { chunks: 0 };
    const before = process.memoryUsage().heapUsed;
    const issue = await failure(lazy("a,b\n", "x,".repeat(512 * 1024), 1024, seen)); // 1 GiB if read to the end
    expect(issue.code).toBe("csv.record-too-large");
    expect(issue.params).toMatchObject({ row: 2, line: 2 });
    expect(seen.chunks).toBeLessThan(16);
    expect(process.memoryUsage().heapUsed - before).toBeLessThan(200 * 1024 * 1024);
  });

  it("stops a 100 MB field with csv.field-too-large after reading about the limit", async () => {
    const seen = { chunks: 0 };
    const issue = await failure(lazy("a,b\n1,", "y".repeat(1024 * 1024), 100, seen));
    expect(issue.code).toBe("csv.field-too-large");
    expect(seen.chunks).toBeLessThan(4);
  });

  it("stops a 100 MB quoted field with csv.field-too-large", async () => {
    const seen = { chunks: 0 };
    const issue = await failure(lazy('a,b\n1,"', "y".repeat(1024 * 1024), 100, seen));
    expect(issue.code).toBe("csv.field-too-large");
    expect(seen.chunks).toBeLessThan(4);
  });

  it("stops a row of 100,000 columns with csv.too-many-columns", async () => {
    const issue = await failure(`a,b\n${"1,".repeat(100_000)}\n`);
    expect(issue).toMatchObject({ code: "csv.too-many-columns", params: { row: 2, max: 2000 } });
    expect(formatIssue(issue, { messages: importMessages, lang: "en" })).toBe("Too many columns: at most 2,000 (row 2).");
  });

  it("reports an unterminated quote with the row and line where the record starts", async () => {
    const issue = await failure('a,b\n1,2\n\n3,"open\nstill open\n');
    expect(issue).toMatchObject({ code: "csv.unterminated-quote", params: { row: 4, line: 4 } });
    expect(formatIssue(issue, { messages: importMessages })).toBe("Een aanhalingsteken wordt niet gesloten (rij 4). Controleer de aanhalingstekens in dit veld.");
  });

  it("refuses binary files and UTF-16 without a BOM with a code", async () => {
    expect((await failure(Uint8Array.from([0x25, 0x50, 0x44, 0x46, 1, 2, 3]))).code).toBe("file.binary");
    expect((await failure(Uint8Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256)))).toMatchObject({ code: "file.binary" });
    const utf16 = Uint8Array.from([..."a,b\n1,2\n"].flatMap((c) => [c.charCodeAt(0), 0]));
    expect(await failure(utf16, { format: "csv" })).toMatchObject({ code: "file.encoding", params: { encoding: "utf-16le" } });
  });

  it("stops a 1 GB binary stream after the first chunk", async () => {
    const seen = { chunks: 0 };
    async function* noise(): AsyncGenerator<Uint8Array> {
      const bytes = Uint8Array.from({ length: 1 << 20 }, (_, i) => (i * 31) % 256);
      for (let i = 0; i < 1024; i++) {
        seen.chunks++;
        yield bytes;
      }
    }
    expect((await failure(noise(), { format: "csv" })).code).toBe("file.binary");
    expect(seen.chunks).toBeLessThan(3);
  });

  it("reads an empty file as file.empty", async () => {
    expect((await failure("")).code).toBe("file.empty");
    expect((await failure("\n\n;;\n")).code).toBe("file.empty");
  });

  it("applies limits passed in options", async () => {
    expect((await failure("a,b,c\n1,2,3\n", { limits: { maxColumns: 2 } })).code).toBe("csv.too-many-columns");
    expect((await failure("a\nlonger\n", { limits: { maxFieldChars: 3 } })).code).toBe("csv.field-too-large");
  });
});

describe("progress and cancellation", () => {
  it("reports bytes read of the total", async () => {
    const text = `a,b\n${"1,2\n".repeat(600_000)}`;
    const seen: number[] = [];
    const t = await table(utf8(text), { onProgress: (p) => seen.push(p.bytesRead / (p.totalBytes ?? 1)) });
    expect(t.rows.length).toBe(600_000);
    expect(seen.length).toBeGreaterThan(1);
    expect(seen[seen.length - 1]).toBe(1);
  });

  it("stops with file.aborted when the signal fires", async () => {
    const controller = new AbortController();
    const events: ReadEvent["type"][] = [];
    const seen = { chunks: 0 };
    for await (const e of readRows(lazy("a,b\n", "1,2\n".repeat(1000), 10_000, seen), { signal: controller.signal })) {
      events.push(e.type);
      if (e.type === "rows") controller.abort();
      if (e.type === "error") expect(e.issue.code).toBe("file.aborted");
    }
    expect(events.at(-1)).toBe("error");
    expect(seen.chunks).toBeLessThan(30); // the first 64 KiB are read to detect the encoding
  });
});
