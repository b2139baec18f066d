import * as z from "zod";
import type { CalendarDate } from "../calendarDate/index.js";
import { targetGroupClassLabels, wholeAgeOf } from "../age/index.js";
import { safeParse } from "../_lib/safeParse.js";
import type { Result } from "../issues/issue.js";
import { ok } from "../issues/issue.js";
import type { Labels, Lang } from "../labels/index.js";
import { refineParams } from "../issues/codes.js";

/** The highest age a band may reach. */
export const MAX_BAND_AGE = 30;

const RESERVED = /^(unknown|under-\d+|over-\d+)$/;

/** One age band: a key and an inclusive range of whole years, optionally with its own labels. */
export const AgeBand = z.object({
  key: z.string().regex(/^[a-z0-9][a-z0-9-]{0,19}$/),
  minAge: z.int().min(0).max(MAX_BAND_AGE),
  maxAge: z.int().min(0).max(MAX_BAND_AGE),
  label: z.object({ nl: z.string().min(1).max(60), en: z.string().min(1).max(60) }).optional(),
});
/** One age band: a key and an inclusive range of whole years. */
export type AgeBand = z.infer<typeof AgeBand>;

/**
 * A set of age bands: 1 to 12 bands with unique keys (not `unknown`, `under-N` or `over-N`, which
 * are kept for ages outside the bands), each `minAge <= maxAge`, within 0..30, in ascending order,
 * touching without gaps or overlaps. Issue codes: `ageBands.duplicate-key`, `ageBands.reserved-key`,
 * `ageBands.reversed`, `ageBands.overlap`, `ageBands.gap`.
 */
export const AgeBands = z
  .array(AgeBand)
  .min(1)
  .max(12)
  .superRefine((bands, ctx) => {
    const seen = new Set<string>();
    bands.forEach((b, i) => {
      if (seen.has(b.key)) ctx.addIssue({ code: "custom", path: [i, "key"], params: refineParams("ageBands.duplicate-key", { key: b.key }) });
      seen.add(b.key);
      if (RESERVED.test(b.key)) ctx.addIssue({ code: "custom", path: [i, "key"], params: refineParams("ageBands.reserved-key", { key: b.key }) });
      if (b.minAge > b.maxAge) ctx.addIssue({ code: "custom", path: [i, "maxAge"], params: refineParams("ageBands.reversed", { key: b.key }) });
      const prev = bands[i - 1];
      if (prev && prev.minAge <= prev.maxAge && b.minAge <= b.maxAge) {
        if (b.minAge <= prev.maxAge) ctx.addIssue({ code: "custom", path: [i, "minAge"], params: refineParams("ageBands.overlap", { key: b.key, other: prev.key }) });
        else if (b.minAge > prev.maxAge + 1) ctx.addIssue({ code: "custom", path: [i, "minAge"], params: refineParams("ageBands.gap", { key: b.key, other: prev.key }) });
      }
    });
  });
/** A validated set of age bands. */
export type AgeBands = z.infer<typeof AgeBands>;

/**
 * The default age bands: `4-6`, `7-9`, `10-12` (INDICATORS.md). Ages outside them are `under-4`
 * and `over-12`.
 *
 * @example
 * defaultAgeBands.map((b) => b.key); // => ["4-6", "7-9", "10-12"]
 */
export const defaultAgeBands: AgeBands = Object.freeze([
  Object.freeze({ key: "4-6", minAge: 4, maxAge: 6 }),
  Object.freeze({ key: "7-9", minAge: 7, maxAge: 9 }),
  Object.freeze({ key: "10-12", minAge: 10, maxAge: 12 }),
]) as AgeBands;

/**
 * Validate age bands from configuration.
 *
 * @param input - the bands, as plain data
 * @returns the bands, or the issues that reject them
 * @example
 * createAgeBands([{ key: "4-7", minAge: 4, maxAge: 7 }, { key: "8-12", minAge: 8, maxAge: 12 }]).ok; // => true
 * createAgeBands([{ key: "a", minAge: 4, maxAge: 8 }, { key: "b", minAge: 8, maxAge: 12 }]).ok; // => false (overlap)
 */
export function createAgeBands(input: unknown): Result<AgeBands> {
  const parsed = safeParse(AgeBands, input);
  return parsed.ok ? ok(Object.freeze(parsed.value) as AgeBands) : parsed;
}

function bounds(bands: AgeBands): { lo: number; hi: number } {
  return { lo: Math.min(...bands.map((b) => b.minAge)), hi: Math.max(...bands.map((b) => b.maxAge)) };
}

/**
 * The age band of a child on a date, or of an age.
 *
 * @param birthDateOrAge - a birth date (`YYYY-MM-DD`) or an age in whole years
 * @param on - the date of the age; needed with a birth date
 * @param bands - the bands; default {@link defaultAgeBands}
 * @returns the band's key; below the lowest band `under-N` (`under-4`), above the highest `over-M`
 *   (`over-12`), and `unknown` with no valid birth date, a date before birth, or a number that is
 *   not a whole age 0..150 (the same rule as `targetGroupClassOf`)
 * @throws {@link DateError} `dates.invalid-date` when `on` is invalid, or missing with a valid birth
 *   date (a programmer error)
 * @example
 * ageBandOf("2018-03-01", "2025-09-01"); // => "7-9"
 * ageBandOf(3); // => "under-4"
 * ageBandOf(13); // => "over-12"
 * ageBandOf("31-02-2018", "2025-09-01"); // => "unknown"
 */
export function ageBandOf(birthDateOrAge: unknown, on?: CalendarDate, bands: AgeBands = defaultAgeBands): string {
  const age = wholeAgeOf(birthDateOrAge, on);
  if (age === undefined) return "unknown";
  const band = bands.find((b) => age >= b.minAge && age <= b.maxAge);
  if (band) return band.key;
  const { lo, hi } = bounds(bands);
  return age < lo ? `under-${lo}` : age > hi ? `over-${hi}` : "unknown";
}

/**
 * Every key {@link ageBandOf} can return for a set of bands, in report order: below, the bands,
 * above, unknown.
 *
 * @param bands - the bands; default {@link defaultAgeBands}
 * @returns the keys
 * @example
 * ageBandKeys(); // => ["under-4", "4-6", "7-9", "10-12", "over-12", "unknown"]
 */
export function ageBandKeys(bands: AgeBands = defaultAgeBands): string[] {
  const { lo, hi } = bounds(bands);
  const sorted = [...bands].sort((a, b) => a.minAge - b.minAge);
  return [...(lo > 0 ? [`under-${lo}`] : []), ...sorted.map((b) => b.key), `over-${hi}`, "unknown"];
}

/**
 * The label of an age-band key in a language.
 *
 * @param key - a key from {@link ageBandOf}
 * @param lang - `nl` (default) or `en`
 * @param bands - the bands; default {@link defaultAgeBands}
 * @returns the band's own label, or a generated one
 * @example
 * ageBandLabel("4-6"); // => "4 t/m 6 jaar"
 * ageBandLabel("over-12", "en"); // => "Over 12"
 * ageBandLabel("unknown"); // => "Leeftijd onbekend"
 */
export function ageBandLabel(key: string, lang: Lang = "nl", bands: AgeBands = defaultAgeBands): string {
  const band = bands.find((b) => b.key === key);
  if (band) {
    if (band.label) return (band.label as Labels)[lang];
    return lang === "nl" ? `${band.minAge} t/m ${band.maxAge} jaar` : `${band.minAge} to ${band.maxAge} years`;
  }
  let m: RegExpExecArray | null;
  if ((m = /^under-(\d+)$/.exec(key))) return lang === "nl" ? `Jonger dan ${m[1]} jaar` : `Under ${m[1]}`;
  if ((m = /^over-(\d+)$/.exec(key))) return lang === "nl" ? `Ouder dan ${m[1]} jaar` : `Over ${m[1]}`;
  if (key === "unknown") return targetGroupClassLabels.unknown[lang];
  return key;
}
