// Group "signups" in SQL (INDICATORS.md version 2): the children waiting at the period's end and
// the median days from a sign-up to its placement. Sign-ups follow their activity's scope; a
// sign-up for an activity without a record counts only when nothing is filtered.
import { tableRef } from "../../schema/ddl.js";
import type { SqlContext } from "../context.js";
import { medianSql, numberOf } from "../context.js";
import type { SqlIndicatorGroup } from "../group.js";

/** The sign-ups the filter lets in, as `signup_rows`. */
function signupRows(ctx: SqlContext): string {
  const filtering = Object.keys(ctx.config.filter).length > 0;
  return `${ctx.scoped}, signup_rows AS (
  SELECT g.activity_id, g.child_id, g.date, g.status, g.placed_on FROM ${tableRef("signups")} g
  LEFT JOIN ${tableRef("activities")} known ON known.activity_id = g.activity_id
  LEFT JOIN scoped a ON a.activity_id = g.activity_id
  WHERE a.activity_id IS NOT NULL OR (known.activity_id IS NULL AND ${filtering ? "FALSE" : "TRUE"})),
placed AS (SELECT DISTINCT activity_id, child_id FROM signup_rows WHERE placed_on IS NOT NULL AND placed_on <= ${ctx.to})
`;
}

/** Waiting lists. */
export const signupsSql: SqlIndicatorGroup = {
  name: "signups",
  ids: ["signups.waiting", "signups.medianDaysToPlacement"],
  async compute(ctx) {
    const placements = `FROM signup_rows WHERE placed_on IS NOT NULL AND placed_on <= ${ctx.to} AND placed_on >= ${ctx.from}`;
    const [row] = await ctx.db.query(`${signupRows(ctx)}SELECT
  (SELECT COUNT(DISTINCT r.child_id) FROM signup_rows r WHERE r.status = 'waiting' AND r.date <= ${ctx.to}
    AND NOT EXISTS (SELECT 1 FROM placed p WHERE p.activity_id = r.activity_id AND p.child_id = r.child_id)) AS waiting,
  (SELECT ${medianSql("placed_on - date")} ${placements}) AS median_days,
  (SELECT COUNT(*) ${placements}) AS placements`);
    return {
      values: { "signups.waiting": numberOf(row, "waiting"), "signups.medianDaysToPlacement": numberOf(row, "median_days") },
      basis: { "signups.medianDaysToPlacement": numberOf(row, "placements") ?? 0 },
    };
  },
};
