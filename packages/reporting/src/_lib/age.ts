// Private age arithmetic for reporting ages and age bands.
import { fmt, isDate, parts } from "./dates.js";

/** The reporting-age bands of INDICATORS.md (version 1), target group first, in report order. */
export const AGE_BAND_KEYS = ["4-6", "7-9", "10-12", "under-4", "over-12", "unknown"] as const;
/** An age band key. */
export type AgeBandKey = (typeof AGE_BAND_KEYS)[number];
/** The bands inside the target group 4..12. */
export const TARGET_BANDS: ReadonlySet<string> = new Set(["4-6", "7-9", "10-12"]);

/** The band of an age (or `unknown`). */
export function bandOfAge(age: number | undefined): AgeBandKey {
  if (age === undefined) return "unknown";
  if (age < 4) return "under-4";
  if (age <= 6) return "4-6";
  if (age <= 9) return "7-9";
  if (age <= 12) return "10-12";
  return "over-12";
}

/**
 * A child's band over a period, reduced to what reporting needs: the band on the first day and each
 * date inside the period on which the band changes (birthdays at 4, 7, 10 and 13, or the birth
 * itself). Exact for every date of the period; stores no birth date.
 */
export function bandTimeline(birthDate: unknown, from: string, to: string): { start: AgeBandKey; changes: [string, AgeBandKey][] } {
  if (!isDate(birthDate)) return { start: "unknown", changes: [] };
  const by = Number(birthDate.slice(0, 4));
  const bmd = birthDate.slice(5);
  const [, bm, bd] = parts(birthDate);
  // Age in whole years on a date: "MM-DD" strings compare like dates, so a 29 February birthday
  // falls on 1 March in a common year ("02-28" < "02-29" < "03-01").
  const age = (on: string): number | undefined => (birthDate > on ? undefined : Number(on.slice(0, 4)) - by - (on.slice(5) >= bmd ? 0 : 1));
  const start = bandOfAge(age(from));
  const changes: [string, AgeBandKey][] = [];
  // Ages only grow, and bands follow ages: the same band on both ends means no change in between.
  if (birthDate > to || bandOfAge(age(to)) === start) return { start, changes };
  let current = start;
  // Candidate change days: the birth date itself and every birthday inside (from, to].
  const candidates: string[] = [];
  if (birthDate > from) candidates.push(birthDate);
  const [fy] = parts(from);
  const [ty] = parts(to);
  for (let y = Math.max(fy, by + 1); y <= ty; y++) {
    const leapYear = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
    const day = bm === 2 && bd === 29 && !leapYear ? fmt(y, 3, 1) : fmt(y, bm, bd);
    if (day > from && day <= to) candidates.push(day);
  }
  for (const day of candidates) {
    const band = bandOfAge(age(day));
    if (band !== current) {
      changes.push([day, band]);
      current = band;
    }
  }
  return { start, changes };
}
