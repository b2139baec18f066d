// `kinderwerk report` as a separate process, on the demo dataset.

import { cpSync, readFileSync, appendFileSync } from "node:fs";
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
  it("prints the report document with every indicator of the definitions", () => {
    const r = kw(["report", "data", "--year", "2025", "--region", "midden", ...GEN], tmp.dir);
    expect(r.status).toBe(0);
    const doc = JSON.parse(r.stdout) as Doc;
    expect(doc).toMatchObject({ definitionsVersion: 1, period: { from: "2025-01-01", to: "2025-12-31" }, suppressionThreshold: 5, region: "midden", generatedAt: "2026-01-15T09:00:00Z" });
    const ids = doc.indicators.map((i) => i.id);
    for (const id of [
      "sessions", "activities", "attendances", "reach", "reach.targetGroup", "reach.byAgeBand", "reach.byGender",
      "reach.byNeighbourhood", "reach.byProgrammeLine", "reach.byPillar", "reach.byActivityKind", "newChildren",
      "regulars", "attendancesPerSession", "activityHours", "contactHours", "staffHours.professional",
      "staffHours.intern", "staffHours.volunteer", "holidayReach", "signals", "signals.byCategory", "referrals",
      "referrals.byDestination", "referrals.accepted", "referrals.medianDaysToResponse", "referrals.overdue",
    ]) expect(ids).toContain(id);
    // The demo exercises every indicator: each scalar has a value above zero.
    for (const i of doc.indicators.filter((x) => x.rows === undefined)) expect(i.value, i.id).toBeGreaterThan(0);
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

  it("reports on the accepted rows and says on stderr and in the document how many rows were left out", () => {
    cpSync(join(tmp.dir, "data"), join(tmp.dir, "broken"), { recursive: true });
    appendFileSync(join(tmp.dir, "broken", "aanwezigheid.csv"), "b-9999,kw-0001,ja\nb-0001,kw-0001,misschien\n");
    const r = kw(["report", "broken", "--year", "2025", ...GEN], tmp.dir);
    expect(r.status).toBe(0);
    expect(r.stderr).toContain("2 afgekeurde rijen zijn buiten het rapport gelaten");
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
