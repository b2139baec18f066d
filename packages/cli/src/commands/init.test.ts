// `kinderwerk init`: a mapping made from a client system's export, with the questions answered as a
// person at the terminal would (the real prompts, keys typed into the built command's stdin), and
// read back by `validate --mapping`.

import { cpSync, existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readTable } from "@kinderwerk/import";
import { converse, ensureBuilt, kw, tempFolder } from "../_test/cli.js";
import { proposeMapping, type Ask } from "../init/propose.js";

const SAMPLE = fileURLToPath(new URL("../../../../fixtures/samples/clientsysteem-export", import.meta.url));
let tmp: { dir: string; remove: () => void };
const at = (...p: string[]) => join(tmp.dir, ...p);
const ENTER = "\r";

/** The answers, typed: the first letters of a choice select it (Inquirer's search), Enter takes it. */
const ANSWERS: [string, string][] = [
  ['kolom "Cliëntnummer"', `childid${ENTER}`],
  ['kolom "Geb. datum"', `birthdate${ENTER}`],
  ['kolom "Geslacht (code)"', `gender${ENTER}`],
  ['kolom "Wijkcode"', `neighbourhood${ENTER}`],
  ['kolom "Intern kenmerk"', `geen${ENTER}`],
  ['"1" in gender', `boy${ENTER}`],
  ['"2" in gender', `girl${ENTER}`],
  ['"9" in gender', `unknown${ENTER}`],
];

beforeAll(() => {
  ensureBuilt();
  tmp = tempFolder();
  cpSync(join(SAMPLE, "kinderen.csv"), at("export-clientsysteem.csv"));
}, 120_000);
afterAll(() => tmp.remove());

describe("kinderwerk init", () => {
  it("asks what the export cannot tell, writes the mapping, and validate reads the export with it", async () => {
    const r = await converse(["init", "export-clientsysteem.csv", "--table", "kinderen"], tmp.dir, ANSWERS);
    expect(r.stderr).toBe("");
    expect(r.answered).toBe(ANSWERS.length);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain("Mapping voor kinderen (children) geschreven naar mapping-kinderen.json. Lees de export ermee in: kinderwerk validate export-clientsysteem.csv --mapping mapping-kinderen.json");
    // Postcode is a column the import knows: not asked, not in the mapping.
    expect(JSON.parse(readFileSync(at("mapping-kinderen.json"), "utf8"))).toEqual({
      table: "children",
      columns: { Cliëntnummer: "childId", "Geb. datum": "birthDate", "Geslacht (code)": "gender", Wijkcode: "neighbourhood", "Intern kenmerk": null },
      codes: { gender: { "1": "boy", "2": "girl", "9": "unknown" } },
    });
    const checked = kw(["validate", "export-clientsysteem.csv", "--table", "kinderen", "--mapping", "mapping-kinderen.json", "--format", "json"], tmp.dir);
    expect(checked.status).toBe(0);
    expect((JSON.parse(checked.stdout) as { files: { rows: number; accepted: number; warnings: number }[] }).files[0]).toMatchObject({ rows: 5, accepted: 5, warnings: 0 });
  }, 60_000);

  it("refuses to overwrite a mapping without --force, and says when a required field has no column", async () => {
    const again = kw(["init", "export-clientsysteem.csv", "--table", "kinderen"], tmp.dir);
    expect(again.status).toBe(2);
    expect(again.stderr).toBe("kinderwerk: mapping-kinderen.json bestaat al; kies een ander pad met --out, of overschrijf het met --force\n");
    // Every column ignored: the mapping is written, and the two required fields are named.
    const ignoring = ANSWERS.slice(0, 5).map(([q]) => [q, `geen${ENTER}`] as [string, string]);
    const r = await converse(["init", "export-clientsysteem.csv", "--table", "children", "--out", "leeg.json"], tmp.dir, ignoring);
    expect(r.status).toBe(0);
    expect(r.stderr).toBe("kinderwerk: let op: geen kolom van de export is childId, birthDate, die kinderen (children) nodig heeft; zonder die kolom wordt elke rij afgekeurd\n");
    expect(JSON.parse(readFileSync(at("leeg.json"), "utf8")).codes).toEqual({});
  }, 60_000);

  it("ends with exit 2 and writes nothing when the answers stop coming", async () => {
    const r = await converse(["init", "export-clientsysteem.csv", "--table", "kinderen", "--out", "half.json"], tmp.dir, [ANSWERS[0]!], true);
    // stdin closes after the first answer.
    expect(r.status).toBe(2);
    expect(r.stderr).toBe("kinderwerk: geen antwoord meer (invoer gesloten of gestopt); er is geen mapping geschreven\n");
    expect(existsSync(at("half.json"))).toBe(false);
  }, 60_000);
});

describe("proposeMapping", () => {
  it("proposes the closest field first, asks only about unknown columns and codes it cannot read, in file order", async () => {
    writeFileSync(at("export.csv"), "Kind ID;geboortedatm;Sekse;Aanwezig bij start\r\nkw-1;2016-03-14;1;\r\nkw-2;2015-01-02;2;\r\nkw-3;2015-01-02;meisje;\r\nkw-4;2017-05-06;1;\r\n");
    const read = await readTable(readFileSync(at("export.csv")), { name: "export.csv" });
    if (!read.ok) throw new Error("unread");
    const asked: { message: string; default: unknown; first: unknown }[] = [];
    const answers = new Map<string, unknown>([["Sekse", "gender"], ["1", "boy"], ["2", "girl"]]);
    const ask: Ask = {
      select: async (q) => {
        asked.push({ message: q.message, default: q.default, first: q.choices[0]?.value });
        const key = /"([^"]+)"/.exec(q.message)![1]!;
        return (answers.has(key) ? answers.get(key) : q.default) as never;
      },
    };
    const words = { column: (h: string) => `column "${h}"`, code: (v: string) => `code "${v}"`, table: "table", ignore: "ignore", keep: "keep" };
    const p = await proposeMapping(read.value.header.cells, read.value.rows.map((r) => r.cells), "children", ask, words);
    expect(asked).toEqual([
      { message: 'column "geboortedatm"', default: "birthDate", first: "birthDate" },
      // Each question offers the fields no column has yet.
      { message: 'column "Sekse"', default: null, first: "gender" },
      { message: 'column "Aanwezig bij start"', default: null, first: "postcode" },
      // "meisje" is read as it is; "1" and "2" are asked once each, however often they come.
      { message: 'code "1"', default: null, first: "girl" },
      { message: 'code "2"', default: null, first: "girl" },
    ]);
    expect(p).toEqual({ mapping: { table: "children", columns: { geboortedatm: "birthDate", Sekse: "gender", "Aanwezig bij start": null }, codes: { gender: { "1": "boy", "2": "girl" } } }, missing: [] });
  });
});
