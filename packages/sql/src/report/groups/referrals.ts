// Group "referrals" in SQL: referrals sent in the period, by destination, accepted, the median days
// to a response, and those overdue at the end of the period.
import { text } from "../../_lib/quote.js";
import { tableRef } from "../../schema/ddl.js";
import type { SqlContext } from "../context.js";
import { numberOf } from "../context.js";
import type { SqlIndicatorGroup } from "../group.js";
import { breakdownRows } from "../group.js";

/** The referrals sent by the end of the period, with their follow-up date: `follow_up_on`, or `sent_on` plus the destination's follow-up days. */
function sentReferrals(ctx: SqlContext): string {
  const days = [...ctx.followUpDays].map(([code, n]) => `WHEN ${text(code)} THEN ${n}`);
  const followUpDays = days.length === 0 ? "NULL" : `CASE destination ${days.join(" ")} END`;
  return `WITH sent AS (
  SELECT destination, sent_on, responded_on, closed_on, status,
    COALESCE(follow_up_on, sent_on + CAST(${followUpDays} AS INTEGER)) AS follow_up
  FROM ${tableRef("referrals")} WHERE sent_on IS NOT NULL AND sent_on <= ${ctx.to})
`;
}

/** Still sent at the end of the period: no response or closure by then (a draft never is). */
function stillSent(to: string): string {
  return `CASE WHEN status = 'draft' THEN FALSE
  WHEN status = 'sent' THEN (responded_on IS NULL OR responded_on > ${to}) AND (closed_on IS NULL OR closed_on > ${to})
  ELSE COALESCE(responded_on, closed_on) > ${to} END`;
}

/** Referrals, their destinations, the accepted, the median days to a response, the overdue. */
export const referralsSql: SqlIndicatorGroup = {
  name: "referrals",
  ids: ["referrals", "referrals.byDestination", "referrals.accepted", "referrals.medianDaysToResponse", "referrals.overdue"],
  async compute(ctx, order) {
    const { from, to } = ctx;
    const responded = `sent_on >= ${from} AND responded_on IS NOT NULL AND responded_on <= ${to} AND responded_on >= sent_on`;
    const [row] = await ctx.db.query(`${sentReferrals(ctx)}SELECT
  COALESCE(SUM(CASE WHEN sent_on >= ${from} THEN 1 ELSE 0 END), 0) AS referrals,
  COALESCE(SUM(CASE WHEN sent_on >= ${from} AND status IN ('accepted', 'completed') AND (responded_on IS NULL OR responded_on <= ${to}) THEN 1 ELSE 0 END), 0) AS accepted,
  COALESCE(SUM(CASE WHEN (${stillSent(to)}) AND follow_up IS NOT NULL AND follow_up < ${to} THEN 1 ELSE 0 END), 0) AS overdue,
  COALESCE(SUM(CASE WHEN ${responded} THEN 1 ELSE 0 END), 0) AS responded,
  (SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY responded_on - sent_on) FROM sent WHERE ${responded}) AS median_days
FROM sent`);
    const byDestination = await ctx.db.query(`${sentReferrals(ctx)}SELECT destination AS key, COUNT(*) AS n FROM sent WHERE sent_on >= ${from} GROUP BY destination`);
    return {
      values: {
        referrals: numberOf(row, "referrals"),
        "referrals.byDestination": breakdownRows(byDestination, order("referrals.byDestination")),
        "referrals.accepted": numberOf(row, "accepted"),
        "referrals.medianDaysToResponse": numberOf(row, "median_days"),
        "referrals.overdue": numberOf(row, "overdue"),
      },
      raw: { respondedReferrals: numberOf(row, "responded") ?? 0 },
    };
  },
};
