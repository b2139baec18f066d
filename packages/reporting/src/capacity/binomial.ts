// The exact binomial tail, and the smallest on-call pool it gives.

/**
 * The probability that at least `k` of `n` independent members turn up, each with probability
 * `p`: P(X ≥ k) for X ~ Binomial(n, p), summed exactly over the probability mass function (in log
 * space, so a large pool never underflows).
 *
 * @param n - pool size, a whole number ≥ 0
 * @param p - the chance that one member is available, 0..1
 * @param k - members needed, a whole number
 * @returns P(X ≥ k), 0..1
 * @example
 * binomialAtLeast(3, 0.5, 1); // => 0.875
 */
export function binomialAtLeast(n: number, p: number, k: number): number {
  if (k <= 0) return 1;
  if (k > n) return 0;
  if (p <= 0) return 0;
  if (p >= 1) return 1;
  // log P(X = i), from i = 0 upwards: log C(n, i) + i·log p + (n − i)·log(1 − p).
  const logRatio = Math.log(p) - Math.log1p(-p);
  const logs: number[] = new Array<number>(n + 1);
  let log = n * Math.log1p(-p);
  for (let i = 0; i <= n; i++) {
    logs[i] = log;
    log += Math.log((n - i) / (i + 1)) + logRatio;
  }
  const max = Math.max(...logs);
  let all = 0;
  let tail = 0;
  for (let i = 0; i <= n; i++) {
    const mass = Math.exp(logs[i]! - max);
    all += mass;
    if (i >= k) tail += mass;
  }
  return Math.min(1, tail / all);
}

/** The answer of {@link smallestPool}. */
export interface PoolSize {
  /** The smallest pool size that reaches the coverage, or the largest size tried when none does. */
  readonly size: number;
  /** The expected share of sessions whose shortfall that pool covers, 0..1. */
  readonly coverage: number;
  /** Whether `coverage` reaches the target. */
  readonly reached: boolean;
}

/**
 * The smallest pool of on-call members, each available with probability `p`, whose expected share
 * of covered sessions reaches `target`: the mean over sessions of P(X ≥ shortfall). A session with
 * no shortfall is always covered. The share grows with the pool, so the first size that reaches
 * the target is the smallest.
 *
 * @param shortfalls - per session, the adults missing (whole numbers ≥ 0)
 * @param p - the chance that one member is available, 0..1
 * @param target - the share of sessions to cover, 0..1
 * @param maxSize - the largest pool to consider
 * @returns the pool size, its coverage and whether it reaches the target
 * @example
 * smallestPool([1, 1, 1], 0.5, 0.9); // => { size: 4, coverage: 0.9375, reached: true }
 */
export function smallestPool(shortfalls: readonly number[], p: number, target: number, maxSize: number): PoolSize {
  // Sessions with the same shortfall share one tail probability.
  const counts = new Map<number, number>();
  for (const k of shortfalls) counts.set(k, (counts.get(k) ?? 0) + 1);
  const total = shortfalls.length;
  const coverageOf = (n: number): number => {
    if (total === 0) return 1;
    let covered = 0;
    for (const [k, count] of counts) covered += count * binomialAtLeast(n, p, k);
    return covered / total;
  };
  let coverage = 0;
  for (let n = 0; n <= maxSize; n++) {
    coverage = coverageOf(n);
    // A hair of tolerance, so that a share that is exactly the target in real numbers counts.
    if (coverage >= target - 1e-12) return { size: n, coverage, reached: true };
  }
  return { size: maxSize, coverage, reached: false };
}
