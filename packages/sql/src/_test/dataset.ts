// Test helper: random datasets written as Dutch Excel writes them (semicolons, CRLF, Dutch headers,
// DD-MM-YYYY dates, ja/nee), with duplicates, absences, children outside 4..12 and born after the
// period, sessions on both sides of the period's edges, signals and referrals; and random report
// options (period, filter, holidays or region, N, age bands).
import { defaultCatalogues, tables } from "@kinderwerk/core";
import type { AgeBands, TableName } from "@kinderwerk/core";
import type { ReportFilter, ResultOptions } from "@kinderwerk/reporting";
import { v2Tables } from "./datasetV2.js";

/** A small seeded generator (mulberry32). */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Rng = () => number;
const int = (r: Rng, lo: number, hi: number): number => lo + Math.floor(r() * (hi - lo + 1));
const pick = <T>(r: Rng, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
const some = <T>(r: Rng, xs: readonly T[], p = 0.4): T[] => xs.filter(() => r() < p);
const DAY = 86_400_000;
const iso = (ms: number): string => new Date(ms).toISOString().slice(0, 10);
const dutch = (day: string): string => `${day.slice(8, 10)}-${day.slice(5, 7)}-${day.slice(0, 4)}`;
const between = (r: Rng, from: string, to: string): string => iso(Date.parse(from) + int(r, 0, Math.round((Date.parse(to) - Date.parse(from)) / DAY)) * DAY);
const plus = (day: string, days: number): string => iso(Date.parse(day) + days * DAY);

type Cells = Record<string, string>;

/**
 * The days a dataset and its options draw from: a few dozen, shared by sessions, signals, referrals,
 * birthdays, holidays and the period's edges, so that edges meet (a session on the first or last
 * day, a birthday on a first attendance, a follow-up date on the last day) in many datasets.
 */
function dayPool(seed: number): string[] {
  const r = random(seed ^ 0x2545f491);
  const days = new Set<string>(["2024-02-29"]);
  for (let i = 0, n = int(r, 8, 40); i < n; i++) days.add(between(r, "2024-01-01", "2025-12-31"));
  return [...days].sort();
}

/** A day of the pool, or now and then any day of the two years. */
const poolDay = (r: Rng, pool: readonly string[]): string => (r() < 0.85 ? pick(r, pool) : between(r, "2024-01-01", "2025-12-31"));

/** The same month and day some years earlier (29 February becomes 1 March in a common year). */
function yearsBefore(day: string, years: number): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCFullYear(d.getUTCFullYear() - years);
  return d.toISOString().slice(0, 10);
}

/** A table as CSV the way Dutch Excel saves it: the Dutch header of each column, `;`, CRLF. */
function csv(table: TableName, rows: readonly Cells[]): string {
  const columns = tables[table].columns;
  const head = columns.map((c) => c.aliases[0]!).join(";");
  const lines = rows.map((row) => columns.map((c) => row[c.field] ?? "").join(";"));
  return [head, ...lines].join("\r\n") + "\r\n";
}

const codes = (kind: keyof typeof defaultCatalogues): string[] => defaultCatalogues[kind].entries.map((e) => e.code);
const KINDS = Object.keys(tables.activities.columns.find((c) => c.field === "kind")!.codes!);
const HOODS = ["Noord", "Zuid", "Centrum", "Oost"];
const PARTNERS = ["Bibliotheek (leisure)", "OBS De Linde (education)", "GGD (care)"];

function children(r: Rng, pool: readonly string[], households: boolean): Cells[] {
  const out: Cells[] = [];
  for (let i = 0, n = int(r, 3, 25); i < n; i++) {
    // Born 2008..2025: over-12, under-4, born after the period, leap days, birthdays on session days.
    const x = r();
    const birth = x < 0.05 ? `${pick(r, ["2012", "2016", "2020"])}-02-29` : x < 0.5 ? yearsBefore(pick(r, pool), int(r, 0, 15)) : between(r, "2008-01-01", "2025-06-30");
    out.push({ childId: `k-${i}`, birthDate: dutch(birth), gender: pick(r, ["meisje", "jongen", "v", "m", "anders", "", "onbekend"]), neighbourhood: r() < 0.7 ? pick(r, HOODS) : "", householdId: households && r() < 0.7 ? `g-${int(r, 0, 6)}` : "" });
  }
  return out;
}

function activities(r: Rng, capacities: boolean): Cells[] {
  const out: Cells[] = [];
  for (let i = 0, n = int(r, 1, 5); i < n; i++) {
    out.push({
      activityId: `a-${i}`,
      name: `Activiteit ${i}`,
      kind: pick(r, KINDS),
      programmeLines: some(r, codes("programmeLines"), 0.3).join("|"),
      pillars: some(r, codes("pillars")).join("|"),
      neighbourhood: r() < 0.6 ? pick(r, HOODS) : "",
      partners: some(r, PARTNERS).join("|"),
      capacity: capacities && r() < 0.6 ? String(int(r, 1, 12)) : "",
    });
  }
  return out;
}

function sessions(r: Rng, nActivities: number, pool: readonly string[]): Cells[] {
  const out: Cells[] = [];
  for (let i = 0, n = int(r, 0, 30); i < n; i++) {
    const staff = (): string => (r() < 0.3 ? "" : String(int(r, 0, 3)));
    out.push({ sessionId: `b-${i}`, activityId: `a-${int(r, 0, nActivities - 1)}`, date: dutch(poolDay(r, pool)), durationMinutes: String(int(r, 15, 240)), professionals: staff(), interns: staff(), volunteers: staff() });
  }
  return out;
}

function attendance(r: Rng, nSessions: number, nChildren: number): Cells[] {
  const out: Cells[] = [];
  if (nSessions === 0) return out;
  for (let i = 0, n = int(r, 0, 120); i < n; i++) {
    const row = { sessionId: `b-${int(r, 0, nSessions - 1)}`, childId: `k-${int(r, 0, nChildren - 1)}`, present: pick(r, ["ja", "ja", "x", "", "nee"]) };
    out.push(row);
    // A repeat: the same values (a warning, counted once) or another value (an error, rejected).
    if (r() < 0.1) out.push(r() < 0.5 ? { ...row } : { ...row, present: row.present === "nee" ? "ja" : "nee" });
  }
  return out;
}

function signals(r: Rng, nChildren: number, pool: readonly string[]): Cells[] {
  return Array.from({ length: int(r, 0, 12) }, (_, i) => ({ signalId: `sg-${i}`, childId: `k-${int(r, 0, nChildren - 1)}`, date: dutch(poolDay(r, pool)), category: pick(r, codes("signalCategories")), observedBy: "beroepskracht" }));
}

function referral(r: Rng, i: number, nChildren: number, pool: readonly string[], nSignals: number): Cells {
  const status = pick(r, ["draft", "sent", "accepted", "declined", "completed", "withdrawn"] as const);
  const sent = poolDay(r, pool);
  const created = plus(sent, -int(r, 0, 10));
  const later = (day: string): string => {
    const after = pool.filter((d) => d >= day);
    return r() < 0.5 && after.length > 0 ? pick(r, after) : plus(day, int(r, 0, 40));
  };
  const responded = later(sent);
  const closed = later(responded);
  const row: Cells = { referralId: `r-${i}`, childId: `k-${int(r, 0, nChildren - 1)}`, destination: pick(r, codes("referralDestinations")), createdOn: dutch(created), status };
  if (status !== "draft" && (status !== "withdrawn" || r() < 0.5)) Object.assign(row, { sentOn: dutch(sent), consent: "gegeven" });
  if (status === "accepted" || status === "declined" || status === "completed") row["respondedOn"] = dutch(responded);
  if (status === "completed" || status === "withdrawn" || (status === "declined" && r() < 0.5)) row["closedOn"] = dutch(closed);
  if (status === "declined") row["declineReason"] = "other";
  if (status === "withdrawn") row["withdrawReason"] = "other";
  if (r() < 0.3) row["followUpOn"] = dutch(later(sent));
  if (nSignals > 0 && r() < 0.4) row["signalId"] = `sg-${int(r, 0, nSignals - 1)}`;
  return row;
}

/**
 * A random dataset as files named after their tables in Dutch, as `importDataset` takes them: the
 * tables of version 1, and in most datasets households, capacities and tables of version 2.
 */
export function randomDataset(seed: number): { name: string; source: string }[] {
  const r = random(seed);
  const pool = dayPool(seed);
  const v2 = r() < 0.8;
  const kids = children(r, pool, v2 && r() < 0.7);
  const acts = activities(r, v2 && r() < 0.7);
  const sess = sessions(r, acts.length, pool);
  const sigs = signals(r, kids.length, pool);
  const refs = Array.from({ length: int(r, 0, 10) }, (_, i) => referral(r, i, kids.length, pool, sigs.length));
  const shape = { day: () => poolDay(r, pool), children: kids.length, activities: acts.length, sessions: sess.length, signals: sigs.length, hoods: HOODS };
  return [
    { name: "kinderen.csv", source: csv("children", kids) },
    { name: "activiteiten.csv", source: csv("activities", acts) },
    { name: "bijeenkomsten.csv", source: csv("sessions", sess) },
    { name: "aanwezigheid.csv", source: csv("attendance", attendance(r, sess.length, kids.length)) },
    { name: "signalen.csv", source: csv("signals", sigs) },
    { name: "verwijzingen.csv", source: csv("referrals", refs) },
    ...(v2 ? v2Tables(r, shape).map((f) => ({ name: f.name, source: csv(f.table as TableName, f.rows) })) : []),
  ];
}

/** Random report options: a period cutting across the sessions, and sometimes a filter, holidays or a region, N, age bands. */
export function randomOptions(seed: number): {
  period: { from: string; to: string };
  filter?: ReportFilter;
  holidays?: { from: string; to: string }[];
  region?: "noord" | "midden" | "zuid";
  regularsThreshold?: number;
  ageBands?: AgeBands;
} {
  const r = random(seed ^ 0x5bd1e995);
  const pool = dayPool(seed);
  const a = poolDay(r, pool);
  const b = poolDay(r, pool);
  const period = { from: a < b ? a : b, to: a < b ? b : a };
  const filter: ReportFilter = {};
  if (r() < 0.15) filter.activityKinds = some(r, KINDS, 0.5);
  if (r() < 0.15) filter.programmeLines = some(r, codes("programmeLines"), 0.5);
  if (r() < 0.1) filter.pillars = some(r, codes("pillars"), 0.5);
  if (r() < 0.1) filter.neighbourhoods = some(r, HOODS, 0.5);
  if (r() < 0.1) filter.partners = [pick(r, [" bibliotheek", "GGD", "obs de linde"])];
  const holidayRanges = Array.from({ length: int(r, 0, 4) }, () => {
    const from = r() < 0.1 ? "2023-12-20" : poolDay(r, pool);
    return { from, to: r() < 0.5 ? pick(r, pool.filter((d) => d >= from).concat(from)) : plus(from, int(r, 0, 20)) };
  });
  const choice = r();
  return {
    period,
    ...(Object.keys(filter).length > 0 ? { filter } : {}),
    ...(choice < 0.4 ? { holidays: holidayRanges } : choice < 0.6 ? { region: pick(r, ["noord", "midden", "zuid"] as const) } : {}),
    ...(r() < 0.5 ? { regularsThreshold: int(r, 1, 6) } : {}),
    ...(r() < 0.3 ? { ageBands: [{ key: "young", minAge: 2, maxAge: 3 }, { key: "4-8", minAge: 4, maxAge: 8 }, { key: "9-12", minAge: 9, maxAge: 12 }, { key: "teen", minAge: 13, maxAge: 15 }] } : {}),
  };
}

/** Random options of `result()`: now and then a population, another full-time week, VOG and training years, a ratio policy per band. */
export function randomResultOptions(seed: number): Pick<ResultOptions, "population" | "fullTimeHours" | "vogYears" | "meldcodeTrainingYears" | "ratioPolicy"> {
  const r = random(seed ^ 0x1b873593);
  return {
    ...(r() < 0.2 ? { population: pick(r, [0, 57, 2400]) } : {}),
    ...(r() < 0.3 ? { fullTimeHours: pick(r, [32, 36.5, 40]) } : {}),
    ...(r() < 0.2 ? { vogYears: int(r, 0, 4), meldcodeTrainingYears: int(r, 0, 3) } : {}),
    ...(r() < 0.3 ? { ratioPolicy: { childrenPerAdult: pick(r, [3, 6, 8, 2.5]), byAgeBand: { "4-6": 4, unknown: 5, "under-4": 1.5 }, minimumAdults: int(r, 0, 2) } } : {}),
  };
}
