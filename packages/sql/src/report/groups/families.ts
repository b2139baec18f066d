// Group "families" in SQL (INDICATORS.md version 2): the distinct households of the reached
// children — a child without a household is its own — each in the first (by code point) of its
// children's known neighbourhoods, `unknown` when none is known, so the rows add up to `families`.
import { tableRef } from "../../schema/ddl.js";
import type { SqlIndicatorGroup } from "../group.js";
import { breakdownRows } from "../group.js";

/** Families reached, in all and by neighbourhood. */
export const familiesSql: SqlIndicatorGroup = {
  name: "families",
  ids: ["families", "families.byNeighbourhood"],
  async compute(ctx) {
    const hood = ctx.dialect.byCodePoint("r.hood");
    const rows = await ctx.db.query(`${ctx.with}, households AS (
  SELECT CASE WHEN ch.household_id IS NULL THEN 'c:' || r.child_id ELSE 'h:' || ch.household_id END AS household,
    MIN(CASE WHEN r.hood = 'unknown' THEN NULL ELSE ${hood} END) AS hood
  FROM reached r LEFT JOIN ${tableRef("children")} ch ON ch.child_id = r.child_id
  GROUP BY CASE WHEN ch.household_id IS NULL THEN 'c:' || r.child_id ELSE 'h:' || ch.household_id END)
SELECT COALESCE(hood, 'unknown') AS key, COUNT(*) AS n FROM households GROUP BY COALESCE(hood, 'unknown')`);
    return {
      values: {
        families: rows.reduce((sum, r) => sum + Number(r["n"]), 0),
        "families.byNeighbourhood": breakdownRows(rows, [], ["unknown"]),
      },
    };
  },
};
