// Group "ratio" in SQL (INDICATORS.md version 2): the counted sessions staffed below the ratio
// policy (each child in its band on the period's first day), and the occupancy of the sessions of
// activities with a capacity, rounded by reporting's roundRatio from exact counts.
import { roundRatio } from "@kinderwerk/reporting";
import { text } from "../../_lib/quote.js";
import { tableRef } from "../../schema/ddl.js";
import type { SqlContext } from "../context.js";
import { bandSql, numberOf } from "../context.js";
import type { SqlIndicatorGroup } from "../group.js";

/** Children per adult of a band (`band`), as the ratio policy says: the band's own, else the default. */
function childrenPerAdult(ctx: SqlContext): string {
  const { ratio } = ctx.v2.policy;
  const d = ctx.dialect;
  const whens = Object.entries(ratio.byAgeBand).map(([band, r]) => `WHEN band = ${text(band)} THEN CAST(${r} AS ${d.double})`);
  return whens.length === 0 ? `CAST(${ratio.childrenPerAdult} AS ${d.double})` : `CASE ${whens.join(" ")} ELSE CAST(${ratio.childrenPerAdult} AS ${d.double}) END`;
}

/**
 * In one query: the sessions below the policy — adults needed = max(minimum, ⌈Σ children of a band
 * ÷ its ratio⌉, with reporting's tolerance of 10⁻⁹ below a whole adult) for a session with children
 * — and the counted attendances and places over the counted sessions of activities with a capacity.
 */
async function ratioRow(ctx: SqlContext): Promise<Record<string, unknown> | undefined> {
  const d = ctx.dialect;
  const { minimumAdults } = ctx.v2.policy.ratio;
  const [row] = await ctx.db.query(`${ctx.with}, banded AS (
  SELECT c.session_id, ${bandSql(ctx.config, ctx.from)} AS band FROM counted c LEFT JOIN ${tableRef("children")} ch ON ch.child_id = c.child_id),
by_band AS (SELECT session_id, band, COUNT(*) AS n FROM banded GROUP BY session_id, band),
needs AS (SELECT session_id, SUM(n) AS children, SUM(CAST(n AS ${d.double}) / ${childrenPerAdult(ctx)}) AS adults FROM by_band GROUP BY session_id),
with_capacity AS (
  SELECT k.children, a.capacity FROM counted_sessions s JOIN ${tableRef("activities")} a ON a.activity_id = s.activity_id
  LEFT JOIN needs k ON k.session_id = s.session_id WHERE a.capacity IS NOT NULL)
SELECT
  (SELECT COUNT(*) FROM counted_sessions s JOIN needs k ON k.session_id = s.session_id
    WHERE s.professionals + s.interns + s.volunteers < GREATEST(CAST(${minimumAdults} AS ${d.double}), CEIL(k.adults - CAST(0.000000001 AS ${d.double})))) AS understaffed,
  (SELECT COALESCE(SUM(COALESCE(children, 0)), 0) FROM with_capacity) AS attended,
  (SELECT COALESCE(SUM(capacity), 0) FROM with_capacity) AS places`);
  return row;
}

/** Staffing against the ratio policy, and occupancy. */
export const ratioSql: SqlIndicatorGroup = {
  name: "ratio",
  ids: ["sessions.understaffed", "capacity.occupancy"],
  async compute(ctx) {
    const row = await ratioRow(ctx);
    const places = numberOf(row, "places") ?? 0;
    const occupancy = places === 0 ? null : roundRatio((numberOf(row, "attended") ?? 0) * 100, places, 1);
    return { values: { "sessions.understaffed": numberOf(row, "understaffed") ?? 0, "capacity.occupancy": occupancy } };
  },
};
