// The rules of disclosure control that can hide a cell of a report, and the reader that
// secondary suppression must defeat: one who knows which rule hid each cell.

/**
 * The rules that can hide a cell of a report, in the order a report explains them:
 *
 * - `primary`: the cell is a count above 0 and below the threshold.
 * - `basis`: the cell (a median, a share) is computed from a count above 0 and below the threshold.
 * - `secondary`: the cell is hidden so that a primary cell of the same breakdown cannot be worked
 *   out from the total; its own value is at least the threshold.
 * - `group`: every non-zero row of the cell's breakdown (or of a part of it whose sum is shown) is
 *   hidden, and the rows do not say which of them are small: told apart, a small row could be
 *   worked out from the total (1 and 5 of 6). The cell may hold any number from 1.
 * - `part-of-whole`: the cell is part of a shown whole (new children of reach, accepted referrals
 *   of referrals …) and the rest of that whole is a count above 0 and below the threshold.
 * - `derived`: the cell is computed from, or moves with, a hidden cell (cost per child when reach
 *   is hidden, the age bands when the target group is hidden, the row "other neighbourhoods" that
 *   holds hidden rows).
 */
export const SUPPRESSION_RULES = ["primary", "basis", "secondary", "group", "part-of-whole", "derived"] as const;
/** A rule of disclosure control that hid a cell. */
export type SuppressionRule = (typeof SUPPRESSION_RULES)[number];

/** What a reader of a published group knows of one hidden cell: it lies in `lo..hi` (whole numbers). */
export interface HiddenBounds {
  readonly lo: number;
  readonly hi: number;
}

/**
 * Whether a reader who knows the sum of a group's hidden cells and the bounds of each could work out
 * some hidden cell exactly: with whole numbers, cell `i` lies in
 * `max(lo_i, sum − Σ_{j≠i} hi_j) .. min(hi_i, sum − Σ_{j≠i} lo_j)`, and it is given away when that
 * range holds one value (or none: bounds that do not fit the sum are treated as given away, so the
 * caller hides more).
 *
 * @param cells - the bounds of each hidden cell (`hi` may be `Infinity`)
 * @param sum - their sum, which the reader knows
 * @returns `true` when some hidden cell is determined
 * @example
 * pinned([{ lo: 1, hi: 4 }, { lo: 5, hi: 39 }], 6); // => true (1 and 5)
 * pinned([{ lo: 1, hi: 4 }, { lo: 5, hi: 29 }], 29); // => false
 */
export function pinned(cells: readonly HiddenBounds[], sum: number): boolean {
  if (cells.length === 0) return false;
  let sumLo = 0;
  let sumHi = 0;
  let unbounded = 0;
  for (const c of cells) {
    sumLo += c.lo;
    if (Number.isFinite(c.hi)) sumHi += c.hi;
    else unbounded++;
  }
  return cells.some((c) => {
    const finite = Number.isFinite(c.hi);
    const othersHi = unbounded - (finite ? 0 : 1) > 0 ? Number.POSITIVE_INFINITY : sumHi - (finite ? c.hi : 0);
    const lo = Math.max(c.lo, sum - othersHi);
    const hi = Math.min(c.hi, sum - (sumLo - c.lo));
    return lo >= hi;
  });
}
