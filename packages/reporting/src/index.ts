// The public face of @kinderwerk/reporting: every export is named here.

// --- document and renderers ---
export {
  DEFINITIONS_VERSION,
  DEFINITIONS_VERSIONS,
  ReportDocument,
  ReportTarget,
  ReportPeriod,
  ReportRegion,
  ReportOrganisation,
  ReportCatalogueRef,
  ReportIndicator,
  ScalarIndicator,
  BreakdownIndicator,
  BreakdownRow,
  ReportComparison,
  ComparisonEntry,
  ComparisonRow,
  ReportWarning,
  ReportBudget,
  ReportPopulation,
  ReportTrend,
  ReportTrendBucket,
  SuppressionRuleCode,
  DataSpan,
  parseReportDocument,
  isBreakdown,
  findIndicator,
  indicatorLabels,
  unitLabels,
  reportMessages,
  INDICATOR_IDS,
  trendLabels,
} from "./document/index.js";
export type { IndicatorId, IndicatorLabel } from "./document/index.js";
export { renderJson, renderCsv, renderMarkdown, renderHtml } from "./render/index.js";
export type { RenderOptions, RenderCsvOptions, RenderMarkdownOptions, RenderHtmlOptions } from "./render/index.js";

// --- indicators ---
export {
  Period,
  PERIOD_KINDS,
  periodOfYear,
  periodOfQuarter,
  periodOfMonth,
  periodOfSchoolYear,
  periodOfSchoolHoliday,
  customPeriod,
  parsePeriod,
  previousPeriod,
  inPeriod,
} from "./period/index.js";
export type { PeriodKind, HolidayLike } from "./period/index.js";
export { ReportFilter, normaliseFilter, isFiltering, matchesFilter } from "./filter/index.js";
export type { FilterableActivity } from "./filter/index.js";
export {
  ReportAccumulator,
  createReportAccumulator,
  reportAccumulatorFromJSON,
  DEFAULT_REGULARS_THRESHOLD,
} from "./accumulator/index.js";
export type { ReportAccumulatorOptions, RecordTable, ReportRecord, ReportRecords } from "./accumulator/index.js";
export { ReportState, STATE_FORMAT, STATE_VERSION, StateConfig, SessionFact, ActivityFact, ChildFact, AgeAnchor, SignalFact, ReferralFact } from "./accumulator/state.js";
export { V2State, StaffFact, StaffingFact, SignupFact, MeldcodeFact, BudgetFact, TargetFact } from "./accumulator/v2State.js";
export { withExtensions } from "./accumulator/result.js";
export { createIndicatorAccumulator } from "./accumulator/indicator.js";
export type { IndicatorAccumulator } from "./accumulator/indicator.js";
export type { IndicatorResults, ResultRow, ResultOptions, ResultTarget } from "./accumulator/result.js";
export { V2_TABLES } from "./accumulator/v2Store.js";
export { rowsOf } from "./indicators/rows.js";
export { indicatorDefinitions, CORE_INDICATOR_IDS } from "./indicators/index.js";
export { V2_INDICATOR_IDS } from "./indicators/groups.js";
export type { Basis, GroupResult, RawSums } from "./indicators/group.js";
export type { BudgetValues } from "./indicators/budget/budget.js";
export type { PopulationValues } from "./indicators/population/population.js";
export type { StaffValues } from "./indicators/staff/staff.js";
export type { ComparisonInput } from "./report/comparison.js";
export type { IndicatorDefinition, DisclosureRule } from "./indicators/index.js";

// --- the same results computed elsewhere (@kinderwerk/sql): one home for rounding, policies and
// the steps after the sums, so that every engine ends on the very numbers of result() ---
export { roundRatio, roundHalfAway } from "./_lib/round.js";
export { weeksIn } from "./_lib/weeks.js";
export { staffPolicyOf, missingTables, periodTargets, indicatorStanding } from "./accumulator/result.js";
export type { IndicatorPresence } from "./accumulator/result.js";
export { yearsBefore, microHours, MICRO_HOURS, staffValues } from "./indicators/staff/staff.js";
export type { StaffSums } from "./indicators/staff/staff.js";
export { budgetCents, budgetPart, budgetValues } from "./indicators/budget/budget.js";
export type { BudgetPart } from "./indicators/budget/budget.js";
export { areaPopulation, populationValues } from "./indicators/population/population.js";
export type { PopulationInputs } from "./indicators/population/population.js";
export { MELDCODE_ROWS } from "./indicators/meldcode/meldcode.js";
export { catalogueCodes } from "./indicators/rows.js";
export type { StaffPolicy } from "./indicators/facts.js";
export {
  DEFAULT_SUPPRESSION_THRESHOLD,
  isPrimarySuppressed,
  suppressCount,
  suppressBreakdown,
  hiddenBy,
  SUPPRESSION_RULES,
} from "./suppression/index.js";
export type { SuppressedCell, SuppressedRow, SuppressionRule } from "./suppression/index.js";
export { buildReport, publishIndicators } from "./report/index.js";
export type { BuildReportOptions } from "./report/index.js";
export type { ReportAudience } from "./report/version2.js";
export { compareReports } from "./compare/index.js";
export { trendBuckets, TREND_GRANULARITIES } from "./trend/buckets.js";
export type { TrendGranularity, TrendBucketSpan } from "./trend/buckets.js";
export type { TrendBucket, TrendResult } from "./trend/compute.js";
export { publishTrend } from "./trend/publish.js";

// --- capacity planning ---
export { planCapacity, formatCapacityPlan, binomialAtLeast, smallestPool, adultsNeeded, resolveRatioPolicy } from "./capacity/index.js";
export type {
  CapacityAssumptions,
  CapacityData,
  CapacityFigures,
  CapacityOptions,
  CapacityPlan,
  CapacitySignup,
  CapacityWeek,
  FormatCapacityOptions,
  PoolPolicy,
  PoolSize,
  RatioPolicy,
  ResolvedRatioPolicy,
} from "./capacity/index.js";
