// Group "activity" in SQL: sessions, activities and attendances of the period.
import { numberOf } from "../context.js";
import type { SqlIndicatorGroup } from "../group.js";

/** Sessions in the period, distinct activities with a session, counted attendances. */
export const activitySql: SqlIndicatorGroup = {
  name: "activity",
  ids: ["sessions", "activities", "attendances"],
  async compute(ctx) {
    const [row] = await ctx.db.query(`${ctx.with}SELECT
  (SELECT COUNT(*) FROM counted_sessions) AS sessions,
  (SELECT COUNT(DISTINCT activity_id) FROM counted_sessions) AS activities,
  (SELECT COUNT(*) FROM counted) AS attendances`);
    return { values: { sessions: numberOf(row, "sessions"), activities: numberOf(row, "activities"), attendances: numberOf(row, "attendances") } };
  },
};
