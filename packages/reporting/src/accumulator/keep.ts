// The rule for records that share an id: the one whose facts sort first wins, whatever the order
// they arrive in, so that every split of the records gives the same state.
import type { AgeScheme } from "../_lib/age.js";
import type { ChildInfo } from "./childFacts.js";
import { earlierAnchor } from "./childFacts.js";

const cmpTuple = (a: unknown, b: unknown): number => {
  const x = JSON.stringify(a);
  const y = JSON.stringify(b);
  return x < y ? -1 : x > y ? 1 : 0;
};

/**
 * The order of two facts by their JSON text, without serialising facts that are equal (the common
 * case: the same record in several parts).
 *
 * @param a - one fact tuple
 * @param b - another
 * @returns below 0 when `a` sorts first, 0 when they are equal, above 0 otherwise
 */
export function cmpFacts(a: readonly unknown[], b: readonly unknown[]): number {
  if (a.length !== b.length) return cmpTuple(a, b);
  for (let i = 0; i < a.length; i++) {
    const x = a[i];
    const y = b[i];
    if (x === y) continue;
    if (Array.isArray(x) && Array.isArray(y) && cmpFacts(x, y) === 0) continue;
    return cmpTuple(a, b);
  }
  return 0;
}

/**
 * Put a fact in a map keyed by record id. When two records share an id but differ, the one whose
 * facts sort first wins, whatever the order they arrive in.
 *
 * @param map - facts by record id
 * @param id - the record's id
 * @param fact - the record's facts
 */
export function keep<T extends readonly unknown[]>(map: Map<string, T>, id: string, fact: T): void {
  const existing = map.get(id);
  if (existing === undefined) map.set(id, fact);
  else if (existing !== fact && cmpFacts(fact, existing) < 0) map.set(id, fact);
}

/**
 * Put a fact in a list indexed by interned id (`undefined` where no record came yet), by the same
 * rule as {@link keep}.
 *
 * @param facts - facts by index
 * @param i - the record's index
 * @param fact - the record's facts
 */
export function keepAt<T extends readonly unknown[]>(facts: (T | undefined)[], i: number, fact: T): void {
  const existing = facts[i];
  if (existing === undefined || (existing !== fact && cmpFacts(fact, existing) < 0)) facts[i] = fact;
}

/**
 * Put a child's facts in a list indexed by interned child id. Of records that disagree, the one
 * whose facts sort first wins (whatever the order they arrive in); of records with the same facts,
 * the latest birth date (the youngest) and the earlier anchor count.
 *
 * @param infos - child facts by child index
 * @param c - the child's index
 * @param info - the record's facts
 * @param scheme - the age bands (they order anchors on the same day)
 */
export function keepChildAt(infos: (ChildInfo | undefined)[], c: number, info: ChildInfo, scheme: AgeScheme): void {
  const e = infos[c];
  if (e === undefined || (e.fact !== info.fact && info.fact < e.fact)) {
    infos[c] = info;
    return;
  }
  if (e.fact !== info.fact) return;
  const anchor = earlierAnchor(scheme, { day: e.anchorDay, band: e.anchorBand }, { day: info.anchorDay, band: info.anchorBand });
  const birth = Math.max(e.birth, info.birth);
  if (birth !== e.birth || anchor.day !== e.anchorDay || anchor.band !== e.anchorBand) infos[c] = { ...e, birth, anchorDay: anchor.day, anchorBand: anchor.band };
}
