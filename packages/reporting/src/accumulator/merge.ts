// The merge of partial states: another accumulator's facts, or a serialised state read back, added to
// an accumulator with the same configuration. The result is that of one pass over the records of both
// (merge.test.ts holds it for every split).
import type { ChildInfo } from "./childFacts.js";
import type { AccumulatorFacts } from "./join.js";
import { keep } from "./keep.js";
import type { AttendancePairs } from "./pairs.js";
import type { ReadState } from "./serial.js";
import type { ActivityFact, ReferralFact, SessionFact, SignalFact } from "./state.js";
import type { V2Store } from "./v2Store.js";

/** What a merge adds facts to (a report accumulator). */
export interface MergeTarget {
  readonly activities: Map<string, ActivityFact>;
  readonly signals: Map<string, SignalFact>;
  readonly referrals: Map<string, ReferralFact>;
  readonly attendancePairs: AttendancePairs;
  readonly v2: V2Store;
  internSession(sessionId: string): number;
  internChild(childId: string): number;
  keepSession(si: number, fact: SessionFact): void;
  keepChild(c: number, info: ChildInfo): void;
  pushPair(session: number, child: number): void;
}

/**
 * Add another accumulator's facts: its ids interned here, its facts kept by the rule of keep.ts, its
 * attendance pairs appended with their indexes mapped to this accumulator's. `other` is left as it was.
 *
 * @param acc - the accumulator to add to
 * @param other - the other accumulator's facts (made with the same configuration)
 */
export function mergeFacts(acc: MergeTarget, other: AccumulatorFacts): void {
  for (const [id, f] of other.activities) keep(acc.activities, id, f);
  for (const [id, f] of other.signals) keep(acc.signals, id, f);
  for (const [id, f] of other.referrals) keep(acc.referrals, id, f);
  const childMap = new Int32Array(other.childIds.length);
  for (let i = 0; i < childMap.length; i++) {
    const c = acc.internChild(other.childIds[i]!);
    childMap[i] = c;
    const info = other.childInfos[i];
    if (info !== undefined) acc.keepChild(c, info);
  }
  const sessionMap = new Int32Array(other.sessionIds.length);
  for (let i = 0; i < sessionMap.length; i++) {
    const si = acc.internSession(other.sessionIds[i]!);
    sessionMap[i] = si;
    const f = other.sessionFacts[i];
    if (f !== undefined) acc.keepSession(si, f);
  }
  acc.attendancePairs.append(other.attendancePairs, sessionMap, childMap);
  acc.v2.merge(other.v2);
}

/**
 * Add a validated partial state's facts to an accumulator with the same configuration.
 *
 * @param acc - the accumulator
 * @param read - the validated state
 */
export function applyState(acc: MergeTarget, { state: s, children }: ReadState): void {
  // Each row is the record id, then its facts.
  for (const row of s.sessions) acc.keepSession(acc.internSession(row[0]), row.slice(1) as SessionFact);
  for (const row of s.activities) keep(acc.activities, row[0], row.slice(1) as ActivityFact);
  for (const [id, info] of children) acc.keepChild(acc.internChild(id), info);
  for (const row of s.signals) keep(acc.signals, row[0], row.slice(1) as SignalFact);
  for (const row of s.referrals) keep(acc.referrals, row[0], row.slice(1) as ReferralFact);
  if (s.v2 !== undefined) acc.v2.merge(s.v2);
  for (const [sessionId, kids] of s.attendance) {
    const si = acc.internSession(sessionId);
    for (const kid of kids) acc.pushPair(si, acc.internChild(kid));
  }
}
