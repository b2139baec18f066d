// The trend in SQL: per bucket of the period (ISO week, month or quarter) the counted attendances
// and the distinct children, over the shared context. The buckets come from reporting's
// `trendBuckets` as a VALUES list, so their edges are those of `result()` in every dialect.
import type { TrendGranularity, TrendResult } from "@kinderwerk/reporting";
import { trendBuckets } from "@kinderwerk/reporting";
import { text } from "../../_lib/quote.js";
import type { SqlContext } from "../context.js";
import { dateLiteral } from "../context.js";

/**
 * The trend of the period, as `result({ trend })` gives it: every bucket in date order, zeros included.
 *
 * @param ctx - the report's SQL context
 * @param granularity - how to group the period
 * @returns the trend
 */
export async function trendSql(ctx: SqlContext, granularity: TrendGranularity): Promise<TrendResult> {
  const spans = trendBuckets(ctx.config, granularity);
  const values = spans.map((b, i) => `(${i}, ${text(b.key)}, ${dateLiteral(b.from)}, ${dateLiteral(b.to)})`).join(", ");
  const rows = await ctx.db.query(`${ctx.with}, buckets(i, bucket, b_from, b_to) AS (VALUES ${values})
SELECT b.i AS i, COUNT(*) AS attendances, COUNT(DISTINCT c.child_id) AS reach
FROM counted c JOIN counted_sessions s ON s.session_id = c.session_id JOIN buckets b ON s.date >= b.b_from AND s.date <= b.b_to
GROUP BY b.i`);
  const counts = new Map(rows.map((r) => [Number(r["i"]), { attendances: Number(r["attendances"]), reach: Number(r["reach"]) }]));
  return { granularity, buckets: spans.map((b, i) => ({ ...b, ...(counts.get(i) ?? { attendances: 0, reach: 0 }) })) };
}
