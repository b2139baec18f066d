// The ratio policy (adults per child, per age band) and the one rule for the adults a session
// needs under it: capacity planning and the indicator `sessions.understaffed` both use it.

/** How many children one adult may supervise: one number, or one per age band. */
export interface RatioPolicy {
  /** Children per adult where no band rule applies. Default 8 (INDICATORS.md version 2). */
  readonly childrenPerAdult?: number;
  /** Children per adult by age band key (`"4-6": 6`); bands not named use `childrenPerAdult`. */
  readonly byAgeBand?: Readonly<Record<string, number>>;
  /** The fewest adults at a session that has children at all (the four-eyes rule is 2). Default 1. */
  readonly minimumAdults?: number;
}

/** A ratio policy with its defaults filled in. */
export type ResolvedRatioPolicy = Required<RatioPolicy>;

function check(name: string, value: number, min: number, max: number): number {
  if (!Number.isFinite(value) || value < min || value > max) throw new RangeError(`${name} must be a number from ${min} to ${max}`);
  return value;
}

/**
 * A ratio policy with its defaults (8 children per adult, at least 1 adult), checked.
 *
 * @param policy - the policy as given
 * @returns the policy with every part filled in
 * @throws RangeError when a ratio is not a number from 0.01 to 1000 or the minimum not from 0 to 100
 * @example
 * resolveRatioPolicy({ byAgeBand: { "4-6": 6 } }).childrenPerAdult; // => 8
 */
export function resolveRatioPolicy(policy: RatioPolicy = {}): ResolvedRatioPolicy {
  const byAgeBand = { ...(policy.byAgeBand ?? {}) };
  for (const [band, ratio] of Object.entries(byAgeBand)) check(`policy.byAgeBand["${band}"]`, ratio, 0.01, 1000);
  return {
    childrenPerAdult: check("policy.childrenPerAdult", policy.childrenPerAdult ?? 8, 0.01, 1000),
    byAgeBand,
    minimumAdults: check("policy.minimumAdults", policy.minimumAdults ?? 1, 0, 100),
  };
}

/**
 * The adults a session needs under a ratio policy: per age band, its children ÷ the band's ratio,
 * summed and rounded up to whole adults, at least the policy's minimum; none without children.
 *
 * @param childrenByBand - the children expected at the session, by age band (fractions allowed, for growth)
 * @param policy - the resolved policy
 * @returns the children and the adults needed
 * @example
 * adultsNeeded(new Map([["4-6", 7], ["7-9", 8]]), resolveRatioPolicy({ byAgeBand: { "4-6": 6 } })); // => { children: 15, needed: 3 }
 */
export function adultsNeeded(childrenByBand: Iterable<readonly [string, number]>, policy: ResolvedRatioPolicy): { children: number; needed: number } {
  let children = 0;
  let adults = 0;
  for (const [band, count] of childrenByBand) {
    children += count;
    adults += count / (policy.byAgeBand[band] ?? policy.childrenPerAdult);
  }
  // A tolerance below the next whole adult, so that 16 children at 1 per 8 need 2, not 3.
  const needed = children > 0 ? Math.max(policy.minimumAdults, Math.ceil(adults - 1e-9)) : 0;
  return { children, needed };
}
