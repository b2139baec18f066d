import type { Activity, AgeBand, AgeBands, Attendance, Catalogues, Child, HolidayCalendar, Referral, Result, SchoolRegion, Session, Signal } from "@kinderwerk/core";
import { checkHolidayCoverage, createAgeBands, dateOfDayNumber, dayNumber, defaultAgeBands, defaultCatalogues, GENDERS, fail, isCalendarDate, issue, listSchoolHolidays, ok, schoolHolidays, toIssues } from "@kinderwerk/core";
import type { AgeScheme } from "../_lib/age.js";
import { ageOnDay, ageScheme, dayOf, NO_DAY } from "../_lib/age.js";
import { matchesFilter, normaliseFilter } from "../filter/index.js";
import type { ReportFilter } from "../filter/index.js";
import type { Period } from "../period/index.js";
import { computeResults, firstCountedDays } from "./result.js";
import type { ChildInfo, IndicatorResults, ResultOptions } from "./result.js";
import type { ActivityFact, ChildFact, ReferralFact, SessionFact, SignalFact, StateConfig } from "./state.js";
import { ReportState, STATE_FORMAT, STATE_VERSION } from "./state.js";
import { isReportState } from "./validate.js";

/** The default N of `regulars`: children with at least 5 counted attendances. */
export const DEFAULT_REGULARS_THRESHOLD = 5;

/** How to make a report accumulator. Every part of a split must be made with the same options to merge. */
export interface ReportAccumulatorOptions {
  /** The period `[from, to]`. */
  readonly period: Pick<Period, "from" | "to">;
  /** Narrows which sessions are in scope. */
  readonly filter?: ReportFilter | undefined;
  /** The catalogues (referral destinations give the follow-up days); the defaults when left out. */
  readonly catalogues?: Catalogues | undefined;
  /** The school-holiday region of the organisation, for `holidayReach`. */
  readonly region?: SchoolRegion | undefined;
  /** The holiday calendar to look the region's holidays up in; core's shipped calendar when left out. */
  readonly holidayCalendar?: HolidayCalendar | undefined;
  /** Holiday date ranges to use instead of a region's (for an organisation's own calendar). */
  readonly holidays?: readonly { readonly from: string; readonly to: string }[] | undefined;
  /** N of `regulars`; default 5. */
  readonly regularsThreshold?: number | undefined;
  /**
   * The age bands of `reach.byAgeBand` (core's `AgeBands`); INDICATORS.md's `4-6`, `7-9`, `10-12`
   * when left out. Each band lies inside the target group 4..12 or outside it.
   */
  readonly ageBands?: AgeBands | undefined;
}

/** What the attendance hot path reads of a record. */
type AttendanceRow = Pick<Attendance, "sessionId" | "childId"> & { readonly present?: boolean | undefined };

/** A record table a report reads. */
export type RecordTable = "children" | "activities" | "sessions" | "attendance" | "signals" | "referrals";

const cmpTuple = (a: unknown, b: unknown): number => {
  const x = JSON.stringify(a);
  const y = JSON.stringify(b);
  return x < y ? -1 : x > y ? 1 : 0;
};

/**
 * The order of {@link cmpTuple}, without serialising facts that are equal (the common case: the same
 * record in several parts).
 */
function cmpFacts(a: readonly unknown[], b: readonly unknown[]): number {
  if (a.length !== b.length) return cmpTuple(a, b);
  for (let i = 0; i < a.length; i++) {
    const x = a[i];
    const y = b[i];
    if (x === y) continue;
    if (Array.isArray(x) && Array.isArray(y) && cmpFacts(x, y) === 0) continue;
    return cmpTuple(a, b);
  }
  return 0;
}

/**
 * Put a fact in a map keyed by record id. When two records share an id but differ, the one whose
 * facts sort first wins, whatever the order they arrive in, so that every split gives the same state.
 */
function keep<T extends readonly unknown[]>(map: Map<string, T>, id: string, fact: T): void {
  const existing = map.get(id);
  if (existing === undefined) map.set(id, fact);
  else if (existing !== fact && cmpFacts(fact, existing) < 0) map.set(id, fact);
}

const GENDER_SET: ReadonlySet<string> = new Set(GENDERS);

/** The facts of a child (see `ChildFact`): its gender, neighbourhood and age bands over the period; the birth date stays in memory. */
function childInfo(child: Pick<Child, "birthDate"> & Partial<Child>, from: string, to: string, scheme: AgeScheme): ChildInfo {
  const birth = dayOf(child.birthDate);
  const band = scheme.bandOfAge(ageOnDay(birth, dayOf(from)));
  // Bands only grow with age: the same band on the last day means no change in between.
  const varies = band !== scheme.bandOfAge(ageOnDay(birth, dayOf(to)));
  const gender = child.gender !== undefined && GENDER_SET.has(child.gender) ? child.gender : "unknown";
  const hood = child.neighbourhood ?? "";
  return {
    fact: `${gender}\u0001${band}\u0001${varies ? 1 : 0}\u0001${hood}`,
    gender,
    band,
    varies,
    hood: hood === "" ? "unknown" : hood,
    birth: varies ? birth : NO_DAY,
    anchorDay: NO_DAY,
    anchorBand: "",
  };
}

/** Decode a serialised child fact and its anchor (see `ChildFact`, `AgeAnchor`), or `undefined` when they name a gender or band the report does not know. */
function decodeChildFact(fact: string, scheme: AgeScheme, anchor?: readonly [string, string]): ChildInfo | undefined {
  // gender \u0001 band \u0001 varies \u0001 neighbourhood
  const a = fact.indexOf("\u0001");
  const b = fact.indexOf("\u0001", a + 1);
  const d = fact.indexOf("\u0001", b + 1);
  if (a < 0 || b < 0 || d !== b + 2) return undefined;
  const gender = fact.slice(0, a);
  const band = fact.slice(a + 1, b);
  const varies = fact[b + 1];
  if (!GENDER_SET.has(gender) || !scheme.rank.has(band) || (varies !== "0" && varies !== "1")) return undefined;
  if (anchor !== undefined && (varies === "0" || !scheme.rank.has(anchor[1]))) return undefined;
  const hood = fact.slice(d + 1);
  return {
    fact,
    gender,
    band,
    varies: varies === "1",
    hood: hood === "" ? "unknown" : hood,
    birth: NO_DAY,
    anchorDay: anchor === undefined ? NO_DAY : dayNumber(anchor[0]),
    anchorBand: anchor === undefined ? "" : anchor[1],
  };
}

/** Of two anchors, the earlier; on the same day the younger band (`scheme.rank`). */
function earlierAnchor(scheme: AgeScheme, day: number, band: string, otherDay: number, otherBand: string): [number, string] {
  if (otherDay === NO_DAY) return [day, band];
  if (day === NO_DAY || otherDay < day) return [otherDay, otherBand];
  if (otherDay === day && scheme.rank.get(otherBand)! < scheme.rank.get(band)!) return [day, otherBand];
  return [day, band];
}

function holidayRanges(options: ReportAccumulatorOptions): [string, string][] | null {
  const { from, to } = options.period;
  let ranges: { from: string; to: string }[];
  if (options.holidays) ranges = [...options.holidays];
  else if (options.region) {
    const calendar = options.holidayCalendar ?? schoolHolidays;
    if (!checkHolidayCoverage({ region: options.region, from, to }, calendar).ok) return null;
    ranges = listSchoolHolidays({ region: options.region, from, to }, calendar).map((h) => ({ from: h.from, to: h.to }));
  } else return null;
  // Clip to the period, sort and join overlapping or touching ranges: a canonical form.
  const clipped = ranges
    .filter((r) => r.from <= to && from <= r.to)
    .map((r): [string, string] => [r.from < from ? from : r.from, r.to > to ? to : r.to])
    .sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  const joined: [string, string][] = [];
  for (const r of clipped) {
    const last = joined[joined.length - 1];
    if (last && r[0] <= dateOfDayNumber(dayNumber(last[1]) + 1)) {
      if (r[1] > last[1]) last[1] = r[1];
    } else joined.push([r[0], r[1]]);
  }
  return joined;
}

/**
 * A mergeable accumulator of every indicator of INDICATORS.md (version 1) over one period and filter.
 * Records of every table may arrive in any order and in any split: the state keeps normalised facts
 * (ids, dates, codes, counts, age bands) and `result()` joins them. Make one with
 * {@link createReportAccumulator}; revive a serialised one with {@link reportAccumulatorFromJSON}.
 */
export class ReportAccumulator {
  /** The configuration parts must share to merge. */
  readonly config: StateConfig;
  /** The age bands, with their labels when the options gave them. */
  readonly ageBands: readonly AgeBand[];
  /** @internal the age bands, ready for counting */
  readonly scheme: AgeScheme;
  private readonly configKey: string;
  private readonly followUpDays: ReadonlyMap<string, number>;
  private readonly catalogues: Catalogues;
  /** Activity facts by activity id. */
  readonly activities = new Map<string, ActivityFact>();
  /** @internal session facts by session index (see {@link sessionIds}); `undefined` when no session record came */
  readonly sessionFacts: (SessionFact | undefined)[] = [];
  /** @internal decoded child facts by child index (see {@link childIds}); `undefined` when no child record came */
  readonly childInfos: (ChildInfo | undefined)[] = [];
  /** Child ids, interned: the attendance pairs hold indexes into this list. */
  readonly childIds: string[] = [];
  /** The index of each child id in {@link childIds}. */
  readonly childIndex = new Map<string, number>();
  /** Session ids, interned: the attendance pairs hold indexes into this list. */
  readonly sessionIds: string[] = [];
  /** The index of each session id in {@link sessionIds}. */
  readonly sessionIndex = new Map<string, number>();
  /** Present attendance pairs (session index, child index), may hold duplicates until `result()`; see {@link pairs}. */
  private attS = new Int32Array(1024);
  private attC = new Int32Array(1024);
  private attN = 0;
  /** Signal facts by signal id. */
  readonly signals = new Map<string, SignalFact>();
  /** Referral facts by referral id. */
  readonly referrals = new Map<string, ReferralFact>();

  /**
   * Session facts by session id (a copy, made on each read).
   *
   * @returns the facts
   * @example
   * acc.sessions.get("s-1"); // => ["a-1", "2025-03-05", 90, 1, 0, 2]
   */
  get sessions(): ReadonlyMap<string, SessionFact> {
    const m = new Map<string, SessionFact>();
    this.sessionFacts.forEach((f, si) => {
      if (f !== undefined) m.set(this.sessionIds[si]!, f);
    });
    return m;
  }

  /**
   * Child facts by child id (a copy, made on each read).
   *
   * @returns the facts
   * @example
   * acc.children.get("k-001"); // => "girl\u00017-9\u00010\u0001Noord"
   */
  get children(): ReadonlyMap<string, ChildFact> {
    const m = new Map<string, ChildFact>();
    this.childInfos.forEach((f, c) => {
      if (f !== undefined) m.set(this.childIds[c]!, f.fact);
    });
    return m;
  }

  /**
   * @internal keep a child's facts by index: of records that disagree, the one whose facts sort
   * first (whatever the order they arrive in); of records with the same facts, the latest birth
   * date (the youngest) and the earlier anchor
   */
  keepChild(c: number, info: ChildInfo): void {
    const e = this.childInfos[c];
    if (e === undefined || (e.fact !== info.fact && info.fact < e.fact)) {
      this.childInfos[c] = info;
      return;
    }
    if (e.fact !== info.fact) return;
    const [anchorDay, anchorBand] = earlierAnchor(this.scheme, e.anchorDay, e.anchorBand, info.anchorDay, info.anchorBand);
    const birth = Math.max(e.birth, info.birth);
    if (birth !== e.birth || anchorDay !== e.anchorDay || anchorBand !== e.anchorBand) this.childInfos[c] = { ...e, birth, anchorDay, anchorBand };
  }

  /** @internal keep a session's facts by index (the rule of {@link keep}) */
  keepSession(si: number, fact: SessionFact): void {
    const e = this.sessionFacts[si];
    if (e === undefined || (e !== fact && cmpFacts(fact, e) < 0)) this.sessionFacts[si] = fact;
  }

  /** @internal use {@link createReportAccumulator} */
  constructor(config: StateConfig, followUpDays: ReadonlyMap<string, number>, catalogues: Catalogues = defaultCatalogues, ageBands?: readonly AgeBand[]) {
    this.config = config;
    this.ageBands = ageBands ?? config.ageBands.map(([key, minAge, maxAge]) => ({ key, minAge, maxAge }));
    this.scheme = ageScheme(this.ageBands);
    this.configKey = JSON.stringify(config);
    this.followUpDays = followUpDays;
    this.catalogues = catalogues;
  }

  /**
   * Add a child. Keeps its gender, neighbourhood and age band on the period's first day, and
   * whether the band changes inside the period; the birth date stays in memory and never enters
   * the partial state (see `toJSON`).
   *
   * @param child - the child record
   * @returns this accumulator
   * @example
   * acc.addChild({ childId: "k-001", birthDate: "2016-05-10", gender: "girl" });
   */
  addChild(child: Pick<Child, "childId" | "birthDate"> & Partial<Child>): this {
    this.keepChild(this.internChild(child.childId), childInfo(child, this.config.from, this.config.to, this.scheme));
    return this;
  }

  /**
   * Add an activity. Keeps its kind, programme lines, pillars and whether the filter lets it in.
   *
   * @param activity - the activity record
   * @returns this accumulator
   * @example
   * acc.addActivity({ activityId: "a-1", name: "Voetbal", kind: "sport", programmeLines: [], pillars: ["child"], partners: [], minAge: 4, maxAge: 12, ageRangeWidened: false });
   */
  addActivity(activity: Pick<Activity, "activityId" | "kind"> & Partial<Activity>): this {
    const lines = [...new Set(activity.programmeLines ?? [])].sort();
    const pillars = [...new Set(activity.pillars ?? [])].sort();
    const inScope = matchesFilter(this.config.filter, {
      kind: activity.kind,
      programmeLines: lines,
      pillars,
      neighbourhood: activity.neighbourhood,
      partners: (activity.partners ?? []).map((p) => p.name),
    });
    keep(this.activities, activity.activityId, [activity.kind, lines, pillars, inScope ? 1 : 0]);
    return this;
  }

  /**
   * Add a session. Keeps its activity id, date, duration and staff counts.
   *
   * @param session - the session record
   * @returns this accumulator
   * @example
   * acc.addSession({ sessionId: "s-1", activityId: "a-1", date: "2025-03-05", durationMinutes: 90, professionals: 1, interns: 0, volunteers: 2 });
   */
  addSession(session: Pick<Session, "sessionId" | "activityId" | "date" | "durationMinutes"> & Partial<Session>): this {
    this.keepSession(this.internSession(session.sessionId), [
      session.activityId,
      session.date,
      session.durationMinutes,
      session.professionals ?? 0,
      session.interns ?? 0,
      session.volunteers ?? 0,
    ]);
    return this;
  }

  /**
   * Add an attendance record. Only present records matter; duplicates count once.
   *
   * @param attendance - the attendance record (`present` defaults to `true`)
   * @returns this accumulator
   * @example
   * acc.addAttendance({ sessionId: "s-1", childId: "k-001", present: true });
   */
  addAttendance(attendance: Pick<Attendance, "sessionId" | "childId"> & { readonly present?: boolean | undefined }): this {
    if (attendance.present === false) return this;
    this.pushPair(this.internSession(attendance.sessionId), this.internChild(attendance.childId));
    return this;
  }

  /** @internal the index of a child id, added when new */
  internChild(childId: string): number {
    let c = this.childIndex.get(childId);
    if (c === undefined) {
      c = this.childIds.length;
      this.childIds.push(childId);
      this.childIndex.set(childId, c);
    }
    return c;
  }

  /** @internal the index of a session id, added when new */
  internSession(sessionId: string): number {
    let c = this.sessionIndex.get(sessionId);
    if (c === undefined) {
      c = this.sessionIds.length;
      this.sessionIds.push(sessionId);
      this.sessionIndex.set(sessionId, c);
    }
    return c;
  }

  private grow(need: number): void {
    let size = this.attS.length;
    while (size < need) size *= 2;
    const s = new Int32Array(size);
    const c = new Int32Array(size);
    s.set(this.attS.subarray(0, this.attN));
    c.set(this.attC.subarray(0, this.attN));
    this.attS = s;
    this.attC = c;
  }

  /** @internal add one attendance pair by indexes */
  pushPair(session: number, child: number): void {
    if (this.attN === this.attS.length) this.grow(this.attN + 1);
    this.attS[this.attN] = session;
    this.attC[this.attN++] = child;
  }

  /**
   * The raw attendance pairs in arrival order (duplicates possible): session indexes `s[0 .. n)`,
   * child indexes `c[0 .. n)`. Views, not copies.
   *
   * @internal
   * @returns the pairs
   */
  rawPairs(): { readonly s: Int32Array; readonly c: Int32Array; readonly n: number } {
    return { s: this.attS, c: this.attC, n: this.attN };
  }

  /**
   * The attendance pairs grouped by session: for session index `i`, the child indexes
   * `children[start[i] .. start[i + 1])` (duplicates possible). A counting sort, linear in the pairs.
   *
   * @returns the grouping
   */
  pairs(): { readonly start: Int32Array; readonly children: Int32Array } {
    const nS = this.sessionIds.length;
    const start = new Int32Array(nS + 1);
    const attS = this.attS;
    const attC = this.attC;
    const n = this.attN;
    for (let i = 0; i < n; i++) start[attS[i]! + 1]!++;
    for (let i = 0; i < nS; i++) start[i + 1]! += start[i]!;
    const next = start.slice(0, nS);
    const children = new Int32Array(n);
    for (let i = 0; i < n; i++) children[next[attS[i]!]!++] = attC[i]!;
    return { start, children };
  }

  /**
   * Add a signal. Keeps its date and category only.
   *
   * @param signal - the signal record
   * @returns this accumulator
   * @example
   * acc.addSignal({ signalId: "sg-1", childId: "k-001", date: "2025-04-01", category: "poverty", observedBy: "professional", confidentiality: "confidential" });
   */
  addSignal(signal: Pick<Signal, "signalId" | "date" | "category">): this {
    keep(this.signals, signal.signalId, [signal.date, signal.category]);
    return this;
  }

  /**
   * Add a referral. Keeps its destination, dates, status and follow-up date (`followUpOn`, or
   * `sentOn` plus the destination's `followUpDays`).
   *
   * @param referral - the referral record
   * @returns this accumulator
   * @example
   * acc.addReferral({ referralId: "r-1", childId: "k-001", destination: "cjg", createdOn: "2025-04-01", sentOn: "2025-04-02", status: "sent" });
   */
  addReferral(referral: Pick<Referral, "referralId" | "destination" | "createdOn" | "status"> & Partial<Referral>): this {
    const sentOn = isCalendarDate(referral.sentOn) ? referral.sentOn : null;
    const days = this.followUpDays.get(referral.destination);
    const followUp = isCalendarDate(referral.followUpOn) ? referral.followUpOn : sentOn !== null && days !== undefined ? dateOfDayNumber(dayNumber(sentOn) + days) : null;
    keep(this.referrals, referral.referralId, [
      referral.destination,
      sentOn,
      isCalendarDate(referral.respondedOn) ? referral.respondedOn : null,
      isCalendarDate(referral.closedOn) ? referral.closedOn : null,
      referral.status,
      followUp,
    ]);
    return this;
  }

  /**
   * Add a record of a named table.
   *
   * @param table - which table the record comes from
   * @param record - the record
   * @returns this accumulator
   * @example
   * acc.add("attendance", { sessionId: "s-1", childId: "k-001", present: true });
   */
  add(table: RecordTable, record: unknown): this {
    switch (table) {
      case "children":
        return this.addChild(record as Child);
      case "activities":
        return this.addActivity(record as Activity);
      case "sessions":
        return this.addSession(record as Session);
      case "attendance":
        return this.addAttendance(record as Attendance);
      case "signals":
        return this.addSignal(record as Signal);
      case "referrals":
        return this.addReferral(record as Referral);
    }
  }

  /**
   * Add many records of one table at once: the same as calling the table's `add…` method for each,
   * faster for large in-memory arrays.
   *
   * @param table - which table the records come from
   * @param records - the records
   * @returns this accumulator
   * @example
   * acc.addAll("attendance", attendanceRows).addAll("sessions", sessionRows);
   */
  addAll(table: RecordTable, records: Iterable<unknown>): this {
    if (table !== "attendance") {
      for (const record of records) this.add(table, record);
      return this;
    }
    if (Array.isArray(records)) {
      this.addAttendanceArray(records as readonly AttendanceRow[]);
      return this;
    }
    // Any other iterable goes through the same hot path in slices, without copying it whole.
    let chunk: AttendanceRow[] = [];
    for (const record of records as Iterable<AttendanceRow>) {
      chunk.push(record);
      if (chunk.length === 65536) {
        this.addAttendanceArray(chunk);
        chunk = [];
      }
    }
    this.addAttendanceArray(chunk);
    return this;
  }

  /** The hot path of `addAll("attendance", …)`: the maps and arrays in local variables, an indexed loop. */
  private addAttendanceArray(records: readonly AttendanceRow[]): void {
    const len = records.length;
    if (this.attN + len > this.attS.length) this.grow(this.attN + len);
    const childIndex = this.childIndex;
    const childIds = this.childIds;
    const sessionIndex = this.sessionIndex;
    const sessionIds = this.sessionIds;
    const attS = this.attS;
    const attC = this.attC;
    let n = this.attN;
    let lastSessionId = "";
    let lastSession = -1;
    for (let i = 0; i < len; i++) {
      const record = records[i]!;
      if (record.present === false) continue;
      const childId = record.childId;
      let c = childIndex.get(childId);
      if (c === undefined) {
        c = childIds.length;
        childIds.push(childId);
        childIndex.set(childId, c);
      }
      const sessionId = record.sessionId;
      // Attendance usually comes grouped by session: skip the lookup when the session repeats.
      let si = sessionId === lastSessionId ? lastSession : sessionIndex.get(sessionId);
      if (si === undefined) {
        si = sessionIds.length;
        sessionIds.push(sessionId);
        sessionIndex.set(sessionId, si);
      }
      lastSessionId = sessionId;
      lastSession = si;
      attS[n] = si;
      attC[n++] = c;
    }
    this.attN = n;
  }

  /**
   * Whether another accumulator counts the same way (same period, filter, N, holidays and
   * referral-destination catalogue), so that the two can merge.
   *
   * @param other - another accumulator
   * @returns `true` when they can merge
   * @example
   * a.canMerge(b); // => true
   */
  canMerge(other: ReportAccumulator): boolean {
    return this.configKey === other.configKey;
  }

  /**
   * Merge another accumulator's state into this one. The result is exactly that of one pass over
   * the records of both. `other` is left as it was.
   *
   * @param other - an accumulator made with the same options
   * @returns this accumulator
   * @throws TypeError `reporting.merge.incompatible` when the two were made with different options
   * @example
   * teamA.merge(teamB).result().reach; // => the reach of both teams together
   */
  merge(other: ReportAccumulator): this {
    if (!this.canMerge(other)) throw new TypeError("reporting.merge.incompatible: the accumulators count a different period, filter, N, holidays or catalogue");
    for (const [id, f] of other.activities) keep(this.activities, id, f);
    for (const [id, f] of other.signals) keep(this.signals, id, f);
    for (const [id, f] of other.referrals) keep(this.referrals, id, f);
    const childMap = new Int32Array(other.childIds.length);
    for (let i = 0; i < childMap.length; i++) {
      const c = this.internChild(other.childIds[i]!);
      childMap[i] = c;
      const info = other.childInfos[i];
      if (info !== undefined) this.keepChild(c, info);
    }
    const sessionMap = new Int32Array(other.sessionIds.length);
    for (let i = 0; i < sessionMap.length; i++) {
      const si = this.internSession(other.sessionIds[i]!);
      sessionMap[i] = si;
      const f = other.sessionFacts[i];
      if (f !== undefined) this.keepSession(si, f);
    }
    const n = other.attN;
    if (this.attN + n > this.attS.length) this.grow(this.attN + n);
    const attS = this.attS;
    const attC = this.attC;
    const oS = other.attS;
    const oC = other.attC;
    let m = this.attN;
    for (let i = 0; i < n; i++) {
      attS[m] = sessionMap[oS[i]!]!;
      attC[m++] = childMap[oC[i]!]!;
    }
    this.attN = m;
    return this;
  }

  /**
   * Merge a serialised partial state (parsed JSON, as made by `toJSON()`) into this one: the same as
   * `merge(reportAccumulatorFromJSON(json).value)`, without building the other accumulator first
   * (faster when many states arrive as JSON).
   *
   * @param json - a value made by `toJSON()` (parsed JSON)
   * @returns this accumulator, or the issues that reject the state (those of
   *   {@link reportAccumulatorFromJSON}, and `reporting.merge.incompatible` when it counts a
   *   different period, filter, N, holidays, catalogue or age bands); a rejected state changes nothing
   * @example
   * const total = createReportAccumulator(options);
   * for (const text of states) total.mergeJSON(JSON.parse(text));
   */
  mergeJSON(json: unknown): Result<this> {
    const read = readState(json, this.catalogues);
    if (!read.ok) return read;
    if (JSON.stringify(read.value.state.config) !== this.configKey) return fail([issue("reporting.merge.incompatible", ["config"], {})]);
    applyState(this, read.value);
    return ok(this);
  }

  /**
   * The partial state as JSON: normalised facts with pseudonymous ids, dates, codes, age bands and
   * counts; never names, birth dates or birthdays. For a child whose age band changes inside the
   * period it holds the band on the day of its first counted attendance here (an `AgeAnchor`),
   * which is all the reporting age needs. Revive it with {@link reportAccumulatorFromJSON}.
   *
   * @returns the state
   * @example
   * JSON.stringify(acc.toJSON()); // travels to another process or organisation
   */
  toJSON(): ReportState {
    const rows = <T extends readonly unknown[]>(map: ReadonlyMap<string, T>): [string, ...T][] => [...map].map(([id, f]) => [id, ...f] as [string, ...T]);
    return {
      format: STATE_FORMAT,
      version: STATE_VERSION,
      config: this.config,
      sessions: rows(this.sessions),
      activities: rows(this.activities),
      children: this.childRows(),
      attendance: this.attendanceLists(),
      signals: rows(this.signals),
      referrals: rows(this.referrals),
    } as ReportState;
  }

  private childRows(): ReportState["children"] {
    const first = firstCountedDays(this);
    const out: ReportState["children"] = [];
    this.childInfos.forEach((info, c) => {
      if (info === undefined) return;
      const id = this.childIds[c]!;
      if (!info.varies) return void out.push([id, info.fact]);
      const d = first[c]!;
      const band = info.birth !== NO_DAY && d !== NO_DAY ? this.scheme.bandOfAge(ageOnDay(info.birth, d)) : "";
      const [day, anchorBand] = earlierAnchor(this.scheme, band === "" ? NO_DAY : d, band, info.anchorDay, info.anchorBand);
      out.push(day === NO_DAY ? [id, info.fact] : [id, info.fact, dateOfDayNumber(day), anchorBand]);
    });
    return out;
  }

  private attendanceLists(): [string, string[]][] {
    const { start, children } = this.pairs();
    const out: [string, string[]][] = [];
    for (let si = 0; si < this.sessionIds.length; si++) {
      if (start[si] === start[si + 1]) continue;
      const kids = new Set<string>();
      for (let i = start[si]!; i < start[si + 1]!; i++) kids.add(this.childIds[children[i]!]!);
      out.push([this.sessionIds[si]!, [...kids]]);
    }
    return out;
  }

  /**
   * Compute every indicator: the joins happen here, and decimals are rounded (half away from zero)
   * here only. These are the internal, unsuppressed numbers; publish them with `buildReport`.
   *
   * @param options - the budget and population for the extension indicators, if any
   * @returns the unsuppressed results
   * @example
   * acc.result().reach; // => 123
   */
  result(options: ResultOptions = {}): IndicatorResults {
    return computeResults(this, options.catalogues ? options : { ...options, catalogues: this.catalogues });
  }
}

/**
 * Make an empty report accumulator.
 *
 * @param options - the period, filter, catalogues, region or holidays, and N of `regulars`
 * @returns the accumulator
 * @throws RangeError when the period is not a valid range, `regularsThreshold` is not a whole number
 *   1..1000, or the age bands are not valid (core's `AgeBands`) or hold ages on both sides of the
 *   target group's edges (`reporting.ageBands.target-group`)
 * @example
 * const acc = createReportAccumulator({ period: periodOfYear(2025), region: "zuid" });
 * acc.addChild(child).addSession(session).addAttendance(attendance);
 */
export function createReportAccumulator(options: ReportAccumulatorOptions): ReportAccumulator {
  const { from, to } = options.period;
  if (!isCalendarDate(from) || !isCalendarDate(to) || to < from) throw new RangeError("period.invalid: expected a range of calendar dates, from <= to");
  const n = options.regularsThreshold ?? DEFAULT_REGULARS_THRESHOLD;
  if (!Number.isInteger(n) || n < 1 || n > 1000) throw new RangeError("regularsThreshold: expected a whole number 1..1000");
  const destinations = (options.catalogues ?? defaultCatalogues).referralDestinations;
  const followUpDays = new Map<string, number>();
  for (const e of destinations.entries) if (e.followUpDays !== undefined) followUpDays.set(e.code, e.followUpDays);
  const bands = createAgeBands(options.ageBands ?? defaultAgeBands);
  if (!bands.ok) throw new RangeError(`ageBands: ${bands.issues.map((i) => i.code).join(", ")}`);
  const config: StateConfig = {
    from,
    to,
    filter: normaliseFilter(options.filter) as Record<string, string[]>,
    regularsThreshold: n,
    holidays: holidayRanges(options),
    followUpCatalogue: `${destinations.id}@${destinations.version}`,
    ageBands: [...bands.value].sort((a, b) => a.minAge - b.minAge).map((b) => [b.key, b.minAge, b.maxAge]),
  };
  return new ReportAccumulator(config, followUpDays, options.catalogues ?? defaultCatalogues, bands.value);
}

/**
 * Revive a serialised partial state, validating it first.
 *
 * @param json - a value made by `toJSON()` (parsed JSON)
 * @param catalogues - the catalogues the state was made with (only checked by id and version)
 * @returns the accumulator, or the issues that reject the state: the schema's, and
 *   `reporting.state.catalogue` when the referral-destination catalogue differs,
 *   `reporting.state.age-bands` when its age bands are not usable, `reporting.state.child` when a
 *   child's facts name a gender or band the report does not know
 * @example
 * reportAccumulatorFromJSON(JSON.parse(text)).ok; // => true
 */
export function reportAccumulatorFromJSON(json: unknown, catalogues: Catalogues = defaultCatalogues): Result<ReportAccumulator> {
  const read = readState(json, catalogues);
  if (!read.ok) return read;
  const followUpDays = new Map<string, number>();
  for (const e of catalogues.referralDestinations.entries) if (e.followUpDays !== undefined) followUpDays.set(e.code, e.followUpDays);
  const acc = new ReportAccumulator(read.value.state.config, followUpDays, catalogues);
  applyState(acc, read.value);
  return ok(acc);
}

/** A serialised partial state, validated, with its children's facts decoded. */
interface ReadState {
  readonly state: ReportState;
  readonly children: readonly (readonly [string, ChildInfo])[];
}

/** Validate a serialised partial state and decode its children's facts (see {@link reportAccumulatorFromJSON}). */
function readState(json: unknown, catalogues: Catalogues): Result<ReadState> {
  let s: ReportState;
  if (isReportState(json)) {
    // The structural check accepts exactly what the schema accepts; rebuild the config without extra keys as zod would.
    const c = json.config;
    const config = {
      from: c.from,
      to: c.to,
      filter: c.filter,
      regularsThreshold: c.regularsThreshold,
      holidays: c.holidays,
      followUpCatalogue: c.followUpCatalogue,
      ageBands: c.ageBands,
    };
    s = { ...json, config };
  } else {
    // The schema names what is wrong.
    const parsed = ReportState.safeParse(json);
    if (!parsed.success) return fail(toIssues(parsed.error.issues));
    s = parsed.data;
  }
  const destinations = catalogues.referralDestinations;
  if (s.config.followUpCatalogue !== `${destinations.id}@${destinations.version}`) {
    return fail([issue("reporting.state.catalogue", ["config", "followUpCatalogue"], { expected: `${destinations.id}@${destinations.version}` })]);
  }
  const bands = createAgeBands(s.config.ageBands.map(([key, minAge, maxAge]) => ({ key, minAge, maxAge })));
  if (!bands.ok) return fail(bands.issues.map((i) => ({ ...i, path: ["config", "ageBands", ...i.path] })));
  let scheme: AgeScheme;
  try {
    scheme = ageScheme(bands.value);
  } catch {
    return fail([issue("reporting.state.age-bands", ["config", "ageBands"], {})]);
  }
  const children: [string, ChildInfo][] = [];
  for (let i = 0; i < s.children.length; i++) {
    const [id, f, day, band] = s.children[i]!;
    const info = decodeChildFact(f, scheme, day === undefined || band === undefined ? undefined : [day, band]);
    if (info === undefined) return fail([issue("reporting.state.child", ["children", i], {})]);
    children.push([id, info]);
  }
  return ok({ state: s, children });
}

/** Add a validated partial state's facts to an accumulator with the same configuration. */
function applyState(acc: ReportAccumulator, { state: s, children }: ReadState): void {
  for (const row of s.sessions) acc.keepSession(acc.internSession(row[0]), row.slice(1) as SessionFact);
  for (const row of s.activities) keep(acc.activities, row[0], row.slice(1) as ActivityFact);
  for (const [id, info] of children) acc.keepChild(acc.internChild(id), info);
  for (const row of s.signals) keep(acc.signals, row[0], row.slice(1) as SignalFact);
  for (const row of s.referrals) keep(acc.referrals, row[0], row.slice(1) as ReferralFact);
  for (const [sid, kids] of s.attendance) {
    const si = acc.internSession(sid);
    for (const kid of kids) acc.pushPair(si, acc.internChild(kid));
  }
}
