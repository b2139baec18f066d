// Group "staff" in SQL (INDICATORS.md version 2): the staff with staffing in the period by role,
// their hours by kind summed as whole millionths of an hour (exact on every engine), professional
// fte, and the staff whose VOG or meldcode training is overdue — finished by reporting's staffValues.
import { staffValues, yearsBefore } from "@kinderwerk/reporting";
import { tableRef } from "../../schema/ddl.js";
import type { SqlContext } from "../context.js";
import { dateLiteral, microHoursSql, numberOf } from "../context.js";
import type { SqlIndicatorGroup } from "../group.js";

const inPeriod = (ctx: SqlContext, column: string): string => `${column} >= ${ctx.from} AND ${column} <= ${ctx.to}`;

/** Distinct staff with staffing in the period by role, and how many of them are overdue. */
async function people(ctx: SqlContext): Promise<{ byRole: Map<string, number>; vog: number; training: number }> {
  const { config, v2 } = ctx;
  const overdue = (column: string, years: number): string => `CASE WHEN ${column} IS NULL OR ${column} < ${dateLiteral(yearsBefore(config.to, years))} THEN 1 ELSE 0 END`;
  const rows = await ctx.db.query(`WITH active AS (SELECT DISTINCT staff_id FROM ${tableRef("staffing")} WHERE ${inPeriod(ctx, "date")})
SELECT COALESCE(s.role, 'unknown') AS key, COUNT(*) AS n,
  SUM(${overdue("s.vog_date", v2.policy.vogYears)}) AS vog, SUM(${overdue("s.meldcode_training_date", v2.policy.meldcodeTrainingYears)}) AS training
FROM active a LEFT JOIN ${tableRef("staff")} s ON s.staff_id = a.staff_id GROUP BY COALESCE(s.role, 'unknown')`);
  const byRole = new Map(rows.map((r) => [String(r["key"]), Number(r["n"])] as const));
  const sum = (column: string): number => rows.reduce((total, r) => total + (numberOf(r, column) ?? 0), 0);
  return { byRole, vog: sum("vog"), training: sum("training") };
}

/** Staffing in the period by kind and the professionals' part, in millionths of an hour. */
async function hours(ctx: SqlContext): Promise<{ byKind: Map<string, number>; professional: number }> {
  const micro = microHoursSql("w.hours", ctx.dialect);
  const rows = await ctx.db.query(`SELECT COALESCE(w.kind, 'unknown') AS key, SUM(${micro}) AS micro,
  SUM(CASE WHEN s.role = 'professional' THEN ${micro} ELSE 0 END) AS professional
FROM ${tableRef("staffing")} w LEFT JOIN ${tableRef("staff")} s ON s.staff_id = w.staff_id
WHERE ${inPeriod(ctx, "w.date")} GROUP BY COALESCE(w.kind, 'unknown')`);
  const byKind = new Map(rows.map((r) => [String(r["key"]), numberOf(r, "micro") ?? 0] as const));
  return { byKind, professional: rows.reduce((total, r) => total + (numberOf(r, "professional") ?? 0), 0) };
}

/** Staff and their hours. */
export const staffSql: SqlIndicatorGroup = {
  name: "staff",
  ids: ["staff.people.byRole", "staff.hours.byKind", "staff.fte", "staff.vogOverdue", "staff.meldcodeTrainingOverdue"],
  async compute(ctx) {
    const p = await people(ctx);
    const h = await hours(ctx);
    const sums = { peopleByRole: p.byRole, microHoursByKind: h.byKind, professionalMicroHours: h.professional, vogOverdue: p.vog, meldcodeTrainingOverdue: p.training };
    const out = staffValues(sums, ctx.config.from, ctx.config.to, ctx.v2.policy);
    return { values: out.values as Record<string, number | null>, basis: out.basis as Record<string, number> };
  },
};
