import type { ResultRow } from "../accumulator/result.js";
import type { HiddenBounds, SuppressionRule } from "./rules.js";
import { pinned, SUPPRESSION_RULES } from "./rules.js";

export { SUPPRESSION_RULES };
export type { SuppressionRule };

/** The default suppression threshold: counts 1 to 4 are not published. */
export const DEFAULT_SUPPRESSION_THRESHOLD = 5;

/** A count after disclosure control: `value` is `null` when `suppressed`, and `suppressedBy` names the rule that hid it. */
export interface SuppressedCell {
  /** The value, or `null` when suppressed. */
  readonly value: number | null;
  /** Whether the value is withheld. */
  readonly suppressed: boolean;
  /** The rule that hid the value (see {@link SUPPRESSION_RULES}); only on a suppressed cell. */
  readonly suppressedBy?: SuppressionRule | undefined;
}

/** A breakdown row after disclosure control. */
export interface SuppressedRow extends SuppressedCell {
  /** The row's code. */
  readonly key: string;
}

/**
 * A suppressed cell hidden by a rule.
 *
 * @param rule - the rule that hid it
 * @returns `{ value: null, suppressed: true, suppressedBy: rule }`
 * @example
 * hiddenBy("secondary"); // => { value: null, suppressed: true, suppressedBy: "secondary" }
 */
export function hiddenBy(rule: SuppressionRule): { value: null; suppressed: true; suppressedBy: SuppressionRule } {
  return { value: null, suppressed: true, suppressedBy: rule };
}

/**
 * Whether a count is suppressed by the primary rule: greater than 0 and below the threshold
 * (a threshold of 0 disables suppression).
 *
 * @param value - the count
 * @param threshold - the threshold, default 5
 * @returns `true` when the count must not be published
 * @example
 * isPrimarySuppressed(3, 5); // => true
 * isPrimarySuppressed(0, 5); // => false
 */
export function isPrimarySuppressed(value: number, threshold: number = DEFAULT_SUPPRESSION_THRESHOLD): boolean {
  return threshold > 0 && value > 0 && value < threshold;
}

/**
 * Suppress one count by the primary rule.
 *
 * @param value - the count
 * @param threshold - the threshold, default 5
 * @returns the published cell
 * @example
 * suppressCount(3); // => { value: null, suppressed: true, suppressedBy: "primary" }
 * suppressCount(12); // => { value: 12, suppressed: false }
 */
export function suppressCount(value: number, threshold: number = DEFAULT_SUPPRESSION_THRESHOLD): SuppressedCell {
  return isPrimarySuppressed(value, threshold) ? hiddenBy("primary") : { value, suppressed: false };
}

/** The rule that hid each row of a breakdown, `undefined` for a row shown. */
type Rules = (SuppressionRule | undefined)[];

/** The smallest non-zero value still shown in a group, `Infinity` when there is none. */
function smallestShown(rows: readonly ResultRow[], group: readonly number[], rules: Rules): number {
  let smallest = Number.POSITIVE_INFINITY;
  for (const i of group) {
    const v = rows[i]!.value;
    if (rules[i] === undefined && v > 0 && v < smallest) smallest = v;
  }
  return smallest;
}

/**
 * What a reader who knows the rules knows of each hidden row of a group: a primary row lies in
 * 1..threshold − 1; a secondary row was not primary, so it is at least the threshold, and it was the
 * smallest row still shown of a group it belongs to when it was hidden (ties hidden together), so it
 * lies below the smallest row still shown of that group — of the groups it belongs to, the reader
 * cannot tell which, so the largest of those bounds.
 */
function boundsOf(rows: readonly ResultRow[], groups: readonly (readonly number[])[], group: readonly number[], rules: Rules, threshold: number): HiddenBounds[] {
  const smallest = groups.map((g) => smallestShown(rows, g, rules));
  const bounds: HiddenBounds[] = [];
  for (const i of group) {
    if (rules[i] === "primary") bounds.push({ lo: 1, hi: threshold - 1 });
    else if (rules[i] === "group") bounds.push({ lo: 1, hi: Number.POSITIVE_INFINITY });
    else if (rules[i] !== undefined) {
      let hi = Number.NEGATIVE_INFINITY;
      groups.forEach((g, k) => {
        if (g.includes(i)) hi = Math.max(hi, smallest[k]! - 1);
      });
      bounds.push({ lo: threshold, hi });
    }
  }
  return bounds;
}

/**
 * Secondary suppression inside one group of rows that add up to a published total: while the
 * suppressed rows of the group together hold less than the threshold (the rule of INDICATORS.md),
 * or while a reader who knows the group's sum and which rule hid each row could still work one out
 * exactly (see {@link boundsOf} and {@link pinned}), also suppress the smallest non-zero row still
 * shown, together with every shown row of the same value (so the key order reveals nothing).
 * Mutates `rules`.
 *
 * @returns whether a row was added
 */
function protectGroup(rows: readonly ResultRow[], groups: readonly (readonly number[])[], group: readonly number[], rules: Rules, threshold: number): boolean {
  let changed = false;
  for (;;) {
    let hiddenSum = 0;
    let n = 0;
    for (const i of group) {
      if (rules[i] === undefined) continue;
      n++;
      hiddenSum += rows[i]!.value;
    }
    const smallest = smallestShown(rows, group, rules);
    if (n === 0 || !Number.isFinite(smallest)) return changed;
    if (hiddenSum >= threshold && !pinned(boundsOf(rows, groups, group, rules, threshold), hiddenSum)) return changed;
    for (const i of group) if (rules[i] === undefined && rows[i]!.value === smallest) rules[i] = "secondary";
    changed = true;
  }
}

/**
 * Apply disclosure control to a breakdown: primary suppression of every row, and, when the rows add
 * up to a published total, secondary suppression so that no suppressed row can be recovered by
 * subtraction — also by a reader who knows which rows are primary and which secondary (each hidden
 * row says its rule in `suppressedBy`). `groups` names further sets of rows whose sum is published
 * too (for the age bands: the rows inside the target group, whose sum is `reach.targetGroup`, and
 * the rows outside it); secondary suppression runs over every group until nothing changes.
 * `hidden` names rows that are suppressed from the start for another reason (they would reveal a
 * suppressed count elsewhere; rule `derived`); secondary suppression protects them like the rows
 * suppressed by the primary rule.
 *
 * @param rows - the unsuppressed rows
 * @param options - `threshold` (default 5), `additive` (rows add up to a shown total), `groups` (lists of keys), `hidden` (keys suppressed from the start)
 * @returns the published rows, in the same order
 * @example
 * suppressBreakdown([{ key: "girl", value: 30 }, { key: "boy", value: 27 }, { key: "other", value: 2 }], { additive: true });
 * // => girl 30 shown, boy 27 suppressed (suppressedBy "secondary"), other suppressed ("primary")
 */
export function suppressBreakdown(
  rows: readonly ResultRow[],
  options: { readonly threshold?: number; readonly additive?: boolean; readonly groups?: readonly (readonly string[])[]; readonly hidden?: readonly string[] } = {},
): SuppressedRow[] {
  const threshold = options.threshold ?? DEFAULT_SUPPRESSION_THRESHOLD;
  const rules: Rules = rows.map((r) => (isPrimarySuppressed(r.value, threshold) ? "primary" : (options.hidden?.includes(r.key) ?? false) ? "derived" : undefined));
  if (threshold > 0 && options.additive) {
    const all = rows.map((_, i) => i);
    const groups = [all, ...(options.groups ?? []).map((keys) => all.filter((i) => keys.includes(rows[i]!.key)))];
    let changed = true;
    while (changed) {
      changed = false;
      for (const g of groups) if (protectGroup(rows, groups, g, rules, threshold)) changed = true;
    }
    // With nothing left to hide, telling primary from secondary rows could give them away (1 and 5
    // of 6; 4 and 4 of 8): where a group shows no non-zero row, its hidden rows say `group`. Whether
    // a group shows a non-zero row is published, so the choice of words reveals nothing more.
    for (const g of groups) if (!Number.isFinite(smallestShown(rows, g, rules))) for (const i of g) if (rules[i] !== undefined) rules[i] = "group";
  }
  return rows.map((r, i) => {
    const rule = rules[i];
    return rule === undefined ? { key: r.key, value: r.value, suppressed: false } : { key: r.key, ...hiddenBy(rule) };
  });
}

/**
 * Whether the suppressed rows of one group of a published breakdown could be worked out exactly by
 * a reader who knows the group's sum and the rule that hid each row (`suppressedBy`): the group has
 * suppressed rows of which one is determined, or they hold less than the threshold together. Use it
 * to decide whether the group's sum may be published next to the breakdown.
 *
 * @param rows - the unsuppressed rows
 * @param published - the same rows after {@link suppressBreakdown}
 * @param keys - the keys of the group
 * @param threshold - the threshold, default 5
 * @returns `true` when publishing the group's sum would reveal a suppressed row
 * @example
 * const rows = [{ key: "4-6", value: 3 }, { key: "under-4", value: 9 }];
 * isGroupRecoverable(rows, suppressBreakdown(rows, { additive: true }), ["4-6"]); // => true
 */
export function isGroupRecoverable(
  rows: readonly ResultRow[],
  published: readonly SuppressedRow[],
  keys: readonly string[],
  threshold: number = DEFAULT_SUPPRESSION_THRESHOLD,
): boolean {
  if (threshold <= 0) return false;
  const group = rows.map((_, i) => i).filter((i) => keys.includes(rows[i]!.key));
  // A hidden row without a rule is taken as secondary: the wider bound.
  const rules: Rules = rows.map((_, i) => (published[i]?.suppressed ? (published[i]!.suppressedBy ?? "secondary") : undefined));
  let n = 0;
  let sum = 0;
  for (const i of group) {
    if (rules[i] === undefined) continue;
    n++;
    sum += rows[i]!.value;
  }
  return n > 0 && (sum < threshold || pinned(boundsOf(rows, [group], group, rules, threshold), sum));
}
