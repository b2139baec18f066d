// `kinderwerk report --trend`: the attendances and reach per month, ISO week or quarter of the
// demo dataset, in JSON, CSV and XLSX, checked against a count made here from the demo's own files
// (read with csv-parse, ISO weeks worked out with Date), not with the code that made the report.

import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "csv-parse/sync";
import { readTable } from "@kinderwerk/import";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ensureBuilt, kw, tempFolder } from "../_test/cli.js";

let tmp: { dir: string; remove: () => void };
const GEN = ["--generated-at", "2026-01-15T09:00:00Z"];
const YEAR = { from: "2025-01-01", to: "2025-12-31" };

type Cell = { value: number | null; suppressed: boolean };
interface Bucket {
  key: string;
  from: string;
  to: string;
  partial: boolean;
  attendances: Cell;
  reach: Cell;
}
interface Doc {
  trend?: { granularity: string; buckets: Bucket[] };
  indicators: { id: string; value?: number | null }[];
}

/** The ISO week of a date, `YYYY-Www`: the week of its Thursday, counted from that year's first Thursday. */
function isoWeek(date: string): string {
  const d = new Date(`${date}T00:00:00Z`);
  const thursday = new Date(d.getTime() + (3 - ((d.getUTCDay() + 6) % 7)) * 86_400_000);
  const year = thursday.getUTCFullYear();
  const week = Math.floor((thursday.getTime() - Date.UTC(year, 0, 1)) / (7 * 86_400_000)) + 1;
  return `${year}-W${String(week).padStart(2, "0")}`;
}

const bucketOf = { month: (d: string) => d.slice(0, 7), week: isoWeek, quarter: (d: string) => `${d.slice(0, 4)}-Q${Math.ceil(Number(d.slice(5, 7)) / 3)}` } as const;

/** Per bucket, the present attendances (once per child per session) and the distinct children, from the demo's CSV files. */
function countFromFiles(dir: string, grouping: keyof typeof bucketOf): Map<string, { attendances: number; reach: number }> {
  const read = (name: string) => parse(readFileSync(join(dir, name), "utf8"), { columns: true, skip_empty_lines: true }) as Record<string, string>[];
  const dates = new Map(read("bijeenkomsten.csv").map((s) => [s["bijeenkomstId"]!, s["datum"]!]));
  const seen = new Set<string>();
  const att = new Map<string, number>();
  const kids = new Map<string, Set<string>>();
  for (const a of read("aanwezigheid.csv")) {
    const present = a["aanwezig"]!.trim().toLowerCase();
    expect(["ja", "x", "nee"]).toContain(present);
    const date = dates.get(a["bijeenkomstId"]!);
    const pair = `${a["bijeenkomstId"]} ${a["kindId"]}`;
    if (present === "nee" || date === undefined || date < YEAR.from || date > YEAR.to || seen.has(pair)) continue;
    seen.add(pair);
    const key = bucketOf[grouping](date);
    att.set(key, (att.get(key) ?? 0) + 1);
    kids.set(key, (kids.get(key) ?? new Set()).add(a["kindId"]!));
  }
  return new Map([...att].map(([key, n]) => [key, { attendances: n, reach: kids.get(key)!.size }]));
}

const report = (...args: string[]) => kw(["report", "data", "--year", "2025", ...GEN, ...args], tmp.dir);

beforeAll(() => {
  ensureBuilt();
  tmp = tempFolder();
  expect(kw(["demo", "--out", "data", "--seed", "2025"], tmp.dir).status).toBe(0);
}, 120_000);
afterAll(() => tmp.remove());

describe("kinderwerk report --trend", () => {
  it("JSON: attendances and reach per month, by default, as counted from the files", () => {
    const r = report("--suppress", "0");
    expect(r.status, r.stderr).toBe(0);
    const doc = JSON.parse(r.stdout) as Doc;
    expect(doc.trend?.granularity).toBe("month");
    const expected = countFromFiles(join(tmp.dir, "data"), "month");
    expect(doc.trend!.buckets.map((b) => b.key)).toEqual(Array.from({ length: 12 }, (_, i) => `2025-${String(i + 1).padStart(2, "0")}`));
    for (const b of doc.trend!.buckets) {
      const e = expected.get(b.key) ?? { attendances: 0, reach: 0 };
      expect([b.key, b.attendances.value, b.reach.value]).toEqual([b.key, e.attendances, e.reach]);
    }
    // The months add up to the year's attendances; the children of the months to more than its reach.
    const total = (id: string) => doc.indicators.find((i) => i.id === id)!.value!;
    expect(doc.trend!.buckets.reduce((s, b) => s + b.attendances.value!, 0)).toBe(total("attendances"));
    expect(doc.trend!.buckets.reduce((s, b) => s + b.reach.value!, 0)).toBeGreaterThan(total("reach"));
  });

  it("JSON: suppresses the small months, never showing a count below the threshold, protects them from subtraction, and gives the others as counted", () => {
    // With --suppress 60 the demo's January (55 children) is small; the smallest other month goes with it.
    const doc = JSON.parse(report("--suppress", "60").stdout) as Doc;
    const expected = countFromFiles(join(tmp.dir, "data"), "month");
    const hidden = doc.trend!.buckets.filter((b) => b.reach.suppressed);
    expect(hidden.length).toBeGreaterThanOrEqual(2);
    expect(hidden.reduce((s, b) => s + expected.get(b.key)!.reach, 0)).toBeGreaterThanOrEqual(60);
    for (const b of doc.trend!.buckets) {
      const e = expected.get(b.key) ?? { attendances: 0, reach: 0 };
      // A small month is hidden by the primary rule, or — when nothing is left shown — says `group`.
      if (e.reach > 0 && e.reach < 60) expect(b.reach).toEqual({ value: null, suppressed: true, suppressedBy: expect.stringMatching(/^(primary|group)$/) });
      if (b.reach.suppressed) expect(b.attendances.suppressed).toBe(true);
      if (!b.reach.suppressed) expect(b.reach.value).toBe(e.reach);
      if (!b.attendances.suppressed) expect(b.attendances.value).toBe(e.attendances);
    }
  });

  it("CSV: per ISO week, the first and last weeks of 2025 partial, numbers as counted from the files", () => {
    const r = report("--trend", "week", "--suppress", "0", "--format", "csv", "--lang", "en");
    expect(r.status, r.stderr).toBe(0);
    const rows = (parse(r.stdout, { columns: true }) as Record<string, string>[]).filter((row) => row["indicator"]!.startsWith("trend."));
    const expected = countFromFiles(join(tmp.dir, "data"), "week");
    const weeks = [...new Set(rows.map((row) => row["key"]!))];
    expect(weeks).toHaveLength(53);
    expect([weeks[0], weeks[52]]).toEqual(["2025-W01", "2026-W01"]);
    for (const row of rows) {
      const e = expected.get(row["key"]!) ?? { attendances: 0, reach: 0 };
      expect(Number(row["value"]), `${row["indicator"]} ${row["key"]}`).toBe(row["indicator"] === "trend.reach" ? e.reach : e.attendances);
      expect(row["suppressed"]).toBe("false");
    }
    const first = rows.find((row) => row["key"] === "2025-W01")!;
    expect([first["key_label"], first["period_from"], first["period_to"]]).toEqual(["week 1 (2025) (partly in the period)", "2025-01-01", "2025-01-05"]);
    expect(rows.find((row) => row["key"] === "2026-W01")!["period_from"]).toBe("2025-12-29");
  });

  it("gives the same trend by quarter through DuckDB, and none with --trend none", () => {
    const js = JSON.parse(report("--trend", "quarter").stdout) as Doc;
    const duck = JSON.parse(report("--trend", "quarter", "--engine", "duckdb").stdout) as Doc;
    expect(duck.trend).toEqual(js.trend);
    const expected = countFromFiles(join(tmp.dir, "data"), "quarter");
    expect(js.trend!.buckets.map((b) => [b.key, b.attendances.value, b.reach.value])).toEqual(["2025-Q1", "2025-Q2", "2025-Q3", "2025-Q4"].map((k) => [k, expected.get(k)!.attendances, expected.get(k)!.reach]));
    expect(JSON.parse(report("--trend", "none").stdout)).not.toHaveProperty("trend");
    const bad = report("--trend", "day");
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain("--trend");
  });

  it("XLSX: a sheet Verloop whose counts are number cells, read back by the import", async () => {
    expect(report("--format", "xlsx", "--out", "rapport.xlsx").status).toBe(0);
    const read = await readTable(new Uint8Array(readFileSync(join(tmp.dir, "rapport.xlsx"))), { name: "rapport.xlsx", sheet: "Verloop" });
    if (!read.ok) throw new Error(read.issues.map((i) => i.code).join(", "));
    expect(read.value.header.cells).toEqual(["Maand", "Van", "Tot en met", "Deels in de periode", "Aanwezigheden", "Bereik (kinderen)", "Code"]);
    const doc = JSON.parse(report().stdout) as Doc;
    expect(read.value.rows.map((row) => row.cells[6])).toEqual(doc.trend!.buckets.map((b) => b.key));
    read.value.rows.forEach((row, i) => {
      const b = doc.trend!.buckets[i]!;
      expect(row.cells[5]).toBe(b.reach.suppressed ? "afgeschermd" : String(b.reach.value));
      expect(row.kinds?.[5]).toBe(b.reach.suppressed ? "string" : "number");
      expect(row.kinds?.[4]).toBe(b.attendances.suppressed ? "string" : "number");
    });
  });

  it("is in --help with an example", () => {
    const help = kw(["report", "--help"], tmp.dir).stdout;
    expect(help).toContain("--trend month|week|quarter|none");
    expect(help).toMatch(/kinderwerk report .* --trend week/);
  });
});
