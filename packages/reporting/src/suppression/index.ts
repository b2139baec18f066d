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
 * Secondary suppression inside one group of rows that add up to a published total: while the
 * suppressed rows of the group together hold less than the threshold, also suppress the smallest
 * non-zero row still shown (ties: the key that sorts first). Mutates `hidden`.
 *
 * @returns whether a row was added
 */
function protectGroup(rows: readonly ResultRow[], group: readonly number[], hidden: boolean[], threshold: number): boolean {
  let changed = false;
  for (;;) {
    let anyHidden = false;
    let hiddenSum = 0;
    for (const i of group) {
      if (hidden[i]) {
        anyHidden = true;
        hiddenSum += rows[i]!.value;
      }
    }
    if (!anyHidden || hiddenSum >= threshold) return changed;
    let pick = -1;
    for (const i of group) {
      const r = rows[i]!;
      if (hidden[i] || r.value === 0) continue;
      const p = pick < 0 ? undefined : rows[pick]!;
      if (p === undefined || r.value < p.value || (r.value === p.value && r.key < p.key)) pick = i;
    }
    if (pick < 0) return changed;
    hidden[pick] = true;
    changed = true;
  }
}

/**
 * Apply disclosure control to a breakdown: primary suppression of every row, and, when the rows add
 * up to a published total, secondary suppression so that no suppressed row can be recovered by
 * subtraction. `groups` names further sets of rows whose sum is published too (for the age bands:
 * the rows inside the target group, whose sum is `reach.targetGroup`, and the rows outside it);
 * secondary suppression runs over every group until nothing changes.
 *
 * @param rows - the unsuppressed rows
 * @param options - `threshold` (default 5), `additive` (rows add up to a shown total), `groups` (lists of keys)
 * @returns the published rows, in the same order
 * @example
 * suppressBreakdown([{ key: "girl", value: 30 }, { key: "boy", value: 27 }, { key: "other", value: 2 }], { additive: true });
 * // => girl 30 shown, boy 27 suppressed (secondary), other suppressed (primary)
 */
export function suppressBreakdown(
  rows: readonly ResultRow[],
  options: { readonly threshold?: number; readonly additive?: boolean; readonly groups?: readonly (readonly string[])[] } = {},
): SuppressedRow[] {
  const threshold = options.threshold ?? DEFAULT_SUPPRESSION_THRESHOLD;
  const hidden = rows.map((r) => isPrimarySuppressed(r.value, threshold));
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
