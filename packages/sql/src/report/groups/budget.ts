// Group "budget" in SQL (INDICATORS.md version 2): the part of each budget line in the period, pro
// rata by days, as exact whole numbers — cents × days in the period, summed per funder kind,
// programme line and line length — finished by reporting's budgetValues, which rounds to the cent
// once from the exact fraction, so every engine gives the very euros of result().
import type { BudgetPart, ResultRow } from "@kinderwerk/reporting";
import { budgetValues } from "@kinderwerk/reporting";
import { ident } from "../../_lib/quote.js";
import { tableRef } from "../../schema/ddl.js";
import type { SqlContext } from "../context.js";
import { bigintOf } from "../context.js";
import type { SqlIndicatorGroup } from "../group.js";

/** The budget lines' parts, summed per funder kind, programme line and line length. */
async function parts(ctx: SqlContext): Promise<BudgetPart[]> {
  const d = ctx.dialect;
  const [lineFrom, lineTo] = [ident("from"), ident("to")];
  const rows = await ctx.db.query(`WITH lines AS (
  SELECT funder_kind, programme_line,
    CAST(FLOOR(COALESCE(amount, 0) * CAST(100 AS ${d.double}) + CAST(0.5 AS ${d.double})) AS BIGINT) AS cents,
    CAST(LEAST(${lineTo}, ${ctx.to}) - GREATEST(${lineFrom}, ${ctx.from}) + 1 AS BIGINT) AS days_in,
    CAST(${lineTo} - ${lineFrom} + 1 AS BIGINT) AS line_days
  FROM ${tableRef("budgets")})
SELECT funder_kind, programme_line, CASE WHEN days_in < 1 OR line_days < 1 THEN 1 ELSE line_days END AS line_days,
  SUM(CASE WHEN days_in < 1 OR line_days < 1 THEN 0 ELSE cents * days_in END) AS cent_days
FROM lines GROUP BY funder_kind, programme_line, CASE WHEN days_in < 1 OR line_days < 1 THEN 1 ELSE line_days END`);
  return rows.map((r) => ({
    funderKind: r["funder_kind"] === null ? null : String(r["funder_kind"]),
    programmeLine: r["programme_line"] === null ? null : String(r["programme_line"]),
    centDays: bigintOf(r, "cent_days"),
    lineDays: Number(r["line_days"]),
  }));
}

/** Funding. */
export const budgetSql: SqlIndicatorGroup = {
  name: "budget",
  ids: ["budget.total", "budget.byFunderKind", "costPerChild.byProgrammeLine"],
  async compute(ctx, _order, earlier) {
    const reach = (earlier.values["reach.byProgrammeLine"] ?? []) as readonly ResultRow[];
    return { values: budgetValues(await parts(ctx), reach, ctx.v2.catalogues) as Record<string, number | readonly ResultRow[]> };
  },
};
