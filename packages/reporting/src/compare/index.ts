import type { ComparisonEntry, ComparisonRow, ReportComparison, ReportDocument, ReportIndicator } from "../document/index.js";
import { isBreakdown } from "../document/index.js";
import { roundHalfAway } from "../_lib/round.js";
import type { SuppressionRule } from "../suppression/rules.js";

/** A change between two published values: `null` where a value is suppressed or missing. */
function change(current: number | null | undefined, previous: number | null | undefined): { change: number | null; percentChange: number | null } {
  if (current === null || current === undefined || previous === null || previous === undefined) return { change: null, percentChange: null };
  const diff = roundHalfAway(current - previous, 2);
  return { change: diff, percentChange: previous === 0 ? null : roundHalfAway(((current - previous) / previous) * 100, 1) };
}

function scalarOf(i: ReportIndicator | undefined): { value: number | null; suppressed: boolean; suppressedBy?: SuppressionRule | undefined } | undefined {
  return i && !isBreakdown(i) ? { value: i.value, suppressed: i.suppressed, suppressedBy: i.suppressedBy } : undefined;
}

/**
 * Compare two published reports: for every indicator of the current one, the earlier value, the
 * change (current − previous) and the percentage change (change ÷ previous × 100, 1 decimal).
 * Works on published (suppressed) values only, so a comparison never reveals a suppressed count:
 * where either value is suppressed, the change is `null`. Breakdowns compare row by row.
 *
 * @param current - the report of the current period
 * @param previous - the report of the earlier period
 * @returns the comparison, to put in `current.comparison`
 * @example
 * compareReports(report2025, report2024).indicators.find((e) => e.id === "reach");
 * // => { id: "reach", previous: 100, change: 23, percentChange: 23, previousSuppressed: false }
 */
export function compareReports(current: ReportDocument, previous: ReportDocument): ReportComparison {
  const before = new Map(previous.indicators.map((i) => [i.id, i]));
  const indicators: ComparisonEntry[] = [];
  for (const now of current.indicators) {
    const then = before.get(now.id);
    if (isBreakdown(now)) {
      const thenRows = then && isBreakdown(then) ? new Map(then.rows.map((r) => [r.key, r])) : new Map<string, never>();
      const keys = [...now.rows.map((r) => r.key), ...[...thenRows.keys()].filter((k) => !now.rows.some((r) => r.key === k))];
      const rows: ComparisonRow[] = keys.map((key) => {
        const a = now.rows.find((r) => r.key === key);
        const b = thenRows.get(key);
        // A row left out of a report is 0.
        const av = a ? a.value : 0;
        const bv = b ? b.value : then && isBreakdown(then) ? 0 : null;
        return { key, previous: bv, ...change(av, bv), ...(b?.suppressed && b.suppressedBy !== undefined ? { previousSuppressedBy: b.suppressedBy } : {}) };
      });
      indicators.push({ id: now.id, previous: null, change: null, percentChange: null, rows });
    } else {
      const b = scalarOf(then);
      const rule = b?.suppressed ? b.suppressedBy : undefined;
      indicators.push({ id: now.id, previous: b?.value ?? null, ...change(now.value, b?.value), previousSuppressed: b?.suppressed ?? false, ...(rule === undefined ? {} : { previousSuppressedBy: rule }) });
    }
  }
  return { period: { from: previous.period.from, to: previous.period.to }, indicators };
}
