import * as z from "zod";
import type { Result } from "@kinderwerk/core";
import { fail, ok, toIssues } from "@kinderwerk/core";
import { ReportDate, ReportNumber, RULE_ON_SHOWN, ruleOnlyWhenSuppressed, SUPPRESSED_HAS_VALUE, suppressedMeansNull, SuppressionRuleCode } from "./cells.js";
import { ReportTrend } from "./trend.js";

export { SuppressionRuleCode } from "./cells.js";
export { ReportTrend, ReportTrendBucket } from "./trend.js";

/**
 * The version of the indicator definitions (INDICATORS.md) of a report of version 1 indicators
 * only; a report that shows any indicator of version 2 states 2 (see {@link DEFINITIONS_VERSIONS}).
 */
export const DEFINITIONS_VERSION = 1 as const;

/** The versions of the indicator definitions (INDICATORS.md) this package implements and reads. */
export const DEFINITIONS_VERSIONS = [1, 2] as const;

const ISO_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:\d{2})$/;

/**
 * The period a report covers: a closed range of calendar dates.
 *
 * @example
 * ReportPeriod.parse({ from: "2025-01-01", to: "2025-12-31" }); // => { from: "2025-01-01", to: "2025-12-31" }
 */
export const ReportPeriod = z
  .object({ from: ReportDate, to: ReportDate })
  .check((ctx) => {
    if (ctx.value.from > ctx.value.to) {
      ctx.issues.push({
        code: "custom",
        input: ctx.value,
        path: ["to"],
        params: { kw: "report.period.order", from: ctx.value.from, to: ctx.value.to },
        message: "period ends before it starts",
      });
    }
  });
/** The period a report covers: `{ from, to }`, both `YYYY-MM-DD`, `from <= to`. */
export type ReportPeriod = z.infer<typeof ReportPeriod>;

/**
 * One row of a breakdown: a code (age band, gender, neighbourhood, programme-line code, pillar code,
 * activity-kind code, signal category or destination) and its value. A suppressed row has
 * `value: null` and `suppressed: true`. An optional `label` names the code when the organisation
 * uses its own catalogue; renderers use it when they know no better label.
 *
 * @example
 * BreakdownRow.parse({ key: "under-4", value: null, suppressed: true }).suppressed; // => true
 */
export const BreakdownRow = z
  .object({
    key: z.string().min(1).max(200),
    value: ReportNumber,
    suppressed: z.boolean(),
    /** The rule that hid the row; on a suppressed row of a report built by this package. */
    suppressedBy: SuppressionRuleCode.optional(),
    label: z.object({ nl: z.string().max(200), en: z.string().max(200) }).optional(),
  })
  .refine(suppressedMeansNull, SUPPRESSED_HAS_VALUE)
  .refine(ruleOnlyWhenSuppressed, RULE_ON_SHOWN);
/** One row of a breakdown. */
export type BreakdownRow = z.infer<typeof BreakdownRow>;

/**
 * A scalar indicator in a report: its id (see INDICATORS.md), unit and value. A suppressed value is
 * `null` with `suppressed: true`; a value that cannot be computed (a mean over zero sessions) is
 * `null` with `suppressed: false`.
 *
 * @example
 * ScalarIndicator.parse({ id: "reach", unit: "children", value: 123, suppressed: false }).value; // => 123
 */
export const ScalarIndicator = z
  .object({
    id: z.string().min(1).max(100),
    unit: z.string().min(1).max(50),
    value: ReportNumber,
    suppressed: z.boolean(),
    /** The rule that hid the value; on a suppressed value of a report built by this package. */
    suppressedBy: SuppressionRuleCode.optional(),
  })
  .refine(suppressedMeansNull, SUPPRESSED_HAS_VALUE)
  .refine(ruleOnlyWhenSuppressed, RULE_ON_SHOWN);
/** A scalar indicator in a report. */
export type ScalarIndicator = z.infer<typeof ScalarIndicator>;

/**
 * A breakdown in a report: an indicator split by a code, one row per code. Rows with value 0 may be
 * left out.
 *
 * @example
 * BreakdownIndicator.parse({ id: "reach.byGender", unit: "children", rows: [{ key: "girl", value: 61, suppressed: false }] }).rows.length; // => 1
 */
export const BreakdownIndicator = z.object({
  id: z.string().min(1).max(100),
  unit: z.string().min(1).max(50),
  rows: z.array(BreakdownRow).max(10_000),
});
/** A breakdown in a report. */
export type BreakdownIndicator = z.infer<typeof BreakdownIndicator>;

/**
 * An indicator in a report: a scalar (`value`) or a breakdown (`rows`).
 *
 * @example
 * ReportIndicator.parse({ id: "sessions", unit: "count", value: 48, suppressed: false }); // a scalar
 */
export const ReportIndicator = z.union([BreakdownIndicator, ScalarIndicator]);
/** An indicator in a report: a scalar or a breakdown. */
export type ReportIndicator = ScalarIndicator | BreakdownIndicator;

/**
 * Whether an indicator of a report is a breakdown (has `rows`).
 *
 * @param indicator - a scalar or a breakdown
 * @returns `true` for a breakdown
 * @example
 * isBreakdown({ id: "reach", unit: "children", value: 1, suppressed: false }); // => false
 */
export function isBreakdown(indicator: ReportIndicator): indicator is BreakdownIndicator {
  return "rows" in indicator && Array.isArray(indicator.rows);
}

/**
 * The school-holiday regions of the Netherlands a report can name.
 *
 * @example
 * ReportRegion.parse("zuid"); // => "zuid"
 */
export const ReportRegion = z.enum(["noord", "midden", "zuid"]);
/** A school-holiday region: `noord`, `midden` or `zuid`. */
export type ReportRegion = z.infer<typeof ReportRegion>;

/**
 * The organisation a report is about. Only the organisation: never a child, never a staff member.
 *
 * @example
 * ReportOrganisation.parse({ name: "Stichting Kinderwerk Noord" }).name; // => "Stichting Kinderwerk Noord"
 */
export const ReportOrganisation = z.object({
  name: z.string().trim().min(1).max(200),
  id: z.string().max(100).optional(),
  municipality: z.string().max(200).optional(),
});
/** The organisation a report is about. */
export type ReportOrganisation = z.infer<typeof ReportOrganisation>;

/**
 * A catalogue a report used, by id and version (programme lines, pillars, signal categories,
 * referral destinations).
 *
 * @example
 * ReportCatalogueRef.parse({ kind: "pillars", id: "kinderwerk-pillars", version: "1" }).kind; // => "pillars"
 */
export const ReportCatalogueRef = z.object({
  kind: z.enum(["programmeLines", "pillars", "signalCategories", "referralDestinations"]),
  id: z.string().min(1).max(100),
  version: z.string().min(1).max(50),
});
/** A catalogue a report used. */
export type ReportCatalogueRef = z.infer<typeof ReportCatalogueRef>;

/**
 * The change of one breakdown row against the earlier period.
 *
 * @example
 * ComparisonRow.parse({ key: "girl", previous: 50, change: 11, percentChange: 22 }).change; // => 11
 */
export const ComparisonRow = z.object({
  key: z.string().min(1).max(200),
  previous: ReportNumber,
  change: ReportNumber,
  percentChange: ReportNumber,
  /** The rule that hid the row in the earlier period, when it was hidden. */
  previousSuppressedBy: SuppressionRuleCode.optional(),
});
/** The change of one breakdown row against the earlier period. */
export type ComparisonRow = z.infer<typeof ComparisonRow>;

/**
 * The change of one indicator against the earlier period. `previous` is the earlier value;
 * `change` is current minus previous; `percentChange` is `change / previous × 100`. Each is `null`
 * when a value involved is suppressed or it cannot be computed (previous 0).
 *
 * @example
 * ComparisonEntry.parse({ id: "reach", previous: 100, change: 23, percentChange: 23 }).percentChange; // => 23
 */
export const ComparisonEntry = z.object({
  id: z.string().min(1).max(100),
  previous: ReportNumber,
  change: ReportNumber,
  percentChange: ReportNumber,
  /** Whether the previous value was suppressed in the earlier period. */
  previousSuppressed: z.boolean().optional(),
  /** The rule that hid the previous value, when it was hidden. */
  previousSuppressedBy: SuppressionRuleCode.optional(),
  rows: z.array(ComparisonRow).max(10_000).optional(),
});
/** The change of one indicator against the earlier period. */
export type ComparisonEntry = z.infer<typeof ComparisonEntry>;

/**
 * The first and the last date of the data a report was computed from (the dates of its sessions,
 * inside the period or not). A period that runs well before the first or after the last is only
 * partly covered by the data (warning `report.period.partly-covered`).
 *
 * @example
 * DataSpan.parse({ first: "2024-09-02", last: "2025-12-19" }).first; // => "2024-09-02"
 */
export const DataSpan = z.object({ first: ReportDate, last: ReportDate });
/** The first and the last date of the data. */
export type DataSpan = z.infer<typeof DataSpan>;

/**
 * A comparison with an earlier period. `partlyCovered` is `true` when the data cover only part of
 * the earlier period, so that its changes say little (the document then carries the warning
 * `report.period.partly-covered` for it).
 *
 * @example
 * ReportComparison.parse({ period: { from: "2024-01-01", to: "2024-12-31" }, indicators: [] }).indicators; // => []
 */
export const ReportComparison = z.object({
  period: ReportPeriod,
  indicators: z.array(ComparisonEntry).max(1000),
  partlyCovered: z.boolean().optional(),
});
/** A comparison with an earlier period. */
export type ReportComparison = z.infer<typeof ReportComparison>;

/**
 * A warning a report carries, as an issue (code and params; the words come from a message table,
 * see {@link reportMessages}). Example: `report.rows-rejected` with `{ count: 3 }`.
 *
 * @example
 * ReportWarning.parse({ code: "report.rows-rejected", params: { count: 3 } }).code; // => "report.rows-rejected"
 */
export const ReportWarning = z.object({
  code: z.string().min(1).max(200),
  severity: z.enum(["error", "warning"]).optional(),
  path: z.array(z.union([z.string(), z.number()])).max(50).optional(),
  params: z
    .record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.null(), z.array(z.union([z.string(), z.number()]))]))
    .optional(),
});
/** A warning a report carries. */
export type ReportWarning = z.infer<typeof ReportWarning>;

/**
 * The budget figures of a report: the budget the indicators `costPerChild` and
 * `costPerContactHour` were computed from.
 *
 * @example
 * ReportBudget.parse({ amount: 120000, currency: "EUR" }).amount; // => 120000
 */
export const ReportBudget = z.object({
  amount: z.number().nonnegative(),
  currency: z.literal("EUR"),
  description: z.string().max(500).optional(),
});
/** The budget figures of a report. */
export type ReportBudget = z.infer<typeof ReportBudget>;

/**
 * The population of the area the indicator `reachShare` (bereikpercentage) was computed from:
 * the number of children aged 4 to 12 living in the area.
 *
 * @example
 * ReportPopulation.parse({ children4to12: 2400, source: "CBS 2025" }).children4to12; // => 2400
 */
export const ReportPopulation = z.object({
  children4to12: z.int().nonnegative(),
  source: z.string().max(500).optional(),
});
/** The population of the area of a report. */
export type ReportPopulation = z.infer<typeof ReportPopulation>;

/**
 * One agreed target set against its result (INDICATORS.md version 2, `targets`): the indicator, the
 * number agreed, the value realised as the report publishes it (`null` when suppressed or not a
 * scalar the report can show), and the percent realised, 1 decimal.
 *
 * @example
 * ReportTarget.parse({ indicator: "reach", target: 100, realised: 80, percent: 80, suppressed: false }).percent; // => 80
 */
export const ReportTarget = z.object({
  indicator: z.string().min(1).max(200),
  target: z.number().nonnegative(),
  realised: ReportNumber,
  percent: ReportNumber,
  /** Whether the realised value is suppressed. */
  suppressed: z.boolean(),
  /** The rule that hid the realised value. */
  suppressedBy: SuppressionRuleCode.optional(),
  from: ReportDate.optional(),
  to: ReportDate.optional(),
});
/** One agreed target set against its result. */
export type ReportTarget = z.infer<typeof ReportTarget>;

/**
 * The report document: what `kinderwerk report --format json` prints and what the renderers read
 * (INDICATORS.md, "The report document"). `definitionsVersion`, `period`, `suppressionThreshold`
 * and `indicators` are always there; the rest is optional. Fields may be added, never removed.
 *
 * - `generatedAt`: the generation time the caller passed in (ISO date-time), never read from a clock.
 * - `catalogues`: the catalogue ids and versions the report used.
 * - `comparison`: the change against an earlier period.
 * - `budget`, `population`: the inputs of the extension indicators `costPerChild`,
 *   `costPerContactHour` and `reachShare`.
 * - `regularsMinimum`: N of the `regulars` indicator.
 * - `warnings`: what the reader should know (`report.rows-rejected`, `report.table-missing` …).
 * - `targets`: agreed targets against results (definitions version 2).
 * - `trend`: attendances and reach per ISO week, month or quarter of the period.
 * - `dataSpan`: the first and last date of the data (see {@link DataSpan}).
 * - `suppressedBy` on a suppressed value: the rule that hid it (see {@link SuppressionRuleCode}).
 *
 * `definitionsVersion` is 1 for a report of version 1 indicators only, 2 when it shows any indicator
 * of INDICATORS.md version 2; both are read.
 *
 * @example
 * ReportDocument.parse({
 *   definitionsVersion: 1,
 *   period: { from: "2025-01-01", to: "2025-12-31" },
 *   suppressionThreshold: 5,
 *   indicators: [{ id: "reach", unit: "children", value: 123, suppressed: false }],
 * }).indicators.length; // => 1
 */
export const ReportDocument = z.object({
  definitionsVersion: z.union([z.literal(1), z.literal(2)]),
  period: ReportPeriod,
  suppressionThreshold: z.int().nonnegative().max(1000),
  indicators: z.array(ReportIndicator).max(1000),
  organisation: ReportOrganisation.optional(),
  region: ReportRegion.optional(),
  generatedAt: z.string().regex(ISO_DATE_TIME).optional(),
  catalogues: z.array(ReportCatalogueRef).max(20).optional(),
  regularsMinimum: z.int().min(1).max(1000).optional(),
  comparison: ReportComparison.optional(),
  budget: ReportBudget.optional(),
  population: ReportPopulation.optional(),
  warnings: z.array(ReportWarning).max(1000).optional(),
  /** Targets against results (definitions version 2), when the targets table came. */
  targets: z.array(ReportTarget).max(10_000).optional(),
  /** Attendances and reach per week, month or quarter of the period. */
  trend: ReportTrend.optional(),
  /** The first and last date of the data the report was computed from. */
  dataSpan: DataSpan.optional(),
});
/** The report document. */
export type ReportDocument = z.infer<typeof ReportDocument>;

/**
 * Validate a report document, for example one read back from `kinderwerk report --format json`.
 *
 * @param json - anything (a parsed JSON value)
 * @returns the document, or the issues that reject it (`report.suppressed.value` when a suppressed
 *   value is not `null`, `report.period.order` when the period ends before it starts)
 * @example
 * parseReportDocument({ definitionsVersion: 1, period: { from: "2025-01-01", to: "2025-12-31" }, suppressionThreshold: 5, indicators: [] }).ok; // => true
 * parseReportDocument({ definitionsVersion: 3 }).ok; // => false
 */
export function parseReportDocument(json: unknown): Result<ReportDocument> {
  const parsed = ReportDocument.safeParse(json, { reportInput: true });
  return parsed.success ? ok(parsed.data) : fail(toIssues(parsed.error.issues));
}

/**
 * Look an indicator of a document up by id.
 *
 * @param doc - the report document
 * @param id - the indicator id
 * @returns the indicator, or `undefined`
 * @example
 * findIndicator(doc, "reach"); // => { id: "reach", unit: "children", value: 123, suppressed: false }
 */
export function findIndicator(doc: ReportDocument, id: string): ReportIndicator | undefined {
  return doc.indicators.find((i) => i.id === id);
}

export { indicatorLabels, unitLabels, reportMessages, INDICATOR_IDS, trendLabels } from "./labels.js";
export type { IndicatorId, IndicatorLabel } from "./labels.js";
