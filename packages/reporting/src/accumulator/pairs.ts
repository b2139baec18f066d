// Interned ids and the present attendance pairs (session index, child index): what `add` keeps of
// attendance, integers only.
import type { Interner } from "@kinderwerk/core";
import type { ReportRecords } from "./recordFacts.js";

/** What the attendance hot path reads of a record: an attendance record as a report takes it. */
export type AttendanceRow = ReportRecords["attendance"];

/**
 * The index of an id in an interned list, added when new: the interner finds it (comparing
 * numbers in a typed array, not strings of the heap), the list and the map follow it.
 *
 * @param ids - the interned ids
 * @param index - the index of each id in `ids`
 * @param numbers - the interner that numbers `ids` in the same order
 * @param id - the id
 * @returns its index
 */
export function intern(ids: string[], index: Map<string, number>, numbers: Interner, id: string): number {
  const i = numbers.intern(id);
  if (i === ids.length) {
    ids.push(id);
    index.set(id, i);
  }
  return i;
}

/**
 * Present attendance pairs in arrival order, duplicates possible: session indexes `sessions[0 .. n)`
 * and child indexes `children[0 .. n)` in two typed arrays that grow by doubling.
 */
export class AttendancePairs {
  /** Session index of each pair. */
  sessions = new Int32Array(1024);
  /** Child index of each pair. */
  children = new Int32Array(1024);
  /** The number of pairs. */
  n = 0;

  /**
   * Make room for at least `need` pairs.
   *
   * @param need - the number of pairs to hold
   */
  reserve(need: number): void {
    if (need <= this.sessions.length) return;
    let size = this.sessions.length;
    while (size < need) size *= 2;
    const s = new Int32Array(size);
    const c = new Int32Array(size);
    s.set(this.sessions.subarray(0, this.n));
    c.set(this.children.subarray(0, this.n));
    this.sessions = s;
    this.children = c;
  }

  /**
   * Add one pair.
   *
   * @param session - the session index
   * @param child - the child index
   */
  push(session: number, child: number): void {
    if (this.n === this.sessions.length) this.reserve(this.n + 1);
    this.sessions[this.n] = session;
    this.children[this.n++] = child;
  }

  /**
   * The pairs grouped by session: for session index `i`, the child indexes
   * `children[start[i] .. start[i + 1])` (duplicates possible). A counting sort, linear in the pairs.
   *
   * @param nSessions - the number of session indexes
   * @returns the grouping
   */
  groupBySession(nSessions: number): { readonly start: Int32Array; readonly children: Int32Array } {
    const start = new Int32Array(nSessions + 1);
    const { sessions, n } = this;
    for (let i = 0; i < n; i++) start[sessions[i]! + 1]!++;
    for (let i = 0; i < nSessions; i++) start[i + 1]! += start[i]!;
    const next = start.slice(0, nSessions);
    const children = new Int32Array(n);
    for (let i = 0; i < n; i++) children[next[sessions[i]!]!++] = this.children[i]!;
    return { start, children };
  }

  /**
   * Add another store's pairs, its indexes mapped to this store's.
   *
   * @param other - the other pairs
   * @param sessionMap - this store's session index of each of the other's
   * @param childMap - this store's child index of each of the other's
   */
  append(other: AttendancePairs, sessionMap: Int32Array, childMap: Int32Array): void {
    const n = other.n;
    this.reserve(this.n + n);
    const s = this.sessions;
    const c = this.children;
    const os = other.sessions;
    const oc = other.children;
    let m = this.n;
    for (let i = 0; i < n; i++) {
      s[m] = sessionMap[os[i]!]!;
      c[m++] = childMap[oc[i]!]!;
    }
    this.n = m;
  }
}

/** The interned ids the attendance hot path adds to. */
export interface InternedIds {
  readonly childIds: string[];
  readonly childIndex: Map<string, number>;
  /** Numbers the child ids in the order of `childIds`. */
  readonly childNumbers: Interner;
  readonly sessionIds: string[];
  readonly sessionIndex: Map<string, number>;
  /** Numbers the session ids in the order of `sessionIds`. */
  readonly sessionNumbers: Interner;
}

/**
 * The hot path of `addAll("attendance", …)`: the present records' pairs, the maps and arrays in
 * local variables, an indexed loop.
 *
 * @param records - attendance records
 * @param ids - the interned ids
 * @param pairs - the pairs to add to
 */
export function addPresentPairs(records: readonly AttendanceRow[], ids: InternedIds, pairs: AttendancePairs): void {
  const len = records.length;
  pairs.reserve(pairs.n + len);
  const { childIndex, childIds, childNumbers, sessionIndex, sessionIds, sessionNumbers } = ids;
  const attS = pairs.sessions;
  const attC = pairs.children;
  let n = pairs.n;
  let lastSessionId = "";
  let lastSession = -1;
  for (let i = 0; i < len; i++) {
    const record = records[i]!;
    if (record.present === false) continue;
    const childId = record.childId;
    const c = childNumbers.intern(childId);
    if (c === childIds.length) {
      childIds.push(childId);
      childIndex.set(childId, c);
    }
    const sessionId = record.sessionId;
    // Attendance usually comes grouped by session: skip the lookup when the session repeats.
    const si = sessionId === lastSessionId ? lastSession : sessionNumbers.intern(sessionId);
    if (si === sessionIds.length) {
      sessionIds.push(sessionId);
      sessionIndex.set(sessionId, si);
    }
    lastSessionId = sessionId;
    lastSession = si;
    attS[n] = si;
    attC[n++] = c;
  }
  pairs.n = n;
}

/** How many records of an iterable that is not an array go through the hot path at a time. */
const SLICE = 65536;

/**
 * The present records' pairs of any iterable: an array in one pass of {@link addPresentPairs}, any
 * other iterable in slices through the same hot path, without copying it whole.
 *
 * @param records - attendance records
 * @param ids - the interned ids
 * @param pairs - the pairs to add to
 */
export function addPresentPairsOf(records: Iterable<AttendanceRow>, ids: InternedIds, pairs: AttendancePairs): void {
  if (Array.isArray(records)) {
    addPresentPairs(records, ids, pairs);
    return;
  }
  let slice: AttendanceRow[] = [];
  for (const record of records) {
    slice.push(record);
    if (slice.length === SLICE) {
      addPresentPairs(slice, ids, pairs);
      slice = [];
    }
  }
  addPresentPairs(slice, ids, pairs);
}
