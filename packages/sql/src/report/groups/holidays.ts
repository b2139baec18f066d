// Group "holidays" in SQL: distinct children with a counted attendance on a school-holiday date.
import { dateLiteral, numberOf } from "../context.js";
import type { SqlIndicatorGroup } from "../group.js";

/** Reach in the school holidays of the report (`null` when its holidays are not known). */
export const holidaysSql: SqlIndicatorGroup = {
  name: "holidays",
  ids: ["holidayReach"],
  async compute(ctx) {
    const holidays = ctx.config.holidays;
    if (holidays === null) return { values: { holidayReach: null } };
    const inHoliday = holidays.length === 0 ? "FALSE" : holidays.map(([from, to]) => `(s.date >= ${dateLiteral(from)} AND s.date <= ${dateLiteral(to)})`).join(" OR ");
    const [row] = await ctx.db.query(`${ctx.with}SELECT COUNT(DISTINCT c.child_id) AS n FROM counted c JOIN counted_sessions s ON s.session_id = c.session_id WHERE ${inHoliday}`);
    return { values: { holidayReach: numberOf(row, "n") } };
  },
};
