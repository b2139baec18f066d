// The named facts of one period that every indicator group computes from: made once per
// `result()` by the accumulator's join (accumulator/join.ts), read by the groups.
import type { AgeBand, Catalogues, TableName } from "@kinderwerk/core";
import type { AgeScheme } from "../_lib/age.js";
import type { ChildInfo } from "../accumulator/childFacts.js";
import type { ResolvedRatioPolicy } from "../capacity/ratio.js";
import type { ActivityFact, ReferralFact, SignalFact } from "../accumulator/state.js";
import type { BudgetFact, MeldcodeFact, SignupFact, StaffFact, StaffingFact, TargetFact } from "../accumulator/v2State.js";
import type { TrendGranularity } from "../trend/buckets.js";

export type { TrendGranularity } from "../trend/buckets.js";

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

/** The configurable numbers of the version 2 indicators. */
export interface StaffPolicy {
  /** Hours of a full-time week, for `staff.fte`. Default 36 (CAO Sociaal Werk). */
  readonly fullTimeHours: number;
  /** Years a VOG stays valid, for `staff.vogOverdue`. Default 3. */
  readonly vogYears: number;
  /** Years a meldcode training stays valid, for `staff.meldcodeTrainingOverdue`. Default 2. */
  readonly meldcodeTrainingYears: number;
  /** The ratio policy of `sessions.understaffed`. */
  readonly ratio: ResolvedRatioPolicy;
}

/** The facts of the tables and columns of FORMAT.md version 2, as the version 2 groups read them. */
export interface V2Facts {
  /** The tables that came (with records, or declared present). */
  readonly tables: ReadonlySet<TableName>;
  /** Whether any version 2 table or column came: then a report uses definitions version 2. */
  readonly used: boolean;
  /** Child ids by child index. */
  readonly childIds: readonly string[];
  /** Whether the report's filter narrows anything (sign-ups follow their activity's scope). */
  readonly filtering: boolean;
  readonly staff: ReadonlyMap<string, StaffFact>;
  /** Staffing rows, in a fixed order (sorted), so that every split sums the same way. */
  readonly staffing: readonly StaffingFact[];
  /** Sign-ups, sorted. */
  readonly signups: readonly SignupFact[];
  readonly meldcode: ReadonlyMap<string, MeldcodeFact>;
  /** Budget lines, sorted. */
  readonly budgets: readonly BudgetFact[];
  /** Targets, sorted. */
  readonly targets: readonly TargetFact[];
  /** Population aged 4 to 12 by neighbourhood code (`null` when not given). */
  readonly neighbourhoods: ReadonlyMap<string, readonly [number | null]>;
  /** Household id by child id. */
  readonly households: ReadonlyMap<string, readonly [string]>;
  /** Capacity by activity id. */
  readonly capacities: ReadonlyMap<string, readonly [number]>;
  /** The signal a referral names, by referral id. */
  readonly referralSignals: ReadonlyMap<string, readonly [string]>;
}

/** The inputs of `result()` beyond the records: extension inputs, catalogues, trend granularity. */
export interface ResultInputs {
  /** The budget in euros. */
  readonly budget?: number | undefined;
  /** Children aged 4 to 12 living in the area. */
  readonly population?: number | undefined;
  /** Catalogues whose codes appear as rows even when zero. */
  readonly catalogues?: Catalogues | undefined;
  /** How the trend groups the period; `none`: no trend. */
  readonly trendGranularity: TrendGranularity | "none";
  /** The configurable numbers of the version 2 indicators. */
  readonly staffPolicy: StaffPolicy;
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
  /** The facts of FORMAT.md version 2. */
  readonly v2: V2Facts;
  readonly inputs: ResultInputs;
}
