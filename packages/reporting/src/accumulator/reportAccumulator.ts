// The report accumulator: `add` keeps normalised facts (ids interned to integers), `merge` joins
// two states, `result()` joins the facts and computes every indicator group. The pieces live by
// concept beside it: record facts, child facts, the keep rule, attendance pairs, merge, serial state.
import type { AgeBand, Catalogues, Result, TableName } from "@kinderwerk/core";
import { defaultCatalogues, fail, Interner, issue, ok } from "@kinderwerk/core";
import type { AgeScheme } from "../_lib/age.js";
import { ageScheme } from "../_lib/age.js";
import type { ChildInfo } from "./childFacts.js";
import { childInfo } from "./childFacts.js";
import { keep, keepAt, keepChildAt } from "./keep.js";
import { applyState, mergeFacts } from "./merge.js";
import type { AttendanceRow } from "./pairs.js";
import { addPresentPairsOf, AttendancePairs, intern } from "./pairs.js";
import type { RecordTable, ReportRecord, ReportRecords, TaggedReportRecord } from "./recordFacts.js";
import { activityFact, referralFact, sessionFact, signalFact } from "./recordFacts.js";
import { computeResults, staffPolicyOf, trendOf } from "./result.js";
import type { IndicatorResults, ResultOptions } from "./result.js";
import { readState, stateOf } from "./serial.js";
import { V2Store } from "./v2Store.js";
import type { ActivityFact, ChildFact, ReferralFact, ReportState, SessionFact, SignalFact, StateConfig } from "./state.js";

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
  /** @internal numbers the child ids in the order of {@link childIds}: the look-up of each attendance row */
  readonly childNumbers = new Interner();
  /** Session ids, interned: the attendance pairs hold indexes into this list. */
  readonly sessionIds: string[] = [];
  /** The index of each session id in {@link sessionIds}. */
  readonly sessionIndex = new Map<string, number>();
  /** @internal numbers the session ids in the order of {@link sessionIds} */
  readonly sessionNumbers = new Interner();
  /** @internal present attendance pairs (session index, child index), may hold duplicates until `result()` */
  readonly attendancePairs = new AttendancePairs();
  /** Signal facts by signal id. */
  readonly signals = new Map<string, SignalFact>();
  /** Referral facts by referral id. */
  readonly referrals = new Map<string, ReferralFact>();
  /** @internal the facts of the tables and columns of FORMAT.md version 2 */
  readonly v2 = new V2Store();

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
    keepChildAt(this.childInfos, c, info, this.scheme);
  }

  /** @internal keep a session's facts by index (of records that disagree, the one whose facts sort first) */
  keepSession(si: number, fact: SessionFact): void {
    keepAt(this.sessionFacts, si, fact);
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
  addChild(child: ReportRecords["children"]): this {
    this.keepChild(this.internChild(child.childId), childInfo(child, this.config.from, this.config.to, this.scheme));
    if (child.householdId !== undefined) this.v2.addColumns("children", child);
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
  addActivity(activity: ReportRecords["activities"]): this {
    keep(this.activities, activity.activityId, activityFact(activity, this.config.filter));
    if (activity.capacity !== undefined) this.v2.addColumns("activities", activity);
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
  addSession(session: ReportRecords["sessions"]): this {
    this.keepSession(this.internSession(session.sessionId), sessionFact(session));
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
  addAttendance(attendance: ReportRecords["attendance"]): this {
    if (attendance.present === false) return this;
    this.pushPair(this.internSession(attendance.sessionId), this.internChild(attendance.childId));
    return this;
  }

  /** @internal the index of a child id, added when new */
  internChild(childId: string): number {
    return intern(this.childIds, this.childIndex, this.childNumbers, childId);
  }

  /** @internal the index of a session id, added when new */
  internSession(sessionId: string): number {
    return intern(this.sessionIds, this.sessionIndex, this.sessionNumbers, sessionId);
  }

  /** @internal add one attendance pair by indexes */
  pushPair(session: number, child: number): void {
    this.attendancePairs.push(session, child);
  }

  /**
   * The raw attendance pairs in arrival order (duplicates possible): session indexes `s[0 .. n)`,
   * child indexes `c[0 .. n)`. Views, not copies.
   *
   * @internal
   * @returns the pairs
   */
  rawPairs(): { readonly s: Int32Array; readonly c: Int32Array; readonly n: number } {
    const p = this.attendancePairs;
    return { s: p.sessions, c: p.children, n: p.n };
  }

  /**
   * The attendance pairs grouped by session: for session index `i`, the child indexes
   * `children[start[i] .. start[i + 1])` (duplicates possible). A counting sort, linear in the pairs.
   *
   * @returns the grouping
   */
  pairs(): { readonly start: Int32Array; readonly children: Int32Array } {
    return this.attendancePairs.groupBySession(this.sessionIds.length);
  }

  /**
   * Add a signal. Keeps its date and category only.
   *
   * @param signal - the signal record
   * @returns this accumulator
   * @example
   * acc.addSignal({ signalId: "sg-1", childId: "k-001", date: "2025-04-01", category: "poverty", observedBy: "professional", confidentiality: "confidential" });
   */
  addSignal(signal: ReportRecords["signals"]): this {
    keep(this.signals, signal.signalId, signalFact(signal));
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
  addReferral(referral: ReportRecords["referrals"]): this {
    keep(this.referrals, referral.referralId, referralFact(referral, this.followUpDays));
    if (referral.signalId !== undefined) this.v2.addColumns("referrals", referral);
    return this;
  }

  /**
   * Add a record of a named table, typed by the table (`"attendance"` takes an `Attendance`).
   *
   * @param table - which table the record comes from
   * @param record - the record
   * @returns this accumulator
   * @example
   * acc.add("attendance", { sessionId: "s-1", childId: "k-001", present: true });
   */
  add<N extends RecordTable>(table: N, record: ReportRecord<N>): this {
    // The pair is checked by the signature; the switch narrows it as one tagged record.
    const tagged = { table, record } as TaggedReportRecord;
    switch (tagged.table) {
      case "children":
        return this.addChild(tagged.record);
      case "activities":
        return this.addActivity(tagged.record);
      case "sessions":
        return this.addSession(tagged.record);
      case "attendance":
        return this.addAttendance(tagged.record);
      case "signals":
        return this.addSignal(tagged.record);
      case "referrals":
        return this.addReferral(tagged.record);
      default:
        this.v2.addRecord(tagged);
        return this;
    }
  }

  /**
   * Say that a table came, also when it held no records: an indicator whose table is missing is
   * absent from a report with a warning, one whose table came empty counts 0.
   *
   * @param table - the table name
   * @returns this accumulator
   * @example
   * acc.declareTable("meldcode"); // the organisation had no meldcode trajectory
   */
  declareTable(table: TableName): this {
    this.v2.declare(table);
    return this;
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
  addAll<N extends RecordTable>(table: N, records: Iterable<ReportRecord<N>>): this {
    if (table !== "attendance") {
      for (const record of records) this.add(table, record);
      return this;
    }
    addPresentPairsOf(records as Iterable<AttendanceRow>, this, this.attendancePairs);
    return this;
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
    mergeFacts(this, other);
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
    return stateOf(this);
  }

  /**
   * Compute every indicator: the joins happen here, and decimals are rounded (half away from zero)
   * here only. These are the internal, unsuppressed numbers; publish them with `buildReport`.
   *
   * @param options - the budget and population for the extension indicators, if any; `trend`:
   *   attendances and reach per ISO `week`, `month` (default) or `quarter`, or `none`
   * @returns the unsuppressed results
   * @throws RangeError when an option is out of range
   * @example
   * acc.result().reach; // => 123
   * acc.result({ trend: "quarter" }).trend?.buckets[0]; // => { key: "2025-Q1", from: "2025-01-01", to: "2025-03-31", partial: false, attendances: 610, reach: 97 }
   */
  result(options: ResultOptions = {}): IndicatorResults {
    return computeResults(this, {
      budget: options.budget,
      population: options.population,
      catalogues: options.catalogues ?? this.catalogues,
      trendGranularity: trendOf(options),
      staffPolicy: staffPolicyOf(options),
    });
  }
}
