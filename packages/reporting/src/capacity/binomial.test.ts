import { describe, expect, it } from "vitest";
import { binomialAtLeast, smallestPool } from "./binomial.js";

/** P(X ≥ k) straight from the definition, for small n: Σ C(n, i) pⁱ (1 − p)ⁿ⁻ⁱ. */
function direct(n: number, p: number, k: number): number {
  let total = 0;
  for (let i = Math.max(0, k); i <= n; i++) {
    let choose = 1;
    for (let j = 1; j <= i; j++) choose = (choose * (n - i + j)) / j;
    total += choose * p ** i * (1 - p) ** (n - i);
  }
  return total;
}

describe("binomialAtLeast", () => {
  it("gives the hand-computed tails", () => {
    expect(binomialAtLeast(3, 0.5, 1)).toBeCloseTo(7 / 8, 12);
    expect(binomialAtLeast(5, 0.5, 2)).toBeCloseTo(1 - 6 / 32, 12);
    expect(binomialAtLeast(4, 0.25, 4)).toBeCloseTo(1 / 256, 12);
  });

  it("is 1 when nobody is needed and 0 when more are needed than the pool has", () => {
    expect(binomialAtLeast(10, 0.3, 0)).toBe(1);
    expect(binomialAtLeast(2, 0.5, 3)).toBe(0);
    expect(binomialAtLeast(0, 0.5, 1)).toBe(0);
  });

  it("handles certain and impossible availability", () => {
    expect(binomialAtLeast(3, 1, 3)).toBe(1);
    expect(binomialAtLeast(3, 0, 1)).toBe(0);
  });

  it("agrees with the definition for every small pool", () => {
    for (const p of [0.05, 0.3, 0.5, 0.77, 0.95]) {
      for (let n = 0; n <= 25; n++) {
        for (let k = 0; k <= n + 1; k++) expect(binomialAtLeast(n, p, k)).toBeCloseTo(direct(n, p, k), 10);
      }
    }
  });

  it("does not underflow for a large pool", () => {
    // P(X ≥ 500) for X ~ Bin(1000, 0.5) = 0.5 + P(X = 500) / 2 ≈ 0.512612.
    expect(binomialAtLeast(1000, 0.5, 500)).toBeCloseTo(0.512612, 5);
    expect(binomialAtLeast(1000, 0.9, 850)).toBeGreaterThan(0.99999);
  });
});

describe("smallestPool", () => {
  it("finds the smallest pool by hand: one member short on every session", () => {
    // 1 − 0.5ⁿ ≥ 0.9 first holds at n = 4 (0.9375; n = 3 gives 0.875).
    const pool = smallestPool([1, 1, 1], 0.5, 0.9, 100);
    expect(pool).toMatchObject({ size: 4, reached: true });
    expect(pool.coverage).toBeCloseTo(0.9375, 12);
  });

  it("finds the smallest pool by hand: two members short", () => {
    // 1 − (n + 1) / 2ⁿ: 0.8906 at n = 6, 0.9375 at n = 7.
    expect(smallestPool([2, 2], 0.5, 0.9, 100)).toMatchObject({ size: 7, reached: true });
    expect(smallestPool([2, 2], 0.5, 0.9, 100).coverage).toBeCloseTo(0.9375, 12);
  });

  it("counts sessions without a shortfall as covered", () => {
    // (1 + (1 − 0.5ⁿ)) / 2 ≥ 0.9 ⇔ 0.5ⁿ ≤ 0.2: n = 3.
    expect(smallestPool([0, 1], 0.5, 0.9, 100)).toMatchObject({ size: 3, reached: true });
    expect(smallestPool([0, 0], 0.5, 1, 100)).toEqual({ size: 0, coverage: 1, reached: true });
    expect(smallestPool([], 0.5, 1, 100)).toEqual({ size: 0, coverage: 1, reached: true });
  });

  it("says so when no pool up to the limit reaches the target", () => {
    expect(smallestPool([1], 0, 0.5, 20)).toEqual({ size: 20, coverage: 0, reached: false });
  });
});
