// Private rounding: half away from zero, applied only when a result is produced.

/**
 * `numerator / denominator` rounded half away from zero to `decimals` places, exact for integer
 * inputs below 2^53 / 10^decimals.
 */
export function roundRatio(numerator: number, denominator: number, decimals: number): number {
  const scale = 10 ** decimals;
  if (Number.isInteger(numerator) && Number.isInteger(denominator) && Math.abs(numerator * scale * 2) < Number.MAX_SAFE_INTEGER) {
    const sign = Math.sign(numerator) * Math.sign(denominator);
    const n = Math.abs(numerator) * scale;
    const d = Math.abs(denominator);
    return (sign * Math.floor((2 * n + d) / (2 * d))) / scale || 0;
  }
  return roundHalfAway(numerator / denominator, decimals);
}

/** A number rounded half away from zero to `decimals` places (guarding against binary noise such as 1.005). */
export function roundHalfAway(value: number, decimals: number): number {
  const scale = 10 ** decimals;
  const scaled = Number((Math.abs(value) * scale).toPrecision(15));
  return (Math.sign(value) * Math.round(scaled)) / scale || 0;
}
