// Group "signals" in SQL: signals dated in the period, by category.
import { tableRef } from "../../schema/ddl.js";
import type { SqlIndicatorGroup } from "../group.js";
import { breakdownRows } from "../group.js";

/** Signals in the period and their categories. */
export const signalsSql: SqlIndicatorGroup = {
  name: "signals",
  ids: ["signals", "signals.byCategory"],
  async compute(ctx, order) {
    const rows = await ctx.db.query(`SELECT category AS key, COUNT(*) AS n FROM ${tableRef("signals")} WHERE date >= ${ctx.from} AND date <= ${ctx.to} GROUP BY category`);
    return { values: { signals: rows.reduce((sum, r) => sum + Number(r["n"]), 0), "signals.byCategory": breakdownRows(rows, order("signals.byCategory")) } };
  },
};
