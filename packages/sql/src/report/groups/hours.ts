// Group "hours" in SQL: attendance per session, activity, contact and staff hours, rounded as
// reporting rounds (half away from zero, 1 decimal) from exact minutes.
import { numberOf, roundRatioSql } from "../context.js";
import type { SqlIndicatorGroup } from "../group.js";

/** Mean attendance per session and the hours, with the exact minutes behind them. */
export const hoursSql: SqlIndicatorGroup = {
  name: "hours",
  ids: ["attendancesPerSession", "activityHours", "contactHours", "staffHours.professional", "staffHours.intern", "staffHours.volunteer"],
  async compute(ctx) {
    const d = ctx.dialect;
    const hours = (m: string): string => roundRatioSql(m, "60", 1, d);
    const [row] = await ctx.db.query(`${ctx.with}, minutes AS (
  SELECT COUNT(*) AS sessions, COALESCE(SUM(COALESCE(k.n, 0)), 0) AS attendances,
    COALESCE(SUM(s.duration_minutes), 0) AS activity, COALESCE(SUM(s.duration_minutes * COALESCE(k.n, 0)), 0) AS contact,
    COALESCE(SUM(s.duration_minutes * s.professionals), 0) AS professional, COALESCE(SUM(s.duration_minutes * s.interns), 0) AS intern,
    COALESCE(SUM(s.duration_minutes * s.volunteers), 0) AS volunteer
  FROM counted_sessions s LEFT JOIN (SELECT session_id, COUNT(*) AS n FROM counted GROUP BY session_id) k ON k.session_id = s.session_id)
SELECT activity, contact,
  CASE WHEN sessions = 0 THEN NULL ELSE ${roundRatioSql("attendances", "sessions", 1, d)} END AS per_session,
  ${hours("activity")} AS activity_hours, ${hours("contact")} AS contact_hours,
  ${hours("professional")} AS professional_hours, ${hours("intern")} AS intern_hours, ${hours("volunteer")} AS volunteer_hours
FROM minutes`);
    return {
      values: {
        attendancesPerSession: numberOf(row, "per_session"),
        activityHours: numberOf(row, "activity_hours"),
        contactHours: numberOf(row, "contact_hours"),
        "staffHours.professional": numberOf(row, "professional_hours"),
        "staffHours.intern": numberOf(row, "intern_hours"),
        "staffHours.volunteer": numberOf(row, "volunteer_hours"),
      },
      raw: { activityMinutes: numberOf(row, "activity") ?? 0, contactMinutes: numberOf(row, "contact") ?? 0 },
    };
  },
};
