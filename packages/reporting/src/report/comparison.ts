// The comparison with an earlier period: published with the earlier period's own budget and
// population, never this period's, and with a warning where an input it needs is missing.
import type { IndicatorResults } from "../accumulator/result.js";
import { withExtensions } from "../accumulator/result.js";
import { compareReports } from "../compare/index.js";
import type { DataSpan, IndicatorId, ReportBudget, ReportComparison, ReportDocument, ReportIndicator, ReportPopulation, ReportWarning } from "../document/index.js";
import { partlyCoveredWarning } from "./coverage.js";

/** The earlier period of a report, its unsuppressed results, and its own budget and population. */
export interface ComparisonInput {
  /** The earlier period. */
  readonly period: { readonly from: string; readonly to: string };
  /** Its unsuppressed results (`accumulator.result()` over the earlier period). */
  readonly results: IndicatorResults;
  /**
   * The earlier period's own budget, for `costPerChild` and `costPerContactHour`; without it the
   * budgets table's lines in the earlier period (FORMAT.md version 2), when they hold any.
   */
  readonly budget?: ReportBudget | undefined;
  /** The children aged 4 to 12 in the area in the earlier period, for `reachShare`. */
  readonly population?: ReportPopulation | undefined;
}

const BUDGET_IDS: readonly IndicatorId[] = ["costPerChild", "costPerContactHour"];
const POPULATION_IDS: readonly IndicatorId[] = ["reachShare"];

/**
 * The earlier period's results with its own extension figures: its own budget (given, or its part of
 * the budgets table), its own population (given). Where the report shows an extension figure whose
 * input the earlier period lacks, the figure is `null` there and a warning
 * `report.comparison.input-missing` says which input and which figures — never this period's input
 * in its place.
 *
 * @param input - the earlier period and its inputs
 * @param ids - the indicators the report shows
 * @returns the results to publish for the earlier period, and the warnings
 */
export function previousResults(input: ComparisonInput, ids: readonly IndicatorId[]): { results: IndicatorResults; warnings: ReportWarning[] } {
  const warnings: ReportWarning[] = [];
  const tableBudget = input.results["budget.total"];
  const budget = input.budget?.amount ?? (tableBudget !== undefined && tableBudget > 0 ? tableBudget : undefined);
  const population = input.population?.children4to12;
  let results = withExtensions(input.results, { budget, population });
  const missing = (what: "budget" | "population", affected: readonly IndicatorId[]): void => {
    const shown = affected.filter((id) => ids.includes(id));
    if (shown.length === 0) return;
    warnings.push({ code: "report.comparison.input-missing", severity: "warning", params: { input: what, indicators: shown, from: input.period.from, to: input.period.to } });
    results = { ...results, ...Object.fromEntries(shown.map((id) => [id, null])) };
  };
  if (budget === undefined) missing("budget", BUDGET_IDS);
  if (population === undefined) missing("population", POPULATION_IDS);
  return { results, warnings };
}

/** The first and last date of the data of either results, the widest of the two. */
export function spanOf(...spans: readonly (DataSpan | undefined)[]): DataSpan | undefined {
  let out: DataSpan | undefined;
  for (const s of spans) {
    if (s === undefined) continue;
    out = out === undefined ? s : { first: s.first < out.first ? s.first : out.first, last: s.last > out.last ? s.last : out.last };
  }
  return out;
}

/**
 * The comparison of a document with its earlier period, published with the earlier period's own
 * inputs; its warnings (a missing input, a partly covered earlier period) go to `warnings`.
 *
 * @param input - the earlier period, its results and inputs
 * @param doc - this period's document (its indicators, threshold, data span)
 * @param publish - disclosure control over results, as for this period
 * @param warnings - where the warnings go
 * @returns the comparison
 */
export function comparisonOf(input: ComparisonInput, doc: ReportDocument, publish: (results: IndicatorResults) => ReportIndicator[], warnings: ReportWarning[]): ReportComparison {
  const previous = previousResults(input, doc.indicators.map((i) => i.id as IndicatorId));
  warnings.push(...previous.warnings);
  const earlier: ReportDocument = {
    definitionsVersion: doc.definitionsVersion,
    period: { from: input.period.from, to: input.period.to },
    suppressionThreshold: doc.suppressionThreshold,
    indicators: publish(previous.results),
  };
  const comparison = compareReports(doc, earlier);
  const partly = partlyCoveredWarning(earlier.period, spanOf(input.results.dataSpan, doc.dataSpan), "previous");
  if (partly !== undefined) {
    warnings.push(partly);
    comparison.partlyCovered = true;
  }
  return comparison;
}

