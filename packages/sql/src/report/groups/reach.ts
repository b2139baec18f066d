// Group "reach" in SQL: distinct reached children, the target group, their age band on their first
// counted attendance, gender, neighbourhood, programme lines, pillars and activity kinds; new
// children and regulars.
import { text } from "../../_lib/quote.js";
import type { SqlContext } from "../context.js";
import type { RowOrder, SqlIndicatorGroup } from "../group.js";
import { breakdownRows } from "../group.js";

/** The keys of the bands inside the target group 4..12 (each band lies inside or outside it). */
function targetBands(ctx: SqlContext): string {
  const keys = ctx.config.ageBands.filter(([, min, max]) => min >= 4 && max <= 12).map(([key]) => text(key));
  return keys.length === 0 ? "FALSE" : `band IN (${keys.join(", ")})`;
}

/** The counts of reach as rows of dimension `scalar`, and the target group by neighbourhood as rows of `target-hood`. */
function scalarRows(ctx: SqlContext): string {
  const target = targetBands(ctx);
  return `UNION ALL SELECT 'scalar' AS dim, 'reach' AS key, COUNT(*) AS n FROM reached
UNION ALL SELECT 'scalar' AS dim, 'target' AS key, COALESCE(SUM(CASE WHEN ${target} THEN 1 ELSE 0 END), 0) AS n FROM reached
UNION ALL SELECT 'scalar' AS dim, 'new' AS key, COALESCE(SUM(is_new), 0) AS n FROM reached
UNION ALL SELECT 'scalar' AS dim, 'regulars' AS key, COALESCE(SUM(CASE WHEN attendances >= ${ctx.config.regularsThreshold} THEN 1 ELSE 0 END), 0) AS n FROM reached
UNION ALL SELECT 'target-hood' AS dim, hood AS key, COUNT(*) AS n FROM reached WHERE ${target} GROUP BY hood`;
}

/**
 * Per dimension, the reached children by key (a child counts once per code of the activities it
 * came to), the counts of reach and the target group by neighbourhood: one query, one pass over
 * the shared context.
 */
async function reachRows(ctx: SqlContext): Promise<Record<string, unknown>[]> {
  return ctx.db.query(`${ctx.with}, child_activities AS (
  SELECT DISTINCT c.child_id, s.activity_id FROM counted c JOIN counted_sessions s ON s.session_id = c.session_id),
codes AS (
  SELECT 'kind' AS dim, a.kind AS code, ca.child_id FROM child_activities ca JOIN scoped a ON a.activity_id = ca.activity_id
  UNION ALL SELECT 'line' AS dim, unnest(a.programme_lines) AS code, ca.child_id FROM child_activities ca JOIN scoped a ON a.activity_id = ca.activity_id
  UNION ALL SELECT 'pillar' AS dim, unnest(a.pillars) AS code, ca.child_id FROM child_activities ca JOIN scoped a ON a.activity_id = ca.activity_id)
SELECT 'band' AS dim, band AS key, COUNT(*) AS n FROM reached GROUP BY band
UNION ALL SELECT 'gender' AS dim, gender AS key, COUNT(*) AS n FROM reached GROUP BY gender
UNION ALL SELECT 'hood' AS dim, hood AS key, COUNT(*) AS n FROM reached GROUP BY hood
UNION ALL SELECT dim, code AS key, COUNT(DISTINCT child_id) AS n FROM codes GROUP BY dim, code
${scalarRows(ctx)}`);
}

/** The breakdowns of reach from its rows. */
function breakdowns(of: (dim: string) => Record<string, unknown>[], order: RowOrder): Record<string, ReturnType<typeof breakdownRows>> {
  return {
    "reach.byAgeBand": breakdownRows(of("band"), order("reach.byAgeBand")),
    "reach.byGender": breakdownRows(of("gender"), order("reach.byGender")),
    "reach.byNeighbourhood": breakdownRows(of("hood"), order("reach.byNeighbourhood"), ["unknown"]),
    "reach.byProgrammeLine": breakdownRows(of("line"), order("reach.byProgrammeLine")),
    "reach.byPillar": breakdownRows(of("pillar"), order("reach.byPillar")),
    "reach.byActivityKind": breakdownRows(of("kind"), order("reach.byActivityKind")),
  };
}

/** The reached children of the target group by neighbourhood, keys in code order: what the neighbourhood shares rest on. */
function targetByNeighbourhood(rows: readonly Record<string, unknown>[]): Record<string, number> {
  const pairs = rows.map((r) => [String(r["key"] ?? "unknown"), Number(r["n"])] as const);
  return Object.fromEntries(pairs.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

/** Reach and its breakdowns, new children and regulars. */
export const reachSql: SqlIndicatorGroup = {
  name: "reach",
  ids: ["reach", "reach.targetGroup", "reach.byAgeBand", "reach.byGender", "reach.byNeighbourhood", "reach.byProgrammeLine", "reach.byPillar", "reach.byActivityKind", "newChildren", "regulars"],
  async compute(ctx, order) {
    const rows = await reachRows(ctx);
    const of = (dim: string): Record<string, unknown>[] => rows.filter((r) => r["dim"] === dim);
    const scalar = new Map(of("scalar").map((r) => [String(r["key"]), Number(r["n"])] as const));
    return {
      values: { reach: scalar.get("reach")!, "reach.targetGroup": scalar.get("target")!, newChildren: scalar.get("new")!, regulars: scalar.get("regulars")!, ...breakdowns(of, order) },
      basis: { "reach.targetGroup.byNeighbourhood": targetByNeighbourhood(of("target-hood")) },
    };
  },
};
