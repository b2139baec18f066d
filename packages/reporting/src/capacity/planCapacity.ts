// Capacity planning: the staff that sessions need under a ratio policy and a growth in demand,
// against the staff they have, per ISO week, in fte, and as the smallest on-call pool.
import type { AgeBands, Attendance, CalendarDate, Child, DateRange, Session } from "@kinderwerk/core";
import { ageBandOf, assertDateRange, defaultAgeBands, fromEpochDay, isoWeekId, isoWeekOf, toEpochDay } from "@kinderwerk/core";
import { weeksIn } from "../_lib/weeks.js";
import { smallestPool } from "./binomial.js";
import type { RatioPolicy } from "./ratio.js";
import { adultsNeeded, resolveRatioPolicy } from "./ratio.js";

export type { RatioPolicy } from "./ratio.js";

/** An on-call pool (oproeppoule): members who each turn up with a chance, independently. */
export interface PoolPolicy {
  /** The chance that one member is available for a session, 0..1. */
  readonly availability: number;
  /** The share of sessions whose shortfall the pool must cover, 0..1 (0.9 = nine in ten). */
  readonly coverage: number;
  /** The largest pool to consider. Default 500. */
  readonly maxSize?: number;
}

/** A signup as capacity planning reads it: a `waiting` one adds demand to its activity's sessions. */
export interface CapacitySignup {
  readonly activityId: string;
  readonly childId: string;
  readonly date: CalendarDate;
  /** `waiting` counts as demand; `placed`, `withdrawn` or none does not. */
  readonly status?: string | undefined;
}

/** The records capacity planning reads. */
export interface CapacityData {
  readonly sessions: readonly Session[];
  readonly attendance: readonly Attendance[];
  /** The children, for their age band on each session's date; a child not given counts as `unknown`. */
  readonly children?: readonly Child[];
  /** Signups: each `waiting` child counts as one more child at every later session of its activity. */
  readonly signups?: readonly CapacitySignup[];
}

/** Options of {@link planCapacity}. */
export interface CapacityOptions {
  /** The sessions planned for: those dated in this range. */
  readonly period: DateRange;
  /** The ratio policy. Default one adult per 8 children, at least one adult. */
  readonly policy?: RatioPolicy;
  /** Planned growth in demand: 0.2 is 20% more children at every session. Default 0. */
  readonly growth?: number;
  /** Size an on-call pool for the shortfall. */
  readonly pool?: PoolPolicy;
  /** Hours of a full-time week. Default 36 (CAO Sociaal Werk). */
  readonly fullTimeHours?: number;
  /** Whether interns count as available adults. Default `true`. */
  readonly countInterns?: boolean;
  /** Whether volunteers count as available adults. Default `true`. */
  readonly countVolunteers?: boolean;
  /** The organisation's age bands. Default: core's `defaultAgeBands`. */
  readonly ageBands?: AgeBands;
}

/** Staff needed against staff available over some sessions (a week, or the whole period). */
export interface CapacityFigures {
  /** Sessions. */
  readonly sessions: number;
  /** Sessions with fewer adults than the policy asks. */
  readonly understaffedSessions: number;
  /** Expected children, summed over sessions, growth included (may be fractional). */
  readonly children: number;
  /** Adults the policy asks, summed over sessions. */
  readonly adultsNeeded: number;
  /** Adults the sessions had, summed over sessions. */
  readonly adultsAvailable: number;
  /** Adults missing, summed over sessions (a session with more adults than needed adds 0). */
  readonly shortfall: number;
  /** Adult hours the policy asks: adults needed × session hours. */
  readonly hoursNeeded: number;
  /** Adult hours the sessions had. */
  readonly hoursAvailable: number;
  /** Adult hours missing. */
  readonly hoursShortfall: number;
}

/** One ISO week of a {@link CapacityPlan}. */
export interface CapacityWeek extends CapacityFigures {
  /** The ISO week, `2025-W03`. */
  readonly week: string;
}

/** What {@link planCapacity} assumed, to print beside its answer. */
export interface CapacityAssumptions {
  readonly childrenPerAdult: number;
  readonly byAgeBand: Readonly<Record<string, number>>;
  readonly minimumAdults: number;
  readonly growth: number;
  readonly fullTimeHours: number;
  readonly weeksInPeriod: number;
  readonly countInterns: boolean;
  readonly countVolunteers: boolean;
  readonly waitingChildren: number;
  readonly pool?: { readonly availability: number; readonly coverage: number; readonly maxSize: number };
}

/** The answer of {@link planCapacity}. */
export interface CapacityPlan {
  readonly period: DateRange;
  /** Every ISO week that overlaps the period, in order, weeks without sessions included. */
  readonly weeks: readonly CapacityWeek[];
  /** The whole period. */
  readonly total: CapacityFigures;
  /** Hours as full-time staff over the period: hours ÷ (full-time hours × weeks in the period). */
  readonly fte: { readonly needed: number; readonly available: number; readonly shortfall: number };
  /** The smallest on-call pool for the shortfall, when a pool policy was given. */
  readonly pool?: { readonly size: number; readonly coverage: number; readonly reached: boolean };
  readonly assumptions: CapacityAssumptions;
}

/** One session as planned: its week, hours, adults needed and available. */
interface PlannedSession {
  readonly week: string;
  readonly hours: number;
  readonly children: number;
  readonly needed: number;
  readonly available: number;
}

function check(name: string, value: number, min: number, max: number): number {
  if (!Number.isFinite(value) || value < min || value > max) throw new RangeError(`${name} must be a number from ${min} to ${max}`);
  return value;
}

function resolveAssumptions(options: CapacityOptions, waitingChildren: number, weeksInPeriod: number): CapacityAssumptions {
  const pool = options.pool;
  return {
    ...resolveRatioPolicy(options.policy),
    growth: check("growth", options.growth ?? 0, -1, 100),
    fullTimeHours: check("fullTimeHours", options.fullTimeHours ?? 36, 1, 168),
    weeksInPeriod,
    countInterns: options.countInterns ?? true,
    countVolunteers: options.countVolunteers ?? true,
    waitingChildren,
    ...(pool
      ? {
          pool: {
            availability: check("pool.availability", pool.availability, 0, 1),
            coverage: check("pool.coverage", pool.coverage, 0, 1),
            maxSize: Math.trunc(check("pool.maxSize", pool.maxSize ?? 500, 0, 100_000)),
          },
        }
      : {}),
  };
}

/** Per session in the period: the children counted (each once) and the waiting children, by age band. */
function demandByBand(data: CapacityData, sessions: readonly Session[], bands: AgeBands): Map<string, Map<string, number>> {
  const birthDates = new Map<string, string>();
  for (const child of data.children ?? []) birthDates.set(child.childId, child.birthDate);
  const bandOf = (childId: string, on: CalendarDate): string => {
    const birthDate = birthDates.get(childId);
    return birthDate === undefined ? "unknown" : ageBandOf(birthDate, on, bands);
  };
  const byId = new Map(sessions.map((s) => [s.sessionId, s]));
  const demand = new Map<string, Map<string, number>>(sessions.map((s) => [s.sessionId, new Map()]));
  const add = (session: Session, childId: string): void => {
    const bandsHere = demand.get(session.sessionId)!;
    const band = bandOf(childId, session.date);
    bandsHere.set(band, (bandsHere.get(band) ?? 0) + 1);
  };
  const seen = new Set<string>();
  for (const a of data.attendance) {
    const session = byId.get(a.sessionId);
    if (session === undefined || a.present === false) continue;
    const pair = JSON.stringify([a.sessionId, a.childId]);
    if (seen.has(pair)) continue;
    seen.add(pair);
    add(session, a.childId);
  }
  for (const signup of waitingSignups(data)) {
    for (const session of sessions) if (session.activityId === signup.activityId && session.date >= signup.date) add(session, signup.childId);
  }
  return demand;
}

/** The waiting signups, one per activity and child (a later signup of the same child adds nothing). */
function waitingSignups(data: CapacityData): CapacitySignup[] {
  const placed = new Set((data.signups ?? []).filter((s) => s.status === "placed").map((s) => JSON.stringify([s.activityId, s.childId])));
  const first = new Map<string, CapacitySignup>();
  for (const s of data.signups ?? []) {
    const key = JSON.stringify([s.activityId, s.childId]);
    if (s.status !== "waiting" || placed.has(key)) continue;
    const earlier = first.get(key);
    if (earlier === undefined || s.date < earlier.date) first.set(key, s);
  }
  return [...first.values()];
}

function planSession(session: Session, bandsHere: ReadonlyMap<string, number>, a: CapacityAssumptions): PlannedSession {
  const expected = [...bandsHere].map(([band, count]) => [band, count * (1 + a.growth)] as const);
  const { children, needed } = adultsNeeded(expected, a);
  const available = session.professionals + (a.countInterns ? session.interns : 0) + (a.countVolunteers ? session.volunteers : 0);
  return { week: isoWeekId(isoWeekOf(session.date)), hours: session.durationMinutes / 60, children, needed, available };
}

function sum(sessions: readonly PlannedSession[]): CapacityFigures {
  let understaffedSessions = 0, children = 0, adultsNeeded = 0, adultsAvailable = 0, shortfall = 0;
  let hoursNeeded = 0, hoursAvailable = 0, hoursShortfall = 0;
  for (const s of sessions) {
    const missing = Math.max(0, s.needed - s.available);
    if (missing > 0) understaffedSessions++;
    children += s.children;
    adultsNeeded += s.needed;
    adultsAvailable += s.available;
    shortfall += missing;
    hoursNeeded += s.needed * s.hours;
    hoursAvailable += s.available * s.hours;
    hoursShortfall += missing * s.hours;
  }
  return { sessions: sessions.length, understaffedSessions, children, adultsNeeded, adultsAvailable, shortfall, hoursNeeded, hoursAvailable, hoursShortfall };
}

/** Every ISO week id that overlaps the period, in order. */
function weeksOf(period: DateRange): string[] {
  const weeks: string[] = [];
  const last = toEpochDay(period.to);
  for (let day = toEpochDay(period.from); day <= last; day++) {
    const id = isoWeekId(isoWeekOf(fromEpochDay(day)));
    if (weeks[weeks.length - 1] !== id) weeks.push(id);
  }
  return weeks;
}

/**
 * Plan staff capacity: for every session in the period, the adults the ratio policy asks for its
 * counted attendances (each child once, by its age band on the session's date), plus its waiting
 * signups, grown by the planned growth; against the adults the session had (professionals, and
 * interns and volunteers unless left out). Summed per ISO week and over the period, in hours and
 * in fte, and — with a pool policy — the smallest on-call pool whose members, each available with
 * the given chance, cover the shortfall on at least the given share of sessions (the exact binomial
 * tail, averaged over sessions). The assumptions come back with the answer, to print beside it.
 *
 * @param data - sessions, attendance, and optionally children (for age bands) and signups
 * @param options - the period, the ratio policy, growth, pool policy and full-time hours
 * @returns the plan
 * @throws RangeError when an option is out of range (a ratio ≤ 0, a chance outside 0..1, …)
 * @throws DateError (from `@kinderwerk/core`) when the period is not a valid range
 * @example
 * const plan = planCapacity(data, { period: { from: "2025-01-01", to: "2025-12-31" }, growth: 0.2, pool: { availability: 0.6, coverage: 0.9 } });
 * plan.total.understaffedSessions; // sessions the policy finds short of adults
 * plan.pool?.size; // the smallest on-call pool that covers nine in ten sessions
 */
export function planCapacity(data: CapacityData, options: CapacityOptions): CapacityPlan {
  const period = assertDateRange(options.period);
  const weekIds = weeksOf(period);
  const weeksInPeriod = weeksIn(period.from, period.to);
  const assumptions = resolveAssumptions(options, waitingSignups(data).length, weeksInPeriod);
  const sessions = data.sessions.filter((s) => s.date >= period.from && s.date <= period.to);
  const demand = demandByBand(data, sessions, options.ageBands ?? defaultAgeBands);
  const planned = sessions.map((s) => planSession(s, demand.get(s.sessionId)!, assumptions));
  const byWeek = new Map<string, PlannedSession[]>(weekIds.map((w) => [w, []]));
  for (const s of planned) byWeek.get(s.week)!.push(s);
  const total = sum(planned);
  const fullTime = assumptions.fullTimeHours * weeksInPeriod;
  const pool = assumptions.pool;
  return {
    period,
    weeks: weekIds.map((week) => ({ week, ...sum(byWeek.get(week)!) })),
    total,
    fte: { needed: total.hoursNeeded / fullTime, available: total.hoursAvailable / fullTime, shortfall: total.hoursShortfall / fullTime },
    ...(pool ? { pool: smallestPool(planned.map((s) => Math.max(0, s.needed - s.available)), pool.availability, pool.coverage, pool.maxSize) } : {}),
    assumptions,
  };
}
