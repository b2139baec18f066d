// Private age arithmetic for reporting ages and age bands, on dates as UTC day numbers (core).
import type { AgeBand } from "@kinderwerk/core";
import { datePartsOfDayNumber, readDayNumber } from "@kinderwerk/core";

/** "No day": below every UTC day number, so it fits an `Int32Array` and loses every `Math.max`. */
export const NO_DAY = -2147483648;

/** The target group of INDICATORS.md: reporting ages 4..12. */
const TARGET_MIN = 4;
const TARGET_MAX = 12;

/**
 * The age bands a report counts in, ready for the hot path: each band's key by whole age, the keys in
 * report order (the bands, then `under-N`, `over-M`, `unknown`), the rank of each key (bands only grow
 * with age, so ranks order a child's bands over time) and the keys inside the target group.
 */
export interface AgeScheme {
  /** The bands as `[key, minAge, maxAge]`, ascending. */
  readonly bands: readonly (readonly [string, number, number])[];
  /** Every key in report order. */
  readonly keys: readonly string[];
  /** The keys whose ages lie inside the target group 4..12. */
  readonly target: ReadonlySet<string>;
  /** The keys whose ages lie outside it, `unknown` included. */
  readonly outside: readonly string[];
  /** The rank of a key by age, youngest first (`unknown`, before birth, ranks first). */
  readonly rank: ReadonlyMap<string, number>;
  /** The key of an age (or `unknown`). */
  bandOfAge(age: number | undefined): string;
}

/**
 * Make the scheme of a set of age bands (already valid by core's `AgeBands`). Each band must lie
 * either inside the target group 4..12 or outside it, so that `reach.targetGroup` is the sum of the
 * bands inside it.
 *
 * @throws RangeError `reporting.ageBands.target-group` when a band holds ages on both sides of 4 or of 12
 */
export function ageScheme(bands: readonly AgeBand[]): AgeScheme {
  const sorted = [...bands].sort((a, b) => a.minAge - b.minAge).map((b) => [b.key, b.minAge, b.maxAge] as const);
  for (const [key, lo, hi] of sorted) {
    if ((lo < TARGET_MIN && hi >= TARGET_MIN) || (lo <= TARGET_MAX && hi > TARGET_MAX)) {
      throw new RangeError(`reporting.ageBands.target-group: band ${key} holds ages inside and outside the target group 4..12`);
    }
  }
  const lo = sorted[0]![1];
  const hi = sorted[sorted.length - 1]![2];
  const under = lo > 0 ? `under-${lo}` : undefined;
  const over = `over-${hi}`;
  const byAge: string[] = [];
  for (const [key, a, b] of sorted) for (let age = a; age <= b; age++) byAge[age] = key;
  const inBands = sorted.map(([key]) => key);
  const keys = [...inBands, ...(under === undefined ? [] : [under]), over, "unknown"];
  // `unknown` ranks first: before birth is younger than any band (an invalid birth date never changes band).
  const rank = new Map<string, number>([["unknown", -1], ...(under === undefined ? [] : [[under, 0] as const]), ...inBands.map((k, i) => [k, i + 1] as const), [over, inBands.length + 1]]);
  const target = new Set(sorted.filter(([, a, b]) => a >= TARGET_MIN && b <= TARGET_MAX).map(([key]) => key));
  return {
    bands: sorted,
    keys,
    target,
    outside: keys.filter((k) => !target.has(k)),
    rank,
    bandOfAge(age: number | undefined): string {
      if (age === undefined) return "unknown";
      if (age < lo) return under ?? "unknown";
      if (age > hi) return over;
      return byAge[age] ?? "unknown";
    },
  };
}

/** A date `YYYY-MM-DD` as its UTC day number when it is a real calendar date, else {@link NO_DAY} (no allocation). */
export function dayOf(value: unknown): number {
  return readDayNumber(value) ?? NO_DAY;
}

/**
 * Age in whole years on a day, both UTC day numbers; `undefined` before birth or without a birth
 * date ({@link NO_DAY}). Month-day numbers (month × 100 + day) compare like dates, so a 29 February
 * birthday falls on 1 March in a common year (228 < 229 < 301).
 */
export function ageOnDay(birth: number, on: number): number | undefined {
  if (birth === NO_DAY || birth > on) return undefined;
  const b = datePartsOfDayNumber(birth);
  const o = datePartsOfDayNumber(on);
  return o.year - b.year - (o.month * 100 + o.day >= b.month * 100 + b.day ? 0 : 1);
}
