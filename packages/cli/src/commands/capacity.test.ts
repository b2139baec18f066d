// `kinderwerk capacity` as a separate process: a small dataset worked by hand, the demo dataset, bad input.

import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ensureBuilt, kw, tempFolder } from "../_test/cli.js";

let tmp: { dir: string; remove: () => void };

// The case of docs/capacity.md, as Dutch Excel writes it (semicolons, CRLF, Dutch headers).
function writeHandWorked(dir: string): void {
  mkdirSync(dir, { recursive: true });
  const csv = (rows: string[]) => `${rows.join("\r\n")}\r\n`;
  const older = Array.from({ length: 16 }, (_, i) => `o${i};01-06-2016`);
  const younger = Array.from({ length: 6 }, (_, i) => `y${i};01-09-2019`);
  writeFileSync(join(dir, "kinderen.csv"), csv(["kindId;geboortedatum", ...older, ...younger]));
  writeFileSync(join(dir, "activiteiten.csv"), csv(["activiteitId;naam;soort", "a-1;Spelinloop;spel"]));
  writeFileSync(join(dir, "bijeenkomsten.csv"), csv([
    "bijeenkomstId;activiteitId;datum;duurMinuten;beroepskrachten;stagiairs;vrijwilligers",
    "s1;a-1;06-01-2025;120;1;0;1",
    "s2;a-1;08-01-2025;60;1;0;0",
    "s3;a-1;15-01-2025;90;1;1;0",
  ]));
  writeFileSync(join(dir, "aanwezigheid.csv"), csv([
    "bijeenkomstId;kindId;aanwezig",
    ...older.slice(0, 10).map((r) => `s1;${r.split(";")[0]};ja`),
    "s1;o11;nee",
    ...younger.map((r) => `s2;${r.split(";")[0]};ja`),
    ...older.map((r) => `s3;${r.split(";")[0]};ja`),
  ]));
}

beforeAll(() => {
  ensureBuilt();
  tmp = tempFolder();
  expect(kw(["demo", "--out", "demo", "--seed", "2025"], tmp.dir).status).toBe(0);
  writeHandWorked(join(tmp.dir, "hand"));
});
afterAll(() => tmp.remove());

interface Plan {
  total: Record<string, number>;
  weeks: { week: string; sessions: number }[];
  fte: { needed: number };
  pool?: { size: number; reached: boolean };
  assumptions: Record<string, unknown>;
}

describe("kinderwerk capacity", () => {
  it("gives the hand-worked plan through the files", () => {
    const r = kw(["capacity", "hand", "--from", "2025-01-06", "--to", "2025-01-19", "--ratio-band", "4-6=4", "--pool-availability", "50", "--coverage", "90", "--format", "json"], tmp.dir);
    expect(r.stderr).toBe("");
    expect(r.status).toBe(0);
    const plan = JSON.parse(r.stdout) as Plan;
    // Without the waiting child of the library's case, s3 has 16 children: 2 adults, none short.
    expect(plan.total).toEqual({
      sessions: 3, understaffedSessions: 1, children: 32, adultsNeeded: 6, adultsAvailable: 5, shortfall: 1,
      hoursNeeded: 9, hoursAvailable: 8, hoursShortfall: 1,
    });
    expect(plan.weeks.map((w) => [w.week, w.sessions])).toEqual([["2025-W02", 2], ["2025-W03", 1]]);
    // Shortfalls 0, 1, 0: (2 + (1 − 0.5ⁿ)) / 3 ≥ 0.9 ⇔ 0.5ⁿ ≤ 0.3: n = 2 (n = 1 leaves 0.5).
    expect(plan.pool).toMatchObject({ size: 2, reached: true });
    expect(plan.assumptions).toMatchObject({ childrenPerAdult: 8, byAgeBand: { "4-6": 4 }, growth: 0, fullTimeHours: 36 });
  });

  it("prints the plan with its assumptions in Dutch or English", () => {
    const nl = kw(["capacity", "demo", "--year", "2025", "--growth", "20", "--pool-availability", "60", "-q"], tmp.dir);
    expect(nl.status).toBe(0);
    expect(nl.stdout).toContain("Aannames:");
    expect(nl.stdout).toContain("Groei van de vraag: 20,0%");
    expect(nl.stdout).toMatch(/Oproeppoule: \d+ leden/);
    const en = kw(["capacity", "demo", "--year", "2025", "--lang", "en", "-q"], tmp.dir);
    expect(en.stdout).toContain("Assumptions:");
    expect(en.stdout).toContain("One adult per 8 children");
  });

  it("plans every session of the period of the demo dataset", () => {
    const r = kw(["capacity", "demo", "--year", "2025", "--format", "json", "-q"], tmp.dir);
    const plan = JSON.parse(r.stdout) as Plan;
    // Counted independently of the command: the rows of bijeenkomsten.csv dated in 2025.
    const [header, ...lines] = readFileSync(join(tmp.dir, "demo", "bijeenkomsten.csv"), "utf8").split(/\r?\n/).filter(Boolean);
    const dateColumn = header!.split(",").indexOf("datum");
    expect(dateColumn).toBeGreaterThan(0);
    const in2025 = lines.filter((l) => l.split(",")[dateColumn]!.startsWith("2025-"));
    expect(in2025.length).toBeGreaterThan(100);
    expect(plan.total["sessions"]).toBe(in2025.length);
    expect(plan.weeks.reduce((s, w) => s + w.sessions, 0)).toBe(in2025.length);
  });

  it("names the sessions and attendance it needs when they are missing, exits 1, and still prints the plan", () => {
    rmSync(join(tmp.dir, "nosessions"), { recursive: true, force: true });
    mkdirSync(join(tmp.dir, "nosessions"));
    writeFileSync(join(tmp.dir, "nosessions", "kinderen.csv"), "kindId;geboortedatum\r\nk1;01-01-2017\r\n");
    const none = kw(["capacity", "nosessions", "--year", "2025", "--format", "json"], tmp.dir);
    expect(none.status).toBe(1);
    expect(none.stderr).toBe(
      "kinderwerk: let op: nosessions heeft geen tabel bijeenkomsten (sessions), die capacity nodig heeft; wat erop rust, telt als 0\n" +
        "kinderwerk: let op: nosessions heeft geen tabel aanwezigheid (attendance), die capacity nodig heeft; wat erop rust, telt als 0\n",
    );
    expect((JSON.parse(none.stdout) as Plan).total["sessions"]).toBe(0);
    // Sessions without attendance: demand is 0, and the plan says it rests on a missing table.
    rmSync(join(tmp.dir, "noattendance"), { recursive: true, force: true });
    mkdirSync(join(tmp.dir, "noattendance"));
    for (const f of ["kinderen.csv", "activiteiten.csv", "bijeenkomsten.csv"]) writeFileSync(join(tmp.dir, "noattendance", f), readFileSync(join(tmp.dir, "hand", f)));
    const absent = kw(["capacity", "noattendance", "--from", "2025-01-06", "--to", "2025-01-19", "--lang", "en"], tmp.dir);
    expect(absent.status).toBe(1);
    expect(absent.stderr).toBe("kinderwerk: note: noattendance has no attendance (aanwezigheid) table, which capacity needs; what rests on it counts as 0\n");
    expect(absent.stdout).toContain("Assumptions:");
  });

  it("exits 1 when rows were rejected, and says how many were left out", () => {
    rmSync(join(tmp.dir, "rejected"), { recursive: true, force: true });
    mkdirSync(join(tmp.dir, "rejected"));
    for (const f of ["kinderen.csv", "activiteiten.csv", "bijeenkomsten.csv", "aanwezigheid.csv"]) writeFileSync(join(tmp.dir, "rejected", f), readFileSync(join(tmp.dir, "hand", f)));
    writeFileSync(join(tmp.dir, "rejected", "aanwezigheid.csv"), "s9;o1;ja\r\n", { flag: "a" });
    const r = kw(["capacity", "rejected", "--from", "2025-01-06", "--to", "2025-01-19"], tmp.dir);
    expect(r.status).toBe(1);
    expect(r.stderr).toBe("kinderwerk: let op: 1 afgekeurde rijen zijn buiten het rapport gelaten (kinderwerk validate rejected laat zien welke)\n");
  });

  it("refuses a bad ratio and a bad growth, exit 2", () => {
    const bad = kw(["capacity", "demo", "--ratio-band", "4-6=nul"], tmp.dir);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain("--ratio-band");
    const growth = kw(["capacity", "demo", "--growth", "veel"], tmp.dir);
    expect(growth.status).toBe(2);
  });
});
