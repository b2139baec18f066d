import type { PersonalDataFinding } from "./types.js";

/** Dutch month names and their abbreviations, and the English ones a form may use. */
const MONTH =
  "januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december|" +
  "january|february|march|may|june|july|august|october|" +
  "jan|feb|mrt|mar|apr|jun|jul|aug|sept|sep|okt|oct|nov|dec";
/** A date as people write it: `3/2/2016`, `12-04-2015`, `2016-03-21`, `14.02.2015`, `12 10 2015`, `14 september 2015`, `1 jan`, `maart 2016`, `3-4`. */
const DATE = String.raw`(?:\d{4}-\d{1,2}-\d{1,2}|\d{1,2}[-/.]\d{1,2}(?:[-/.](?:\d{4}|\d{2}))?|\d{1,2} \d{1,2} \d{4}|\d{1,2}(?:e|ste|de)? (?:${MONTH})\.?(?: '?\d{4}| '\d{2})?|(?:${MONTH}) \d{4})(?![\p{L}\p{N}])`;
/**
 * What says that a date is a birth date: `geboren`, `geb.`, `geb`, `geb.datum`, `geboortedatum`,
 * `DOB`, `date of birth`, `wordt 8 op` (a child turns 8 on), with `op`, `is`, `in`, `:` between.
 */
const BIRTH_DATE = new RegExp(
  String.raw`(?<![\p{L}])(?:geboortedatum|geboren|geb\.? ?datum|geb\.|geb(?![\p{L}])|dob|d\.o\.b\.|date of birth|birth ?date|` +
    String.raw`wordt (?:\d{1,2}|\p{L}{2,6}) (?:jaar )?op)(?: (?:kind|zoon|dochter|moeder|vader))?(?: ?(?::|-|,))?(?: (?:op|is|in|on))?[ :]{0,3}(${DATE})`,
  "giu",
);

/** Dates said to be a birth date; other dates (an intake, a meeting, a trip) are not personal data. */
export function findBirthDates(text: string): PersonalDataFinding[] {
  const out: PersonalDataFinding[] = [];
  if (!/geb|dob|birth|wordt/i.test(text)) return out;
  for (const m of text.matchAll(BIRTH_DATE)) {
    const date = m[1] ?? "";
    const end = m.index + m[0].length;
    out.push({ kind: "birthdate", start: end - date.length, end });
  }
  return out;
}
