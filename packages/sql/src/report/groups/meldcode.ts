// Group "meldcode" in SQL (INDICATORS.md version 2): trajectories started in the period, their
// decision at its end (`open` when not decided by then), and the median days to a decision over
// those decided in the period. A decision counts only with its date, as reporting keeps it.
import { MELDCODE_ROWS } from "@kinderwerk/reporting";
import { tableRef } from "../../schema/ddl.js";
import { medianSql, numberOf } from "../context.js";
import type { SqlIndicatorGroup } from "../group.js";
import { breakdownRows } from "../group.js";

/** Meldcode trajectories. */
export const meldcodeSql: SqlIndicatorGroup = {
  name: "meldcode",
  ids: ["meldcode.started", "meldcode.byDecision", "meldcode.medianDaysToDecision"],
  async compute(ctx) {
    const { from, to } = ctx;
    const trajectories = `WITH t AS (SELECT started_on, CASE WHEN decided_on IS NULL THEN NULL ELSE decision END AS decision,
  CASE WHEN decision IS NULL THEN NULL ELSE decided_on END AS decided_on FROM ${tableRef("meldcode")})
`;
    const byDecision = await ctx.db.query(`${trajectories}SELECT CASE WHEN decision IS NOT NULL AND decided_on <= ${to} THEN decision ELSE 'open' END AS key, COUNT(*) AS n
FROM t WHERE started_on >= ${from} AND started_on <= ${to} GROUP BY CASE WHEN decision IS NOT NULL AND decided_on <= ${to} THEN decision ELSE 'open' END`);
    const decided = `FROM t WHERE decided_on IS NOT NULL AND decided_on >= ${from} AND decided_on <= ${to}`;
    const [row] = await ctx.db.query(`${trajectories}SELECT (SELECT ${medianSql("decided_on - started_on")} ${decided}) AS median_days, (SELECT COUNT(*) ${decided}) AS decided`);
    return {
      values: {
        "meldcode.started": byDecision.reduce((sum, r) => sum + Number(r["n"]), 0),
        "meldcode.byDecision": breakdownRows(byDecision, MELDCODE_ROWS),
        "meldcode.medianDaysToDecision": numberOf(row, "median_days"),
      },
      basis: { "meldcode.medianDaysToDecision": numberOf(row, "decided") ?? 0 },
    };
  },
};
