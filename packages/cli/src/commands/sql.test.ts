// `kinderwerk report --engine duckdb`, `kinderwerk load --into` and `kinderwerk report <database>`
// as separate processes, on the demo dataset of every table (13 files, definitions version 2) and on
// its tables of version 1 alone: the same report document as the JS path, byte for byte.

import { cpSync, existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ensureBuilt, kw, tempFolder } from "../_test/cli.js";

let tmp: { dir: string; remove: () => void };
const GEN = ["--generated-at", "2026-01-15T09:00:00Z"];
const YEAR = ["--year", "2025", "--region", "midden", "--compare-previous", ...GEN];
let js: string;
let jsFull: string;
let jsFullStderr: string;
/** What the JS path says on stderr: the demo starts in September 2024, so 2024 is only partly covered. */
let jsStderr: string;

beforeAll(() => {
  ensureBuilt();
  tmp = tempFolder();
  expect(kw(["demo", "--out", "demo", "--seed", "2025"], tmp.dir).status).toBe(0);
  // The demo's tables of version 1: the indicators SQL computes today.
  mkdirSync(join(tmp.dir, "data"));
  for (const f of ["bijeenkomsten.csv", "aanwezigheid.csv", "signalen.csv", "verwijzingen.csv"]) cpSync(join(tmp.dir, "demo", f), join(tmp.dir, "data", f));
  // Without their version 2 columns (gezinId, maxDeelnemers), the last of each line.
  for (const f of ["kinderen.csv", "activiteiten.csv"]) {
    const lines = readFileSync(join(tmp.dir, "demo", f), "utf8").split("\r\n");
    writeFileSync(join(tmp.dir, "data", f), lines.map((l) => (l === "" ? l : l.slice(0, l.lastIndexOf(";")))).join("\r\n"));
  }
  const r = kw(["report", "data", ...YEAR], tmp.dir);
  expect(r.status).toBe(0);
  js = r.stdout;
  const full = kw(["report", "demo", ...YEAR], tmp.dir);
  expect(full.status).toBe(0);
  jsFull = full.stdout;
  jsFullStderr = full.stderr;
  jsStderr = r.stderr;
  expect(jsStderr).toMatch(/^kinderwerk: De vorige periode \(2024-01-01 t\/m 2024-12-31\) valt maar voor een deel binnen de gegevens[^\n]*\n$/);
}, 120_000);
afterAll(() => tmp.remove());

describe("kinderwerk report --engine duckdb", () => {
  it("gives the document of --engine js on the demo dataset of every table, every indicator of both versions", () => {
    const r = kw(["report", "demo", "--engine", "duckdb", ...YEAR], tmp.dir);
    expect(r.stderr).toBe(jsFullStderr);
    expect(r.status).toBe(0);
    expect(r.stdout).toBe(jsFull);
    type Doc = { definitionsVersion: number; indicators: { id: string; value?: number | null; rows?: { value: number | null }[] }[] };
    const doc = JSON.parse(r.stdout) as Doc;
    expect(doc.definitionsVersion).toBe(2);
    const ids = doc.indicators.map((i) => i.id);
    for (const id of ["families", "staff.fte", "staff.hours.byKind", "signups.waiting", "meldcode.byDecision", "budget.total", "reach.shareByNeighbourhood", "sessions.understaffed", "capacity.occupancy", "costPerChild.byProgrammeLine"]) expect(ids, id).toContain(id);
    // Indicator by indicator, unsuppressed, so that a difference names the indicator.
    const sql = JSON.parse(kw(["report", "demo", "--engine", "duckdb", ...YEAR, "--suppress", "0"], tmp.dir).stdout) as Doc;
    const jsDoc = JSON.parse(kw(["report", "demo", ...YEAR, "--suppress", "0"], tmp.dir).stdout) as Doc;
    expect(sql.indicators.map((i) => i.id)).toEqual(jsDoc.indicators.map((i) => i.id));
    for (const i of sql.indicators) expect(i, i.id).toEqual(jsDoc.indicators.find((j) => j.id === i.id));
    expect(sql.indicators.find((i) => i.id === "budget.total")!.value).toBeGreaterThan(0);
    expect(sql.indicators.find((i) => i.id === "families")!.value).toBeGreaterThan(0);
  });

  it("gives the document of --engine js on the demo's tables of version 1", () => {
    const r = kw(["report", "data", "--engine", "duckdb", ...YEAR], tmp.dir);
    expect(r.stderr).toBe(jsStderr);
    expect(r.status).toBe(0);
    expect(r.stdout).toBe(js);
    expect((JSON.parse(r.stdout) as { definitionsVersion: number }).definitionsVersion).toBe(1);
    const doc = JSON.parse(r.stdout) as { indicators: { id: string; value?: number | null; rows?: unknown[] }[] };
    expect(doc.indicators.length).toBeGreaterThanOrEqual(27);
    expect(doc.indicators.find((i) => i.id === "reach")!.value).toBeGreaterThan(0);
  });

  it("gives the same Markdown for another period too", () => {
    const args = ["--quarter", "2025-Q3", "--format", "md", ...GEN];
    expect(kw(["report", "demo", "--engine", "duckdb", ...args], tmp.dir).stdout).toBe(kw(["report", "demo", ...args], tmp.dir).stdout);
  });
});

describe("kinderwerk load, then report from the database", () => {
  it.each([
    ["DuckDB", "kinderwerk.duckdb", "kinderwerk.duckdb"],
    ["PGlite", "pglite:./pgdata", "pgdata"],
  ])("round-trips the demo dataset of every table through %s", (_name, url, file) => {
    const load = kw(["load", "demo", "--into", url, "--quiet"], tmp.dir);
    expect(load.status, load.stderr).toBe(0);
    expect(load.stderr).toMatch(/records geladen in (duckdb|pglite) \(schemaversie 1\)/);
    expect(existsSync(join(tmp.dir, file))).toBe(true);
    const r = kw(["report", url, ...YEAR], tmp.dir);
    expect(r.stderr).toBe(jsStderr);
    expect(r.status).toBe(0);
    expect(r.stdout).toBe(jsFull);
    // A second load of the same records is refused, without quoting a key.
    const again = kw(["load", "demo", "--into", url, "--quiet", "--lang", "en"], tmp.dir);
    expect(again.status).toBe(2);
    expect(again.stderr).toContain("refused a batch of records");
    expect(again.stderr).not.toMatch(/k-\d|kw-\d/);
  }, 120_000);

  it("reports from a database only when it was loaded, and takes no --engine for it", () => {
    const missing = kw(["report", "leeg.duckdb", "--year", "2025", "--lang", "en"], tmp.dir);
    expect(missing.status).toBe(2);
    expect(existsSync(join(tmp.dir, "leeg.duckdb"))).toBe(false);
    mkdirSync(join(tmp.dir, "leeg"));
    const empty = kw(["report", "pglite:./leeg", "--year", "2025", "--lang", "en"], tmp.dir);
    expect(empty.status).toBe(2);
    expect(empty.stderr).toContain("has no kinderwerk tables");
    const engine = kw(["report", "leeg.duckdb", "--engine", "duckdb", "--lang", "en"], tmp.dir);
    expect(engine.status).toBe(2);
    expect(engine.stderr).toContain("--engine is for a dataset folder");
  });

  it("asks for a database to load into", () => {
    const r = kw(["load", "data", "--lang", "en"], tmp.dir);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain("load expects --into with a database");
  });
});
