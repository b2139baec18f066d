// The report's part for INDICATORS.md version 2: which indicators a report shows, the warnings for
// the ones whose table is missing, the definitions version, disclosure control of the rules only
// version 2 has, and the table of targets against results.
import type { TableName } from "@kinderwerk/core";
import type { IndicatorResults } from "../accumulator/result.js";
import { missingTables } from "../accumulator/result.js";
import type { BreakdownRow, IndicatorId, ReportIndicator, ReportTarget, ReportWarning } from "../document/index.js";
import { INDICATOR_IDS, isBreakdown } from "../document/index.js";
import { roundHalfAway } from "../_lib/round.js";
import { indicatorDefinitions } from "../indicators/index.js";
import type { ResultRow } from "../indicators/rows.js";
import { hiddenBy, isPrimarySuppressed } from "../suppression/index.js";

/** Who a report is for: `published` (the default) suppresses staff counts too, `internal` only the counts of children and cases. */
export type ReportAudience = "published" | "internal";

/**
 * The ids a report shows and the warnings for the version 2 indicators left out: each one whose
 * table is missing is absent, and one warning per missing table (`report.table-missing`) names the
 * table and the indicators it leaves out.
 *
 * @param ids - the ids asked for (or the defaults)
 * @param results - the unsuppressed results (a version 2 indicator whose table is missing is `undefined` there)
 * @returns the ids to show and the warnings
 */
export function presentIds(ids: readonly IndicatorId[], results: IndicatorResults): { ids: IndicatorId[]; warnings: ReportWarning[] } {
  const byTable = new Map<TableName, IndicatorId[]>();
  const kept: IndicatorId[] = [];
  for (const id of ids) {
    const def = indicatorDefinitions[id];
    if (def.version === 1 || results[id] !== undefined) {
      kept.push(id);
      continue;
    }
    const missing = missingTables(results.tables, def.tables as TableName[], false);
    for (const table of missing.length > 0 ? missing : (def.tables as TableName[])) byTable.set(table, [...(byTable.get(table) ?? []), id]);
  }
  const warnings = [...byTable].map(([table, indicators]): ReportWarning => ({ code: "report.table-missing", severity: "warning", params: { table, indicators } }));
  return { ids: kept, warnings };
}

/**
 * The definitions version a report states: 2 when it shows any indicator of version 2, else 1.
 *
 * @param ids - the ids it shows
 * @returns 1 or 2
 */
export function definitionsVersionOf(ids: readonly IndicatorId[]): 1 | 2 {
  return ids.some((id) => indicatorDefinitions[id].version === 2) ? 2 : 1;
}

/**
 * The number of cases behind a median: the version 2 basis, or the responded referrals of version 1.
 *
 * @param id - a median indicator
 * @param results - the results
 * @returns the count
 */
export function casesBehind(id: IndicatorId, results: IndicatorResults): number {
  const n = results.basis[id];
  return typeof n === "number" ? n : results.raw.respondedReferrals;
}

/**
 * The rows of a breakdown of shares, a row suppressed when the count behind it is.
 *
 * @param id - the indicator
 * @param rows - its rows
 * @param results - the results (their basis holds the counts)
 * @param threshold - the suppression threshold
 * @returns the published rows
 */
export function publishShares(id: IndicatorId, rows: readonly ResultRow[], results: IndicatorResults, threshold: number): BreakdownRow[] {
  const counts = (results.basis[id] ?? {}) as Readonly<Record<string, number>>;
  return rows.map((r) => (isPrimarySuppressed(counts[r.key] ?? 0, threshold) ? { key: r.key, ...hiddenBy("basis") } : { key: r.key, value: r.value, suppressed: false }));
}

/**
 * Rows derived from another breakdown: a row is suppressed when the row of the same key of the other is.
 *
 * @param rows - the rows
 * @param from - the other breakdown's published rows
 * @returns the published rows
 */
export function publishDerivedRows(rows: readonly ResultRow[], from: readonly BreakdownRow[]): BreakdownRow[] {
  const hidden = new Set(from.filter((r) => r.suppressed).map((r) => r.key));
  return rows.map((r) => (hidden.has(r.key) ? { key: r.key, ...hiddenBy("derived") } : { key: r.key, value: r.value, suppressed: false }));
}

/**
 * The targets against results, in report order: per agreed target, the realised value as published (suppressed:
 * `null`) and the percent realised, 1 decimal (`null` when either is missing or the target is 0).
 *
 * @param results - the results (their targets)
 * @param published - the published scalar of an indicator id, or `undefined` when it has none
 * @returns the rows of the table
 */
export function targetRows(results: IndicatorResults, published: (id: IndicatorId) => ReportIndicator | undefined): ReportTarget[] {
  const at = (id: string): number => {
    const i = (INDICATOR_IDS as readonly string[]).indexOf(id);
    return i < 0 ? INDICATOR_IDS.length : i;
  };
  // In report order; targets of one indicator in the order of their facts.
  const targets = results.targets.map((t, i) => ({ t, i })).sort((a, b) => at(a.t.indicator) - at(b.t.indicator) || a.i - b.i).map(({ t }) => t);
  return targets.map((t): ReportTarget => {
    const known = t.indicator in indicatorDefinitions;
    const found = known ? published(t.indicator as IndicatorId) : undefined;
    const realised = found !== undefined && !isBreakdown(found) ? found.value : null;
    const suppressed = found !== undefined && !isBreakdown(found) && found.suppressed;
    const rule = found !== undefined && !isBreakdown(found) ? found.suppressedBy : undefined;
    const percent = realised === null || t.target === 0 ? null : roundHalfAway((realised / t.target) * 100, 1);
    return { indicator: t.indicator, target: t.target, realised, percent, suppressed, ...(suppressed && rule !== undefined ? { suppressedBy: rule } : {}), ...(t.from === null ? {} : { from: t.from }), ...(t.to === null ? {} : { to: t.to }) };
  });
}
