// Disclosure control over the trend, with the machinery of the breakdowns (suppression/): the reach
// per bucket is a count of children, and the attendances per bucket add up to the published total.
import type { ReportTrend, ReportTrendBucket } from "../document/index.js";
import type { SuppressedRow } from "../suppression/index.js";
import { suppressBreakdown } from "../suppression/index.js";
import type { TrendGranularity } from "./buckets.js";
import type { TrendResult } from "./compute.js";

/**
 * The trend as a report publishes it. The reach of a bucket is suppressed by the primary rule
 * (above 0, below the threshold) and protected by secondary suppression as an additive breakdown:
 * every child of `reach` has a counted attendance in some bucket, so `reach` minus the buckets shown
 * is a lower bound on the suppressed buckets — exact when no child came in two buckets — and a
 * reader could subtract. The attendances of a bucket whose reach is suppressed are suppressed too
 * (a bucket's attendances bound its reach from above: 2 attendances are at most 2 children), and
 * since the attendances add up to the published `attendances`, secondary suppression protects
 * them as well. When `reach` itself is suppressed, so is every non-zero bucket.
 *
 * @param trend - the unsuppressed trend (`result().trend`)
 * @param threshold - the suppression threshold (0 disables it)
 * @returns the published trend
 * @example
 * publishTrend(acc.result().trend!, 5).buckets[0];
 * // => { key: "2025-01", from: "2025-01-01", to: "2025-01-31", partial: false,
 * //      attendances: { value: 212, suppressed: false }, reach: { value: 41, suppressed: false } }
 */
export function publishTrend(trend: TrendResult, threshold: number): ReportTrend {
  const reachRows = trend.buckets.map((b) => ({ key: b.key, value: b.reach }));
  const reach = suppressBreakdown(reachRows, { threshold, additive: true });
  const hiddenReach = reach.filter((r) => r.suppressed).map((r) => r.key);
  const attendanceRows = trend.buckets.map((b) => ({ key: b.key, value: b.attendances }));
  const attendances = suppressBreakdown(attendanceRows, { threshold, additive: true, hidden: hiddenReach });
  const cell = (r: SuppressedRow): ReportTrendBucket["reach"] => (r.suppressed ? { value: null, suppressed: true, suppressedBy: r.suppressedBy } : { value: r.value, suppressed: false });
  return {
    granularity: trend.granularity,
    buckets: trend.buckets.map((b, i) => ({ key: b.key, from: b.from, to: b.to, partial: b.partial, attendances: cell(attendances[i]!), reach: cell(reach[i]!) })),
  };
}

/**
 * The trend section of a report: the results' trend published, unless `asked` is `none`.
 *
 * @param trend - the results' trend, if they hold one
 * @param asked - the grouping asked for (`BuildReportOptions.trend`), if any
 * @param threshold - the suppression threshold
 * @returns the section, or `undefined` for none
 * @throws RangeError when `asked` names a grouping the results do not hold
 */
export function trendSection(trend: TrendResult | undefined, asked: TrendGranularity | "none" | undefined, threshold: number): ReportTrend | undefined {
  if (asked === "none") return undefined;
  if (asked !== undefined && trend?.granularity !== asked) {
    throw new RangeError(`trend: the results hold ${trend === undefined ? "no trend" : `a trend by ${trend.granularity}`}; compute them with result({ trend: "${asked}" })`);
  }
  return trend === undefined ? undefined : publishTrend(trend, threshold);
}
