// Test helper: the tables of FORMAT.md version 2 for a random dataset, written as Dutch Excel
// writes them (decimal commas, Dutch money, DD-MM-YYYY) — staff with missing and old VOGs and
// trainings, staffing with fractional hours on both sides of the period's edges, sign-ups waiting and
// placed, meldcode trajectories open and decided, budget lines across the period's edges (leap
// years, one day, a line that ends before it starts is left out as the import refuses it), targets
// dated and undated, and neighbourhoods with and without a population.
import { defaultCatalogues } from "@kinderwerk/core";

type Rng = () => number;
type Cells = Record<string, string>;
const int = (r: Rng, lo: number, hi: number): number => lo + Math.floor(r() * (hi - lo + 1));
const pick = <T>(r: Rng, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
const DAY = 86_400_000;
const iso = (ms: number): string => new Date(ms).toISOString().slice(0, 10);
const dutch = (day: string): string => `${day.slice(8, 10)}-${day.slice(5, 7)}-${day.slice(0, 4)}`;
const plus = (day: string, days: number): string => iso(Date.parse(day) + days * DAY);
const maybe = (r: Rng, p: number, value: () => string): string => (r() < p ? value() : "");

/** What the version 2 tables point at, and the days they draw from. */
export interface V2Shape {
  readonly day: () => string;
  readonly children: number;
  readonly activities: number;
  readonly sessions: number;
  readonly signals: number;
  readonly hoods: readonly string[];
}

const HOURS = ["2", "2,5", "1,75", "0,33", "8", "3,333", "0,1", "0,2", "4,05", "24", "0,25"];
const AMOUNTS = ["12.500,00", "1250,5", "999", "0,01", "33.333,33", "7,77", "100000", "0"];
const lines = (): string[] => defaultCatalogues.programmeLines.entries.map((e) => e.code);

function staff(r: Rng, s: V2Shape, n: number): Cells[] {
  return Array.from({ length: n }, (_, i) => ({
    staffId: `mw-${i}`,
    role: pick(r, ["professional", "professional", "intern", "volunteer", ""]),
    vogDate: maybe(r, 0.8, () => dutch(r() < 0.5 ? s.day() : plus(s.day(), -int(r, 300, 1500)))),
    meldcodeTrainingDate: maybe(r, 0.7, () => dutch(r() < 0.5 ? s.day() : plus(s.day(), -int(r, 300, 1100)))),
  }));
}

function staffing(r: Rng, s: V2Shape, nStaff: number): Cells[] {
  return Array.from({ length: int(r, 0, 40) }, () => ({
    staffId: `mw-${int(r, 0, nStaff - 1)}`,
    date: dutch(s.day()),
    hours: pick(r, HOURS),
    kind: pick(r, ["session", "preparation", "meeting", "outreach", "training", ""]),
    sessionId: s.sessions > 0 && r() < 0.3 ? `b-${int(r, 0, s.sessions - 1)}` : "",
  }));
}

function signups(r: Rng, s: V2Shape): Cells[] {
  return Array.from({ length: int(r, 0, 25) }, () => {
    const date = s.day();
    const status = pick(r, ["placed", "waiting", "waiting", "withdrawn", ""]);
    const placed = status === "placed" || r() < 0.15 ? dutch(r() < 0.5 ? s.day() : plus(date, int(r, 0, 60))) : "";
    return { activityId: `a-${int(r, 0, s.activities - 1)}`, childId: `k-${int(r, 0, s.children - 1)}`, date: dutch(date), status, placedOn: placed };
  });
}

function meldcode(r: Rng, s: V2Shape): Cells[] {
  return Array.from({ length: int(r, 0, 8) }, (_, i) => {
    const started = s.day();
    const decided = r() < 0.6 ? (r() < 0.5 ? s.day() : plus(started, int(r, 0, 90))) : "";
    return {
      trajectoryId: `mc-${i}`,
      childId: `k-${int(r, 0, s.children - 1)}`,
      signalId: s.signals > 0 && r() < 0.4 ? `sg-${int(r, 0, s.signals - 1)}` : "",
      startedOn: dutch(started),
      step: String(int(r, 1, 5)),
      decision: decided !== "" || r() < 0.1 ? pick(r, ["report", "help", "close"]) : "",
      decidedOn: decided === "" ? "" : dutch(decided),
    };
  });
}

function budgets(r: Rng, s: V2Shape): Cells[] {
  return Array.from({ length: int(r, 0, 6) }, () => {
    const a = s.day();
    const b = r() < 0.2 ? a : r() < 0.5 ? s.day() : plus(a, int(r, 0, 800));
    return {
      funder: pick(r, ["Gemeente Zwolle", "Oranje Fonds", "Eigen middelen"]),
      funderKind: pick(r, ["municipality", "fund", "own", "other", ""]),
      amount: pick(r, AMOUNTS),
      from: dutch(a < b ? a : b),
      to: dutch(a < b ? b : a),
      programmeLine: r() < 0.6 ? pick(r, lines()) : "",
      activityId: r() < 0.3 ? `a-${int(r, 0, s.activities - 1)}` : "",
    };
  });
}

function targets(r: Rng, s: V2Shape): Cells[] {
  return Array.from({ length: int(r, 0, 4) }, () => {
    const from = s.day();
    return { indicator: pick(r, ["reach", "families", "staff.fte", "signups.waiting"]), target: pick(r, ["120", "12,5", "3", "0"]), ...(r() < 0.7 ? { from: dutch(from), to: dutch(plus(from, int(r, 0, 400))) } : {}) };
  });
}

function neighbourhoods(r: Rng, s: V2Shape): Cells[] {
  return s.hoods.filter(() => r() < 0.8).map((code) => ({ code, name: `Wijk ${code}`, population4to12: r() < 0.8 ? String(pick(r, [0, 7, 120, 333, 2400])) : "" }));
}

/**
 * The version 2 tables of a random dataset, each there or not, by its Dutch file name.
 *
 * @param r - the generator
 * @param s - what the tables point at
 * @returns the files
 */
export function v2Tables(r: Rng, s: V2Shape): { name: string; table: string; rows: Cells[] }[] {
  const out: { name: string; table: string; rows: Cells[] }[] = [];
  const nStaff = int(r, 1, 8);
  if (r() < 0.75) {
    out.push({ name: "medewerkers.csv", table: "staff", rows: staff(r, s, nStaff) });
    if (r() < 0.85) out.push({ name: "inzet.csv", table: "staffing", rows: staffing(r, s, nStaff) });
  }
  if (r() < 0.7) out.push({ name: "aanmeldingen.csv", table: "signups", rows: signups(r, s) });
  if (r() < 0.6) out.push({ name: "meldcode.csv", table: "meldcode", rows: meldcode(r, s) });
  if (r() < 0.6) out.push({ name: "begroting.csv", table: "budgets", rows: budgets(r, s) });
  if (r() < 0.5) out.push({ name: "afspraken.csv", table: "targets", rows: targets(r, s) });
  if (r() < 0.6) out.push({ name: "wijken.csv", table: "neighbourhoods", rows: neighbourhoods(r, s) });
  // A file with no rows is an issue for the import, not a table: leave empty tables out.
  return out.filter((f) => f.rows.length > 0);
}
