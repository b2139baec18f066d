// The named facts of one period that every indicator group computes from: made once per
// `result()` by the accumulator's join (accumulator/join.ts), read by the groups.
import type { AgeBand, Catalogues } from "@kinderwerk/core";
import type { AgeScheme } from "../_lib/age.js";
import type { ChildInfo } from "../accumulator/childFacts.js";
import type { ActivityFact, ReferralFact, SignalFact } from "../accumulator/state.js";

/** How trends group the period: by ISO week, by calendar month or by calendar quarter. */
export type TrendGranularity = "week" | "month" | "quarter";

/** The sessions by session index. Columns of sessions that do not count hold 0, `""` or `NO_DAY`. */
export interface SessionColumns {
  /** The number of session indexes. */
  readonly size: number;
  /** The indexes of the counted sessions (in the period, let in by the filter), ascending. */
  readonly counted: Int32Array;
  /** The UTC day number of a counted session; `NO_DAY` for the others. */
  readonly day: Int32Array;
  /** Its activity id. */
  readonly activityId: readonly string[];
  /** Its duration in minutes. */
  readonly minutes: Int32Array;
  /** Its number of professionals. */
  readonly professionals: Int32Array;
  /** Its number of interns. */
  readonly interns: Int32Array;
  /** Its number of volunteers. */
  readonly volunteers: Int32Array;
}

/**
 * The counted attendances grouped by session: for session index `s`, the distinct children
 * `children[start[s] .. start[s + 1])` (present, session counted, once per child per session).
 */
export interface CountedAttendance {
  readonly start: Int32Array;
  readonly children: Int32Array;
}

/** The children by child index. */
export interface ChildColumns {
  /** The number of child indexes. */
  readonly size: number;
  /** Counted attendances of the child in the period (0: not reached). */
  readonly attendances: Int32Array;
  /** The UTC day number of its first counted attendance; `NO_DAY` when not reached. */
  readonly firstDay: Int32Array;
  /** 1 when it was present at a session before the period that the filter lets in. */
  readonly seenBefore: Uint8Array;
  /** Its decoded facts; `undefined` when no child record came. */
  readonly infos: readonly (ChildInfo | undefined)[];
}

/** The inputs of `result()` beyond the records: extension inputs, catalogues, trend granularity. */
export interface ResultInputs {
  /** The budget in euros. */
  readonly budget?: number | undefined;
  /** Children aged 4 to 12 living in the area. */
  readonly population?: number | undefined;
  /** Catalogues whose codes appear as rows even when zero. */
  readonly catalogues?: Catalogues | undefined;
  /** How trends group the period. */
  readonly trendGranularity: TrendGranularity;
}

/** Everything an indicator group computes from. */
export interface PeriodFacts {
  /** The period's first day. */
  readonly from: string;
  /** The period's last day. */
  readonly to: string;
  /** N of `regulars`. */
  readonly regularsThreshold: number;
  /** The holiday ranges `[from, to]` inside the period, sorted and disjoint; `null` when not known. */
  readonly holidays: readonly (readonly [string, string])[] | null;
  /** The age bands, ready for counting. */
  readonly scheme: AgeScheme;
  /** The age bands as given. */
  readonly ageBands: readonly AgeBand[];
  readonly sessions: SessionColumns;
  readonly attendance: CountedAttendance;
  readonly children: ChildColumns;
  /** Activity facts by activity id. */
  readonly activities: ReadonlyMap<string, ActivityFact>;
  /** Signal facts by signal id. */
  readonly signals: ReadonlyMap<string, SignalFact>;
  /** Referral facts by referral id. */
  readonly referrals: ReadonlyMap<string, ReferralFact>;
  readonly inputs: ResultInputs;
}
