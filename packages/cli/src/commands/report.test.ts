// `kinderwerk report` as a separate process, on the demo dataset.

import { appendFileSync, cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ensureBuilt, kw, tempFolder } from "../_test/cli.js";

let tmp: { dir: string; remove: () => void };
const GEN = ["--generated-at", "2026-01-15T09:00:00Z"];

interface Doc {
  definitionsVersion: number;
  period: { from: string; to: string };
  suppressionThreshold: number;
  generatedAt?: string;
  region?: string;
  organisation?: { name: string };
  warnings?: { code: string; params?: Record<string, unknown> }[];
  targets?: { indicator: string; target: number; realised: number | null; percent: number | null }[];
  comparison?: { period: { from: string; to: string } };
  indicators: { id: string; value?: number | null; suppressed?: boolean; rows?: { key: string; value: number | null; suppressed: boolean }[] }[];
}

beforeAll(() => {
  ensureBuilt();
  tmp = tempFolder();
  expect(kw(["demo", "--out", "data", "--seed", "2025"], tmp.dir).status).toBe(0);
});
afterAll(() => tmp.remove());

describe("kinderwerk report", () => {
  it("prints the report document with every indicator of the definitions, version 2 included, each of them above zero on the demo", () => {
    const r = kw(["report", "data", "--year", "2025", "--region", "midden", ...GEN], tmp.dir);
    expect(r.status).toBe(0);
    const doc = JSON.parse(r.stdout) as Doc;
    expect(doc).toMatchObject({ definitionsVersion: 2, period: { from: "2025-01-01", to: "2025-12-31" }, suppressionThreshold: 5, region: "midden", generatedAt: "2026-01-15T09:00:00Z" });
    const ids = doc.indicators.map((i) => i.id);
    for (const id of [
      "sessions", "activities", "attendances", "reach", "reach.targetGroup", "reach.byAgeBand", "reach.byGender",
      "reach.byNeighbourhood", "reach.byProgrammeLine", "reach.byPillar", "reach.byActivityKind", "newChildren",
      "regulars", "attendancesPerSession", "activityHours", "contactHours", "staffHours.professional",
      "staffHours.intern", "staffHours.volunteer", "holidayReach", "signals", "signals.byCategory", "referrals",
      "referrals.byDestination", "referrals.accepted", "referrals.medianDaysToResponse", "referrals.overdue",
      "costPerChild", "costPerContactHour",
      "families", "families.byNeighbourhood", "reach.share", "reach.shareByNeighbourhood", "staff.people.byRole", "staff.hours.byKind",
      "staff.fte", "staff.vogOverdue", "staff.meldcodeTrainingOverdue", "staff.ftePer1000", "sessions.understaffed", "capacity.occupancy",
      "signups.waiting", "signups.medianDaysToPlacement", "referrals.medianDaysFromSignal", "referrals.medianDaysToClose",
      "meldcode.started", "meldcode.byDecision", "meldcode.medianDaysToDecision", "budget.total", "budget.byFunderKind", "costPerChild.byProgrammeLine",
    ]) expect(ids).toContain(id);
    // The demo exercises every indicator: each scalar has a published value above zero, each breakdown a row above zero.
    for (const i of doc.indicators.filter((x) => x.rows === undefined)) expect(i.value, i.id).toBeGreaterThan(0);
    for (const i of doc.indicators.filter((x) => x.rows !== undefined)) expect(Math.max(...i.rows!.map((row) => row.value ?? 0)), i.id).toBeGreaterThan(0);
    // Every table came: no indicator is left out.
    expect((doc.warnings ?? []).filter((w) => w.code === "report.table-missing")).toEqual([]);
    expect(doc.targets?.find((t) => t.indicator === "reach")).toEqual({ indicator: "reach", target: 300, realised: doc.indicators.find((i) => i.id === "reach")!.value, percent: expect.any(Number), suppressed: false, from: "2025-01-01", to: "2025-12-31" });
    const bands = doc.indicators.find((i) => i.id === "reach.byAgeBand")!.rows!.map((r) => r.key);
    expect(bands).toEqual(expect.arrayContaining(["under-4", "over-12"]));
  });

  it("gives the same document for the same data and generation time", () => {
    const a = kw(["report", "data", "--quarter", "2025-Q3", ...GEN], tmp.dir);
    const b = kw(["report", "data", "--quarter", "2025-Q3", ...GEN], tmp.dir);
    expect(a.stdout).toBe(b.stdout);
    expect((JSON.parse(a.stdout) as Doc).period).toEqual({ from: "2025-07-01", to: "2025-09-30" });
  });

  it("compares with the previous period and names the organisation", () => {
    const r = kw(["report", "data", "--school-year", "2025-2026", "--compare-previous", "--organisation", "Stichting Demo", ...GEN], tmp.dir);
    expect(r.status).toBe(0);
    const doc = JSON.parse(r.stdout) as Doc;
    expect(doc.comparison?.period).toEqual({ from: "2024-08-01", to: "2025-07-31" });
    expect(doc.organisation).toEqual({ name: "Stichting Demo" });
  });

  it("suppresses small counts below --suppress and none with --suppress 0", () => {
    const strict = JSON.parse(kw(["report", "data", "--from", "2025-03-01", "--to", "2025-03-31", "--suppress", "10", ...GEN], tmp.dir).stdout) as Doc;
    expect(strict.suppressionThreshold).toBe(10);
    const open = JSON.parse(kw(["report", "data", "--from", "2025-03-01", "--to", "2025-03-31", "--suppress", "0", ...GEN], tmp.dir).stdout) as Doc;
    const suppressed = (d: Doc) => d.indicators.flatMap((i) => [i.suppressed === true, ...(i.rows ?? []).map((r) => r.suppressed)]).filter(Boolean).length;
    expect(suppressed(strict)).toBeGreaterThan(0);
    expect(suppressed(open)).toBe(0);
  });

  it("writes CSV, Markdown and HTML to --out, in English with --lang en", () => {
    for (const [format, check] of [
      ["csv", /^indicator,/],
      ["md", /^# /],
      ["html", /^<!doctype html>/i],
    ] as const) {
      const r = kw(["report", "data", "--year", "2025", "--region", "midden", "--format", format, "--out", `report.${format}`, "--lang", "en", ...GEN], tmp.dir);
      expect(r.status, r.stderr).toBe(0);
      const text = readFileSync(join(tmp.dir, `report.${format}`), "utf8");
      expect(text).toMatch(check);
      expect(text).not.toMatch(/kw-\d{4}/); // no child ids in a report
    }
    expect(readFileSync(join(tmp.dir, "report.html"), "utf8")).toContain('lang="en"');
  });

  it("reports on the accepted rows, says on stderr and in the document how many rows were left out, and exits 1 as validate does", () => {
    cpSync(join(tmp.dir, "data"), join(tmp.dir, "broken"), { recursive: true });
    appendFileSync(join(tmp.dir, "broken", "aanwezigheid.csv"), "b-9999,kw-0001,ja\nb-0001,kw-0001,misschien\n");
    const r = kw(["report", "broken", "--year", "2025", ...GEN], tmp.dir);
    expect(r.status).toBe(1);
    expect(r.stderr).toBe("kinderwerk: let op: 2 afgekeurde rijen zijn buiten het rapport gelaten (kinderwerk validate broken laat zien welke)\n");
    expect(kw(["validate", "broken"], tmp.dir).status).toBe(1);
    const doc = JSON.parse(r.stdout) as Doc;
    expect(doc.warnings).toContainEqual(expect.objectContaining({ code: "report.rows-rejected", params: expect.objectContaining({ count: 2 }) }));
    const good = JSON.parse(kw(["report", "data", "--year", "2025", ...GEN], tmp.dir).stdout) as Doc;
    expect(doc.indicators.find((i) => i.id === "attendances")).toEqual(good.indicators.find((i) => i.id === "attendances"));
  });

  it("exits 2 with one line for a bad period, two periods, a bad region or a missing folder", () => {
    for (const args of [
      ["report", "data", "--quarter", "2025-Q5"],
      ["report", "data", "--year", "2025", "--quarter", "2025-Q1"],
      ["report", "data", "--from", "2025-01-01"],
      ["report", "data", "--region", "oost"],
      ["report", "data", "--generated-at", "gisteren"],
      ["report", "nowhere", "--year", "2025"],
    ]) {
      const r = kw(args, tmp.dir);
      expect(r.status, args.join(" ")).toBe(2);
      expect(r.stderr.trim().split("\n"), args.join(" ")).toHaveLength(1);
      expect(r.stderr).toMatch(/^kinderwerk: /);
    }
  });
});

describe("kinderwerk report, on a dataset that is not whole", () => {
  const dataset = (name: string, tables: readonly string[]): string => {
    const dir = join(tmp.dir, name);
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir);
    for (const t of tables) cpSync(join(tmp.dir, "data", t), join(dir, t));
    return name;
  };

  it("names a missing table the report needs, exits 1, and still writes the report", () => {
    const folder = dataset("geen-bijeenkomsten", ["kinderen.csv", "activiteiten.csv", "aanwezigheid.csv", "signalen.csv", "verwijzingen.csv"]);
    const r = kw(["report", folder, "--year", "2025", "--out", "zonder.json", ...GEN], tmp.dir);
    expect(r.status).toBe(1);
    expect(r.stderr).toBe(
      "kinderwerk: let op: geen-bijeenkomsten heeft geen tabel bijeenkomsten (sessions), die report nodig heeft; wat erop rust, telt als 0\n" +
        "Rapport geschreven naar zonder.json\n",
    );
    const doc = JSON.parse(readFileSync(join(tmp.dir, "zonder.json"), "utf8")) as Doc;
    expect(doc.indicators.find((i) => i.id === "sessions")?.value).toBe(0);
  });

  it("names every missing table it needs, in English too, and lets signals and referrals be absent", () => {
    const folder = dataset("alleen-kinderen", ["kinderen.csv"]);
    const r = kw(["report", folder, "--year", "2025", "--lang", "en", ...GEN], tmp.dir);
    expect(r.status).toBe(1);
    expect(r.stderr).toBe(
      ["activities (activiteiten)", "sessions (bijeenkomsten)", "attendance (aanwezigheid)"]
        .map((t) => `kinderwerk: note: alleen-kinderen has no ${t} table, which report needs; what rests on it counts as 0\n`)
        .join(""),
    );
    const whole = dataset("zonder-signalen", ["kinderen.csv", "activiteiten.csv", "bijeenkomsten.csv", "aanwezigheid.csv"]);
    const ok = kw(["report", whole, "--year", "2025", ...GEN], tmp.dir);
    expect(ok.stderr).toBe("");
    expect(ok.status).toBe(0);
  });
});

describe("kinderwerk report, on a file it cannot read", () => {
  it("gives the reason validate gives, not a question mark", () => {
    const folder = join(tmp.dir, "kapot");
    mkdirSync(folder, { recursive: true });
    cpSync(join(tmp.dir, "data", "kinderen.csv"), join(folder, "kinderen.csv"));
    writeFileSync(join(folder, "activiteiten.xlsx"), Buffer.from([0x50, 0x4b, 3, 4, 0, 0, 0, 0]));
    const report = kw(["report", "kapot", "--year", "2025"], tmp.dir);
    const validate = kw(["validate", "kapot"], tmp.dir);
    expect(report.status).toBe(2);
    expect(report.stderr).toBe(`kinderwerk: ${join(folder, "activiteiten.xlsx")} kan niet gelezen worden: Het Excel-bestand is beschadigd of geen .xlsx-bestand.\n`);
    expect(validate.status).toBe(2);
    expect(validate.stderr).toBe(report.stderr);
    const capacity = kw(["capacity", "kapot", "--year", "2025", "--lang", "en"], tmp.dir);
    expect(capacity.stderr).toBe(`kinderwerk: ${join(folder, "activiteiten.xlsx")} cannot be read: The Excel file is damaged or not an .xlsx file.\n`);
  });

  it("gives the reason a read stopped with after more rejected rows than are collected", () => {
    // 60 rejected rows (validate shows 50), then a field of more than a million characters.
    const folder = join(tmp.dir, "te-groot");
    mkdirSync(folder, { recursive: true });
    const rows = Array.from({ length: 60 }, (_, i) => `kw-${i};31-02-2015`);
    writeFileSync(join(folder, "kinderen.csv"), `kindId;geboortedatum\r\n${rows.join("\r\n")}\r\n${"x".repeat(1_100_000)};1-1-2015\r\n`);
    const expected = `kinderwerk: ${join(folder, "kinderen.csv")} kan niet gelezen worden: Rij 62: Een veld is te groot: hoogstens 1.048.576 tekens (rij 62). Misschien ontbreekt een aanhalingsteken of is dit geen CSV.\n`;
    for (const args of [["report", "te-groot", "--year", "2025"], ["validate", "te-groot"], ["validate", "te-groot", "--format", "json"], ["capacity", "te-groot"]]) {
      const r = kw(args, tmp.dir);
      expect(r.status, args.join(" ")).toBe(2);
      expect(r.stderr, args.join(" ")).toBe(expected);
    }
  });

  // Root may open any file: there is then nothing to refuse.
  it.skipIf(process.getuid?.() === 0)("gives the file system's reason for a file it may not open", () => {
    const folder = join(tmp.dir, "geen-toegang");
    mkdirSync(folder, { recursive: true });
    writeFileSync(join(folder, "kinderen.csv"), "kindId;geboortedatum\r\nkw-1;1-1-2016\r\n", { mode: 0o000 });
    for (const command of ["report", "validate"]) {
      const r = kw([command, "geen-toegang"], tmp.dir);
      expect(r.status).toBe(2);
      expect(r.stderr).toBe(`kinderwerk: ${join(folder, "kinderen.csv")} kan niet gelezen worden: EACCES\n`);
    }
  });
});
