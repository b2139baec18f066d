// The trend section of a report document: attendances and reach per week, month or quarter.
import * as z from "zod";
import { ReportDate, ReportNumber, RULE_ON_SHOWN, ruleOnlyWhenSuppressed, SUPPRESSED_HAS_VALUE, suppressedMeansNull, SuppressionRuleCode } from "./cells.js";

/** A count of a trend bucket after disclosure control: `value` is `null` when `suppressed`. */
const TrendCell = z.object({ value: ReportNumber, suppressed: z.boolean(), suppressedBy: SuppressionRuleCode.optional() }).refine(suppressedMeansNull, SUPPRESSED_HAS_VALUE)
  .refine(ruleOnlyWhenSuppressed, RULE_ON_SHOWN);

/**
 * One bucket of the trend: its key (`2025-W01`, `2025-03`, `2025-Q1`), its days inside the period,
 * whether the period holds only part of it, and its counted attendances and reach (distinct
 * children), each published under disclosure control.
 *
 * @example
 * ReportTrendBucket.parse({ key: "2025-01", from: "2025-01-15", to: "2025-01-31", partial: true,
 *   attendances: { value: 40, suppressed: false }, reach: { value: null, suppressed: true } }).partial; // => true
 */
export const ReportTrendBucket = z.object({
  key: z.string().min(1).max(20),
  from: ReportDate,
  to: ReportDate,
  partial: z.boolean(),
  attendances: TrendCell,
  reach: TrendCell,
});
/** One bucket of the trend. */
export type ReportTrendBucket = z.infer<typeof ReportTrendBucket>;

/**
 * The trend of a report: attendances and reach per ISO week, calendar month or calendar quarter of
 * the period, every bucket the period touches in date order (zeros included).
 *
 * @example
 * ReportTrend.parse({ granularity: "month", buckets: [] }).granularity; // => "month"
 */
export const ReportTrend = z.object({
  granularity: z.enum(["week", "month", "quarter"]),
  buckets: z.array(ReportTrendBucket).max(10_000),
});
/** The trend of a report. */
export type ReportTrend = z.infer<typeof ReportTrend>;
