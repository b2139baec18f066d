// The trend of a period: per bucket (ISO week, month or quarter) the counted attendances and the
// distinct children with a counted attendance in it, computed at `result()` from the joined facts
// (so every split of the records, merged, gives the same trend).
import type { PeriodFacts } from "../indicators/facts.js";
import type { TrendBucketSpan, TrendGranularity } from "./buckets.js";
import { bucketIndexByDay, trendBuckets } from "./buckets.js";

/** One bucket of a trend with its counts, before disclosure control. */
export interface TrendBucket extends TrendBucketSpan {
  /** Counted attendances at sessions in the bucket (INDICATORS.md's `attendances`, within the bucket). */
  readonly attendances: number;
  /** Distinct children with a counted attendance in the bucket (INDICATORS.md's `reach`, within the bucket). */
  readonly reach: number;
}

/** The trend of a period, before disclosure control: its buckets in date order, zeros included. */
export interface TrendResult {
  /** How the period is grouped. */
  readonly granularity: TrendGranularity;
  /** Every bucket the period touches, in date order. */
  readonly buckets: readonly TrendBucket[];
}

/**
 * Count the trend of a period: each counted session goes to the bucket of its date; its counted
 * attendances add to the bucket's attendances, and each of its children not yet seen in that
 * bucket to the bucket's reach. Linear in the counted attendances.
 *
 * @param facts - the period's joined facts
 * @param granularity - how to group the period
 * @returns the trend
 */
export function computeTrend(facts: PeriodFacts, granularity: TrendGranularity): TrendResult {
  const spans = trendBuckets(facts, granularity);
  const { start, index } = bucketIndexByDay(spans);
  const { counted, day } = facts.sessions;
  const bucketOf = (si: number): number => index[day[si]! - start]!;
  // The counted sessions in bucket order (a counting sort), so that a child is seen bucket by bucket.
  const first = new Int32Array(spans.length + 1);
  for (const si of counted) first[bucketOf(si) + 1]!++;
  for (let b = 0; b < spans.length; b++) first[b + 1]! += first[b]!;
  const next = first.slice(0, spans.length);
  const ordered = new Int32Array(counted.length);
  for (const si of counted) ordered[next[bucketOf(si)]!++] = si;

  const attendances = new Float64Array(spans.length);
  const reach = new Float64Array(spans.length);
  // `seenIn[c]`: the last bucket child c was counted in (-1: none yet).
  const seenIn = new Int32Array(facts.children.size).fill(-1);
  const { start: from, children } = facts.attendance;
  for (const si of ordered) {
    const b = bucketOf(si);
    const lo = from[si]!;
    const hi = from[si + 1]!;
    attendances[b]! += hi - lo;
    for (let i = lo; i < hi; i++) {
      const c = children[i]!;
      if (seenIn[c] === b) continue;
      seenIn[c] = b;
      reach[b]!++;
    }
  }
  return { granularity, buckets: spans.map((s, b) => ({ ...s, attendances: attendances[b]!, reach: reach[b]! })) };
}
