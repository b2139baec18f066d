// What the commands are told beyond the files, through the built command, on a client system's
// export (Windows-1252, its own column names and codes) with its mapping and the municipality's
// programme lines: --mapping, --catalogues, --key-file / --key-env, and report's --budget and
// --population.

import { cpSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ensureBuilt, kw, tempFolder } from "../_test/cli.js";

const SAMPLE = fileURLToPath(new URL("../../../../fixtures/samples/clientsysteem-export", import.meta.url));
const KEY = "een-sleutel-van-de-organisatie-2025";
let tmp: { dir: string; remove: () => void };
const at = (...p: string[]) => join(tmp.dir, ...p);

interface Doc {
  budget?: unknown;
  population?: unknown;
  catalogues: { kind: string; id: string }[];
  indicators: { id: string; value?: number | null; rows?: { key: string; value: number | null }[] }[];
}
const indicator = (doc: Doc, id: string) => doc.indicators.find((i) => i.id === id);
const GEN = ["--generated-at", "2026-01-15T10:00:00Z", "--year", "2025", "--suppress", "0"];
const CHOSEN = ["--mapping", "export/mapping-kinderen.json", "--catalogues", "export/catalogi.json"];

beforeAll(() => {
  ensureBuilt();
  tmp = tempFolder();
  cpSync(SAMPLE, at("export"), { recursive: true });
  writeFileSync(at("sleutel.txt"), `${KEY}\n`);
  writeFileSync(at("kort.txt"), "kort\r\n");
}, 120_000);
afterAll(() => tmp.remove());

describe("--mapping and --catalogues", () => {
  it("read a client system's export as it is, with the mapping and the catalogues beside it in its folder", () => {
    const r = kw(["validate", "export", ...CHOSEN, "--format", "json"], tmp.dir);
    expect(r.stderr).toBe("");
    expect(r.status).toBe(0);
    const files = (JSON.parse(r.stdout) as { files: { path: string; rows: number; accepted: number }[] }).files;
    // The mapping and the catalogues in the folder are no data: only the four tables are read.
    expect(files.map((f) => [f.path, f.rows, f.accepted])).toEqual([
      ["export/aanwezigheid.csv", 7, 7],
      ["export/activiteiten.csv", 2, 2],
      ["export/bijeenkomsten.csv", 3, 3],
      ["export/kinderen.csv", 5, 5],
    ]);
  });

  it("are what the export needs: without the mapping no child is read, without the catalogues no activity", () => {
    const r = kw(["validate", "export/kinderen.csv", "export/activiteiten.csv", "--format", "json"], tmp.dir);
    expect(r.status).toBe(1);
    const files = (JSON.parse(r.stdout) as { files: { rejected: number; issues: { code: string }[] }[] }).files;
    expect(files.map((f) => f.rejected)).toEqual([5, 2]);
    expect(files[0]!.issues.map((i) => i.code)).toContain("header.missing-column");
    expect(files[1]!.issues.map((i) => i.code)).toContain("catalogue.code.unknown");
  });

  it("give the report the organisation's programme lines, labelled from its catalogue", () => {
    const r = kw(["report", "export", ...CHOSEN, ...GEN], tmp.dir);
    expect(r.status).toBe(0);
    const doc = JSON.parse(r.stdout) as Doc;
    expect(doc.catalogues.find((c) => c.kind === "programmeLines")?.id).toBe("programmalijnen-gemeente");
    expect(indicator(doc, "reach.byProgrammeLine")?.rows?.map((row) => [row.key, row.value])).toEqual([["taal", 3], ["bewegen", 2]]);
    expect(indicator(doc, "reach")?.value).toBe(4);
  });

  it("stop the run with one line when a file is no JSON, does not hold, or maps a table twice", () => {
    writeFileSync(at("kapot.json"), "{ table: children }");
    writeFileSync(at("onbekend.json"), JSON.stringify({ table: "children", columns: { Schoenmaat: "schoenmaat" } }));
    writeFileSync(at("catalogus.json"), JSON.stringify({ pillars: { id: "p", version: "1", entries: [{ code: "kind" }] } }));
    const cases: [string[], string][] = [
      [["--mapping", "kapot.json"], "kinderwerk: --mapping kapot.json is geen JSON-bestand\n"],
      [["--mapping", "onbekend.json"], "kinderwerk: --mapping onbekend.json klopt niet: "],
      [["--catalogues", "catalogus.json"], "kinderwerk: --catalogues catalogus.json klopt niet: "],
      [["--mapping", "export/mapping-kinderen.json", "--mapping", "onbekend.json"], "kinderwerk: --mapping onbekend.json klopt niet: "],
      [["--mapping", "export/mapping-kinderen.json", "--mapping", "export/mapping-kinderen.json"], "kinderwerk: twee mappings voor de tabel kinderen (children): export/mapping-kinderen.json en export/mapping-kinderen.json; geef er één per tabel\n"],
      [["--mapping", "nergens.json"], "kinderwerk: nergens.json kan niet gelezen worden: "],
    ];
    for (const [options, start] of cases) {
      const r = kw(["validate", "export", ...options], tmp.dir);
      expect(r.status, options.join(" ")).toBe(2);
      expect(r.stdout).toBe("");
      expect(r.stderr.startsWith(start), r.stderr).toBe(true);
      expect(r.stderr.trim().split("\n")).toHaveLength(1);
    }
  });
});

describe("--key-file and --key-env", () => {
  it("pseudonymise every table's child ids, so that the references still hold and the report counts the same", () => {
    const plain = kw(["report", "export", ...CHOSEN, ...GEN], tmp.dir);
    const fromFile = kw(["report", "export", ...CHOSEN, ...GEN, "--key-file", "sleutel.txt"], tmp.dir);
    const fromEnv = kw(["report", "export", ...CHOSEN, ...GEN, "--key-env", "KW_SLEUTEL"], tmp.dir, undefined, { KW_SLEUTEL: KEY });
    for (const r of [fromFile, fromEnv]) {
      expect(r.status, r.stderr).toBe(0);
      expect(r.stdout).toBe(plain.stdout);
    }
    const checked = kw(["validate", "export", ...CHOSEN, "--key-file", "sleutel.txt"], tmp.dir);
    expect(checked.status).toBe(0);
    expect(checked.stdout).toContain("Alle 17 rijen zijn goedgekeurd.");
  });

  it("refuse a short, missing or doubled key in one line that never shows the key", () => {
    const short = kw(["validate", "export", ...CHOSEN, "--key-file", "kort.txt"], tmp.dir);
    expect(short.status).toBe(2);
    expect(short.stderr).toBe("kinderwerk: de pseudoniemsleutel is 4 bytes lang; een sleutel heeft er minstens 16 (maak er een met: openssl rand -base64 32)\n");
    const shortEnv = kw(["validate", "export", "--key-env", "KW", "--lang", "en"], tmp.dir, undefined, { KW: "geheim123" });
    expect(shortEnv.stderr).toBe("kinderwerk: the pseudonym key is 9 bytes long; a key has at least 16 (make one with: openssl rand -base64 32)\n");
    expect(shortEnv.stderr).not.toContain("geheim123");
    const unset = kw(["report", "export", ...GEN, "--key-env", "KW_NIET_GEZET"], tmp.dir);
    expect(unset.status).toBe(2);
    expect(unset.stderr).toBe("kinderwerk: de omgevingsvariabele KW_NIET_GEZET van --key-env is niet gezet of leeg\n");
    const both = kw(["capacity", "export", "--year", "2025", "--key-file", "sleutel.txt", "--key-env", "KW"], tmp.dir, undefined, { KW: KEY });
    expect(both.status).toBe(2);
    expect(both.stderr).toBe("kinderwerk: --key-file en --key-env samen: kies één van de twee\n");
    for (const r of [short, shortEnv, unset, both]) expect(r.stderr).not.toContain(KEY);
  });
});

describe("kinderwerk report --budget and --population", () => {
  it("give the cost per child and the reach share, the budget read as people write money", () => {
    const r = kw(["report", "export", ...CHOSEN, ...GEN, "--budget", "€ 1.200,00", "--population", "400"], tmp.dir);
    expect(r.status).toBe(0);
    const doc = JSON.parse(r.stdout) as Doc;
    expect(doc.budget).toEqual({ amount: 1200, currency: "EUR" });
    expect(doc.population).toEqual({ children4to12: 400 });
    expect(indicator(doc, "costPerChild")?.value).toBe(300);
    expect(indicator(doc, "reachShare")?.value).toBe(1);
  });

  it("refuse an amount that is no amount, and a negative one", () => {
    for (const budget of ["veel", "12.50.0", "-5"]) {
      const r = kw(["report", "export", ...GEN, `--budget=${budget}`], tmp.dir);
      expect(r.status).toBe(2);
      expect(r.stderr).toBe(`kinderwerk: --budget verwacht een bedrag in euro's van 0 of meer, zoals 120000 of "€ 120.000,00", niet "${budget}"\n`);
    }
  });
});
