// Private: exact sums of fractions with whole numerators (BigInt), for the euros of budget lines
// that fall in a period pro rata by days — the same cents in JS and in SQL, whatever the order.

/** Numerators by denominator: the sum of `numerator / denominator` over the entries. */
export type FractionSum = Map<number, bigint>;

const gcd = (a: bigint, b: bigint): bigint => {
  while (b !== 0n) [a, b] = [b, a % b];
  return a < 0n ? -a : a;
};

/**
 * Add `numerator / denominator` to a sum.
 *
 * @param sum - the sum
 * @param numerator - a whole number
 * @param denominator - a whole number ≥ 1
 */
export function addFraction(sum: FractionSum, numerator: bigint, denominator: number): void {
  sum.set(denominator, (sum.get(denominator) ?? 0n) + numerator);
}

/**
 * A sum as one fraction in lowest terms.
 *
 * @param sum - the sum
 * @returns numerator and denominator (1 for an empty sum)
 */
export function fractionOf(sum: FractionSum): { numerator: bigint; denominator: bigint } {
  let numerator = 0n;
  let denominator = 1n;
  for (const [den, num] of sum) {
    const d = BigInt(den);
    const common = (denominator / gcd(denominator, d)) * d;
    numerator = numerator * (common / denominator) + num * (common / d);
    denominator = common;
    const g = gcd(numerator, denominator);
    if (g > 1n) [numerator, denominator] = [numerator / g, denominator / g];
  }
  return { numerator, denominator };
}

/**
 * `numerator / (denominator · divisor)` rounded half away from zero to a whole number, exactly.
 *
 * @param sum - the sum (numerator ≥ 0)
 * @param divisor - a whole number ≥ 1 to divide by as well
 * @returns the whole number
 */
export function roundFraction(sum: FractionSum, divisor = 1): number {
  const { numerator, denominator } = fractionOf(sum);
  const den = denominator * BigInt(divisor);
  const sign = numerator < 0n ? -1n : 1n;
  const n = numerator * sign;
  return Number(sign * ((2n * n + den) / (2n * den)));
}
