import type { ResultRow } from "../accumulator/result.js";

/** The default suppression threshold: counts 1 to 4 are not published. */
export const DEFAULT_SUPPRESSION_THRESHOLD = 5;

/** A count after disclosure control: `value` is `null` when `suppressed`. */
export interface SuppressedCell {
  /** The value, or `null` when suppressed. */
  readonly value: number | null;
  /** Whether the value is withheld. */
  readonly suppressed: boolean;
}

/** A breakdown row after disclosure control. */
export interface SuppressedRow extends SuppressedCell {
  /** The row's code. */
  readonly key: string;
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
 * suppressCount(3); // => { value: null, suppressed: true }
 * suppressCount(12); // => { value: 12, suppressed: false }
 */
export function suppressCount(value: number, threshold: number = DEFAULT_SUPPRESSION_THRESHOLD): SuppressedCell {
  return isPrimarySuppressed(value, threshold) ? { value: null, suppressed: true } : { value, suppressed: false };
}

/**
 * Whether a reader of the published group could still work out a suppressed row exactly. The reader
 * knows the number `n` of suppressed rows in the group, their sum `sum` (the total minus the rows
 * shown), that each of them is at least 1, and that each is below the threshold (primary) or below
 * the smallest non-zero row still shown (secondary: ties are suppressed together, so a secondary
 * row is smaller than every row left shown). So every suppressed row lies in 1..`upper`, with
 * `upper` = max(threshold − 1, smallest shown − 1); the rows are determined when there is one row,
 * when they are all 1 (`sum` ≤ `n`) or when they are all at `upper` (`sum` ≥ `n` × `upper`).
 */
function determinable(n: number, sum: number, smallestShown: number, threshold: number): boolean {
  if (n === 1 || sum <= n) return true;
  if (!Number.isFinite(smallestShown)) return false;
  const upper = Math.max(threshold - 1, smallestShown - 1);
  return sum >= n * upper;
}

/**
 * Secondary suppression inside one group of rows that add up to a published total: while the
 * suppressed rows of the group together hold less than the threshold (the rule of INDICATORS.md),
 * or while they could still be worked out exactly (see {@link determinable}), also suppress the
 * smallest non-zero row still shown, together with every shown row of the same value (so the key
 * order reveals nothing). Mutates `hidden`.
 *
 * @returns whether a row was added
 */
function protectGroup(rows: readonly ResultRow[], group: readonly number[], hidden: boolean[], threshold: number): boolean {
  let changed = false;
  for (;;) {
    let n = 0;
    let hiddenSum = 0;
    let smallest = Number.POSITIVE_INFINITY;
    for (const i of group) {
      const v = rows[i]!.value;
      if (hidden[i]) {
        n++;
        hiddenSum += v;
      } else if (v > 0 && v < smallest) smallest = v;
    }
    if (n === 0 || !Number.isFinite(smallest)) return changed;
    if (hiddenSum >= threshold && !determinable(n, hiddenSum, smallest, threshold)) return changed;
    for (const i of group) if (!hidden[i] && rows[i]!.value === smallest) hidden[i] = true;
    changed = true;
  }
}

/**
 * Apply disclosure control to a breakdown: primary suppression of every row, and, when the rows add
 * up to a published total, secondary suppression so that no suppressed row can be recovered by
 * subtraction. `groups` names further sets of rows whose sum is published too (for the age bands:
 * the rows inside the target group, whose sum is `reach.targetGroup`, and the rows outside it);
 * secondary suppression runs over every group until nothing changes. `hidden` names rows that are
 * suppressed from the start for another reason (they would reveal a suppressed count elsewhere);
 * secondary suppression protects them like the rows suppressed by the primary rule.
 *
 * @param rows - the unsuppressed rows
 * @param options - `threshold` (default 5), `additive` (rows add up to a shown total), `groups` (lists of keys), `hidden` (keys suppressed from the start)
 * @returns the published rows, in the same order
 * @example
 * suppressBreakdown([{ key: "girl", value: 30 }, { key: "boy", value: 27 }, { key: "other", value: 2 }], { additive: true });
 * // => girl 30 shown, boy 27 suppressed (secondary), other suppressed (primary)
 */
export function suppressBreakdown(
  rows: readonly ResultRow[],
  options: { readonly threshold?: number; readonly additive?: boolean; readonly groups?: readonly (readonly string[])[]; readonly hidden?: readonly string[] } = {},
): SuppressedRow[] {
  const threshold = options.threshold ?? DEFAULT_SUPPRESSION_THRESHOLD;
  const hidden = rows.map((r) => isPrimarySuppressed(r.value, threshold) || (options.hidden?.includes(r.key) ?? false));
  if (threshold > 0 && options.additive) {
    const all = rows.map((_, i) => i);
    const groups = [all, ...(options.groups ?? []).map((keys) => all.filter((i) => keys.includes(rows[i]!.key)))];
    let changed = true;
    while (changed) {
      changed = false;
      for (const g of groups) if (protectGroup(rows, g, hidden, threshold)) changed = true;
    }
  }
  return rows.map((r, i) => (hidden[i] ? { key: r.key, value: null, suppressed: true } : { key: r.key, value: r.value, suppressed: false }));
}

/**
 * Whether the suppressed rows of one group of a published breakdown could be worked out exactly by
 * a reader who knows the group's sum: the group has suppressed rows that are determined (one row,
 * all 1, or all at their largest possible value) or hold less than the threshold together. Use it
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
  let n = 0;
  let sum = 0;
  let smallest = Number.POSITIVE_INFINITY;
  rows.forEach((r, i) => {
    if (!keys.includes(r.key)) return;
    if (published[i]?.suppressed) {
      n++;
      sum += r.value;
    } else if (r.value > 0 && r.value < smallest) smallest = r.value;
  });
  return n > 0 && (sum < threshold || determinable(n, sum, smallest, threshold));
}
