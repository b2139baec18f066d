// Secondary suppression against a reader who reads `suppressedBy`, checked by enumeration: for random
// breakdowns the reader works out, for each hidden row, every value the total, the rows shown and
// the rules leave it — by counting, not by the range arithmetic the suppression itself uses.
import * as fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { SuppressedRow } from "./index.js";
import { suppressBreakdown } from "./index.js";

/** The sums a list of whole-number ranges can reach, as a set (up to `cap`). */
function reachable(ranges: readonly (readonly [number, number])[], cap: number): Set<number> {
  let sums = new Set([0]);
  for (const [lo, hi] of ranges) {
    const next = new Set<number>();
    for (const s of sums) for (let v = lo; v <= hi && s + v <= cap; v++) next.add(s + v);
    sums = next;
  }
  return sums;
}

/**
 * What the reader knows of each hidden row: a primary row is 1..t−1; a secondary row was not
 * primary and was the smallest row shown when it was hidden (ties went with it), so t..S−1 with S
 * the smallest row above 0 still shown; a `group` row anything from 1.
 */
function rangeOf(row: SuppressedRow, t: number, smallestShown: number, total: number): [number, number] {
  if (row.suppressedBy === "primary") return [1, t - 1];
  if (row.suppressedBy === "secondary") return [t, Math.min(total, smallestShown - 1)];
  return [1, total];
}

/** For each hidden row, the values the reader cannot rule out. */
function possibleValues(published: readonly SuppressedRow[], total: number, t: number): Map<string, number[]> {
  const shown = published.filter((r) => !r.suppressed);
  const smallest = Math.min(Number.POSITIVE_INFINITY, ...shown.map((r) => r.value ?? 0).filter((v) => v > 0));
  const hiddenSum = total - shown.reduce((a, r) => a + (r.value ?? 0), 0);
  const hidden = published.filter((r) => r.suppressed);
  const out = new Map<string, number[]>();
  hidden.forEach((row, i) => {
    const others = hidden.filter((_, j) => j !== i).map((r) => rangeOf(r, t, smallest, total));
    const sums = reachable(others, hiddenSum);
    const [lo, hi] = rangeOf(row, t, smallest, total);
    const values: number[] = [];
    for (let v = lo; v <= hi; v++) if (sums.has(hiddenSum - v)) values.push(v);
    out.set(row.key, values);
  });
  return out;
}

describe("secondary suppression against a reader of suppressedBy (property)", () => {
  it("leaves every hidden row of a breakdown with more than one possible value, its true value among them", () => {
    fc.assert(
      fc.property(fc.integer({ min: 2, max: 10 }), fc.array(fc.integer({ min: 0, max: 30 }), { minLength: 2, maxLength: 7 }), (t, values) => {
        const total = values.reduce((a, b) => a + b, 0);
        fc.pre(total === 0 || total >= t); // a total below the threshold is itself suppressed
        const rows = values.map((value, i) => ({ key: `r${i}`, value }));
        const published = suppressBreakdown(rows, { threshold: t, additive: true });
        const possible = possibleValues(published, total, t);
        const nothingShown = published.every((r) => r.suppressed || r.value === 0);
        for (const [key, options] of possible) {
          const truth = rows.find((r) => r.key === key)!.value;
          // The reader's knowledge is true knowledge: the real value is among the possible ones.
          expect(options, key).toContain(truth);
          // The one thing no rule can hide while the total is shown: every row above 0 hidden, each 1.
          const allOnes = nothingShown && [...possible.keys()].every((k) => rows.find((r) => r.key === k)!.value === 1);
          if (!allOnes) expect(options.length, `${key} of ${JSON.stringify(values)}, t=${t}`).toBeGreaterThan(1);
        }
      }),
      { numRuns: 3000, seed: 20251208 },
    );
  });
});
