// The values a report document is made of: dates, numbers, and the rules of a suppressed cell.
import * as z from "zod";
import { SUPPRESSION_RULES } from "../suppression/rules.js";

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A calendar date `YYYY-MM-DD` in a report document. */
export const ReportDate = z.string().regex(ISO_DATE);

/** A number in a report: finite, or `null` when suppressed or not computable. */
export const ReportNumber = z.number().refine((v) => Number.isFinite(v), { params: { kw: "value.type", expected: "number" } }).nullable();

/** A suppressed cell holds no value. */
export const suppressedMeansNull = (value: { value: number | null; suppressed: boolean }): boolean =>
  !value.suppressed || value.value === null;
/** The issue of a suppressed cell that holds a value. */
export const SUPPRESSED_HAS_VALUE = { params: { kw: "report.suppressed.value" }, path: ["value"] };
/** Only a suppressed cell names a rule. */
export const ruleOnlyWhenSuppressed = (v: { suppressed: boolean; suppressedBy?: string | undefined }): boolean => v.suppressedBy === undefined || v.suppressed;
/** The issue of a shown cell that names a rule. */
export const RULE_ON_SHOWN = { params: { kw: "report.suppressedBy.shown" }, path: ["suppressedBy"] };

/**
 * The rule that hid a suppressed cell: `primary` (a count above 0 and below the threshold), `basis`
 * (computed from such a count), `secondary` (hidden so that a primary cell cannot be worked out
 * from the total), `group` (a row of a breakdown whose rows above 0 are all hidden, large or small),
 * `part-of-whole` (the rest of a shown whole is a count below the threshold) or `derived` (computed
 * from, or moving with, a hidden cell). Only a `primary` cell is known to be below the threshold.
 *
 * @example
 * SuppressionRuleCode.parse("secondary"); // => "secondary"
 */
export const SuppressionRuleCode = z.enum(SUPPRESSION_RULES);
