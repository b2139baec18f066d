// The join of a report accumulator's facts: which sessions count, the counted attendances grouped
// by session (duplicates removed), and per child its counted attendances and first counted day.
// The indicator groups compute from what it returns (indicators/facts.ts).
import { dayNumber } from "@kinderwerk/core";
import type { AgeBand, TableName } from "@kinderwerk/core";
import type { AgeScheme } from "../_lib/age.js";
import { NO_DAY } from "../_lib/age.js";
import type { ChildColumns, CountedAttendance, PeriodFacts, ResultInputs, SessionColumns, V2Facts } from "../indicators/facts.js";
import { cmpFacts } from "./keep.js";
import type { ChildInfo } from "./childFacts.js";
import type { AttendancePairs } from "./pairs.js";
import type { ActivityFact, ReferralFact, SessionFact, SignalFact, StateConfig } from "./state.js";
import type { V2Store } from "./v2Store.js";

/** What the join reads of an accumulator. */
export interface AccumulatorFacts {
  readonly config: StateConfig;
  readonly scheme: AgeScheme;
  readonly ageBands: readonly AgeBand[];
  /** Session facts by session index. */
  readonly sessionFacts: readonly (SessionFact | undefined)[];
  readonly activities: ReadonlyMap<string, ActivityFact>;
  /** Child facts by child index. */
  readonly childInfos: readonly (ChildInfo | undefined)[];
  readonly childIds: readonly string[];
  readonly sessionIds: readonly string[];
  readonly attendancePairs: AttendancePairs;
  readonly signals: ReadonlyMap<string, SignalFact>;
  readonly referrals: ReadonlyMap<string, ReferralFact>;
  /** The facts of the tables and columns of FORMAT.md version 2. */
  readonly v2: V2Store;
}

/** Whether the filter lets an activity's sessions in: an unknown activity only when nothing is filtered. */
function inScope(activity: ActivityFact | undefined, filtering: boolean): boolean {
  if (activity === undefined) return !filtering;
  const [, , , letIn] = activity;
  return letIn === 1;
}

/** Where each session falls: counted (in the period and in scope), before the period (in scope), or neither. */
interface SessionClasses {
  /** The UTC day number of a counted session; `NO_DAY` for the others. */
  readonly day: Int32Array;
  /** 1 for a session before the period that the filter lets in. */
  readonly before: Uint8Array;
}

function classifySessions(acc: AccumulatorFacts): SessionClasses {
  const { from, to } = acc.config;
  const filtering = Object.keys(acc.config.filter).length > 0;
  const n = acc.sessionIds.length;
  const day = new Int32Array(n).fill(NO_DAY);
  const before = new Uint8Array(n);
  for (let si = 0; si < n; si++) {
    const s = acc.sessionFacts[si];
    if (s === undefined) continue;
    const [activityId, date] = s;
    if (date > to || !inScope(acc.activities.get(activityId), filtering)) continue;
    if (date < from) before[si] = 1;
    else day[si] = dayNumber(date);
  }
  return { day, before };
}

/**
 * Per child index, the UTC day number of its first counted attendance among the facts at hand, or
 * `NO_DAY`: present, in a session of the period whose activity the filter lets in.
 *
 * @param acc - the accumulator's facts
 * @returns the dates
 */
export function firstCountedDays(acc: AccumulatorFacts): Int32Array {
  const { day } = classifySessions(acc);
  const first = new Int32Array(acc.childIds.length).fill(NO_DAY);
  const { sessions, children, n } = acc.attendancePairs;
  for (let i = 0; i < n; i++) {
    const d = day[sessions[i]!]!;
    const c = children[i]!;
    if (d !== NO_DAY && (first[c] === NO_DAY || d < first[c]!)) first[c] = d;
  }
  return first;
}

/** The session columns of the counted sessions. */
function sessionColumns(acc: AccumulatorFacts, day: Int32Array): SessionColumns {
  const size = acc.sessionIds.length;
  const counted: number[] = [];
  const activityId: string[] = new Array<string>(size).fill("");
  const minutes = new Int32Array(size);
  const professionals = new Int32Array(size);
  const interns = new Int32Array(size);
  const volunteers = new Int32Array(size);
  for (let si = 0; si < size; si++) {
    if (day[si] === NO_DAY) continue;
    const [activity, , duration, pros, interning, volunteering] = acc.sessionFacts[si]!;
    counted.push(si);
    activityId[si] = activity;
    minutes[si] = duration;
    professionals[si] = pros;
    interns[si] = interning;
    volunteers[si] = volunteering;
  }
  return { size, counted: Int32Array.from(counted), day, activityId, minutes, professionals, interns, volunteers };
}

/** The pairs of counted sessions grouped by session (a counting sort); children present before the period marked. */
function groupPairs(acc: AccumulatorFacts, classes: SessionClasses): { start: Int32Array; kids: Int32Array; seenBefore: Uint8Array } {
  const nSessions = acc.sessionIds.length;
  const seenBefore = new Uint8Array(acc.childIds.length);
  const { sessions, children, n } = acc.attendancePairs;
  const { day, before } = classes;
  const start = new Int32Array(nSessions + 1);
  for (let i = 0; i < n; i++) {
    const si = sessions[i]!;
    if (day[si] !== NO_DAY) start[si + 1]!++;
    else if (before[si] === 1) seenBefore[children[i]!] = 1;
  }
  for (let si = 0; si < nSessions; si++) start[si + 1]! += start[si]!;
  const next = start.slice(0, nSessions);
  const kids = new Int32Array(start[nSessions]!);
  for (let i = 0; i < n; i++) {
    const si = sessions[i]!;
    if (day[si] !== NO_DAY) kids[next[si]!++] = children[i]!;
  }
  return { start, kids, seenBefore };
}

/**
 * The counted attendances: the grouped pairs with each child once per session (duplicates taken
 * out in place), and per child its counted attendances and first counted day.
 */
function countAttendance(acc: AccumulatorFacts, classes: SessionClasses): { attendance: CountedAttendance; children: ChildColumns } {
  const { start, kids, seenBefore } = groupPairs(acc, classes);
  const nSessions = acc.sessionIds.length;
  const size = acc.childIds.length;
  const attendances = new Int32Array(size);
  const firstDay = new Int32Array(size).fill(NO_DAY);
  // `seen[c] === mark`: child c is already kept for this session.
  const seen = new Int32Array(size);
  let mark = 0;
  let kept = 0;
  for (let si = 0; si < nSessions; si++) {
    const lo = start[si]!;
    const hi = start[si + 1]!;
    start[si] = kept;
    if (lo === hi) continue;
    mark++;
    const d = classes.day[si]!;
    for (let i = lo; i < hi; i++) {
      const c = kids[i]!;
      if (seen[c] === mark) continue;
      seen[c] = mark;
      kids[kept++] = c;
      const before = attendances[c]!;
      attendances[c] = before + 1;
      if (before === 0 || d < firstDay[c]!) firstDay[c] = d;
    }
  }
  start[nSessions] = kept;
  return {
    attendance: { start, children: kids.subarray(0, kept) },
    children: { size, attendances, firstDay, seenBefore, infos: acc.childInfos },
  };
}

/** The tables that came: the first six when they hold facts, and those the version 2 facts name. */
function tablesOf(acc: AccumulatorFacts): Set<TableName> {
  const tables = new Set<TableName>(acc.v2.tables);
  if (acc.childInfos.some((c) => c !== undefined)) tables.add("children");
  if (acc.activities.size > 0) tables.add("activities");
  if (acc.sessionFacts.some((s) => s !== undefined)) tables.add("sessions");
  if (acc.attendancePairs.n > 0) tables.add("attendance");
  if (acc.signals.size > 0) tables.add("signals");
  if (acc.referrals.size > 0) tables.add("referrals");
  return tables;
}

/** The version 2 facts, the rows without a key in a fixed order so that every split sums alike. */
function v2Facts(acc: AccumulatorFacts): V2Facts {
  const v2 = acc.v2;
  const sorted = <T extends readonly unknown[]>(rows: readonly T[]): T[] => [...rows].sort(cmpFacts);
  return {
    tables: tablesOf(acc),
    used: v2.used,
    childIds: acc.childIds,
    filtering: Object.keys(acc.config.filter).length > 0,
    staff: v2.staff,
    staffing: sorted(v2.staffing),
    signups: sorted(v2.signups),
    meldcode: v2.meldcode,
    budgets: sorted(v2.budgets),
    targets: sorted(v2.targets),
    neighbourhoods: v2.neighbourhoods,
    households: v2.households,
    capacities: v2.capacities,
    referralSignals: v2.referralSignals,
  };
}

/**
 * Join an accumulator's facts into the named facts of its period.
 *
 * @param acc - the accumulator's facts
 * @param inputs - the inputs of `result()`
 * @returns the facts every indicator group computes from
 */
export function joinFacts(acc: AccumulatorFacts, inputs: ResultInputs): PeriodFacts {
  const classes = classifySessions(acc);
  const sessions = sessionColumns(acc, classes.day);
  const { attendance, children } = countAttendance(acc, classes);
  const { from, to, regularsThreshold, holidays } = acc.config;
  return {
    from,
    to,
    regularsThreshold,
    holidays,
    scheme: acc.scheme,
    ageBands: acc.ageBands,
    sessions,
    attendance,
    children,
    activities: acc.activities,
    signals: acc.signals,
    referrals: acc.referrals,
    v2: v2Facts(acc),
    inputs,
  };
}
