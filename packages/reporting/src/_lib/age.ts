// Private age arithmetic for reporting ages and age bands.
import { daysIn, fmt, leap } from "./dates.js";

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

/** A date `YYYY-MM-DD` as the number YYYYMMDD when it is a real calendar date, else -1 (no allocation). */
export function dayOf(value: unknown): number {
  if (typeof value !== "string" || value.length !== 10 || value.charCodeAt(4) !== 45 || value.charCodeAt(7) !== 45) return -1;
  let n = 0;
  for (let i = 0; i < 10; i++) {
    if (i === 4 || i === 7) continue;
    const d = value.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return -1;
    n = n * 10 + d;
  }
  const y = Math.floor(n / 10000);
  const m = Math.floor(n / 100) % 100;
  const d = n % 100;
  return m >= 1 && m <= 12 && d >= 1 && d <= daysIn(y, m) ? n : -1;
}

/**
 * A child's band over a period, reduced to what reporting needs: the band on the first day and each
 * date inside the period on which the band changes (birthdays at 4, 7, 10 and 13, or the birth
 * itself). Exact for every date of the period; stores no birth date. Integer arithmetic on YYYYMMDD
 * numbers: only the change dates become strings.
 */
export function bandTimeline(birthDate: unknown, from: string, to: string): { start: AgeBandKey; changes: [string, AgeBandKey][] } {
  const birth = dayOf(birthDate);
  if (birth < 0) return { start: "unknown", changes: [] };
  const by = Math.floor(birth / 10000);
  const bmd = birth % 10000;
  const bm = Math.floor(bmd / 100);
  const bd = bmd % 100;
  // Age in whole years on a day: month-day numbers compare like dates, so a 29 February birthday
  // falls on 1 March in a common year (228 < 229 < 301).
  const age = (on: number): number | undefined => (birth > on ? undefined : Math.floor(on / 10000) - by - (on % 10000 >= bmd ? 0 : 1));
  const f = dayOf(from);
  const t = dayOf(to);
  const start = bandOfAge(age(f));
  const changes: [string, AgeBandKey][] = [];
  // Ages only grow, and bands follow ages: the same band on both ends means no change in between.
  if (birth > t || bandOfAge(age(t)) === start) return { start, changes };
  let current = start;
  const consider = (day: number): void => {
    const band = bandOfAge(age(day));
    if (band !== current) {
      changes.push([fmt(Math.floor(day / 10000), Math.floor(day / 100) % 100, day % 100), band]);
      current = band;
    }
  };
  // Candidate change days: the birth date itself and every birthday inside (from, to], in order.
  if (birth > f) consider(birth);
  const ty = Math.floor(t / 10000);
  for (let y = Math.max(Math.floor(f / 10000), by + 1); y <= ty; y++) {
    const day = bm === 2 && bd === 29 && !leap(y) ? y * 10000 + 301 : y * 10000 + bmd;
    if (day > f && day <= t) consider(day);
  }
  return { start, changes };
}
