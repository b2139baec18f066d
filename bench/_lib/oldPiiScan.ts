// The scan of @kinderwerk/core before names, birth dates, street addresses, IBANs and disguised
// contact details were found: kept as the baseline of bench/pii.bench.mjs.
import { findBsnLike } from "../../packages/core/dist/index.js";

/** The kinds of personal data the scan looks for in free text. */
export const PERSONAL_DATA_KINDS = ["bsn", "phone", "email", "address", "postcode"] as const;
/** A kind of personal data: `bsn`, `phone`, `email`, `address` (full postcode with house number) or `postcode` (full postcode alone). */
export type PersonalDataKind = (typeof PERSONAL_DATA_KINDS)[number];

/** Labels of the kinds of personal data, in Dutch and English. */
export const personalDataKindLabels: Readonly<Record<PersonalDataKind, { nl: string; en: string }>> = {
  bsn: { nl: "BSN", en: "citizen service number (BSN)" },
  phone: { nl: "telefoonnummer", en: "phone number" },
  email: { nl: "e-mailadres", en: "e-mail address" },
  address: { nl: "adres (postcode met huisnummer)", en: "address (postcode with house number)" },
  postcode: { nl: "volledige postcode", en: "full postcode" },
};

/**
 * Where a piece of personal data was found: its kind and its offsets (UTF-16 code units, end
 * exclusive). Never the value itself.
 */
export interface PersonalDataFinding {
  readonly kind: PersonalDataKind;
  readonly start: number;
  readonly end: number;
}

// Every pattern below has bounded repetition and a look-behind that allows a match to start only
// at the edge of a token, so the scan runs in time linear in the length of the text.

/** Dutch phone numbers: 0 + 9 digits, +31 / 0031 + 9 digits, with single spaces, dashes, dots or `(0)`. */
const PHONE =
  /(?<![\p{L}\p{N}+])(?:(?:\+|00)31[ .-]?(?:\(0\)[ .-]?)?|\(?0)[1-9](?:(?:[ .\-/]|\) ?)?\d){8}(?![\p{N}])/gu;

/** A full Dutch postcode: four digits (no leading 0), then two capitals (with or without a space) or two small letters (without). */
const POSTCODE = /(?<![\p{L}\p{N}])[1-9]\d{3}(?: ?[A-Z]{2}|[a-z]{2})(?![\p{L}\p{N}])/gu;

/**
 * A full postcode written in small letters with a space (`1234 ab`). Alone this reads like a year and
 * a word ("in 2025 en 2026"), so it counts only when a short house number follows and the letters
 * are not a common two-letter Dutch word.
 */
const POSTCODE_SMALL_SPACED = /(?<![\p{L}\p{N}])[1-9]\d{3} ([a-z]{2})(?![\p{L}\p{N}])/gu;
/** A house number of 1–3 digits (a 4-digit number after "2024 en" is a year), with an optional letter. */
const SHORT_NUMBER_AFTER = /,? {1,3}(?:(?:nr|no|nummer|huisnummer|hnr)\.? {0,3})?\d{1,3}(?:[a-z](?![\p{L}]))?(?![\p{N}])/iuy;
const DUTCH_TWO_LETTER_WORDS = new Set(["al", "as", "da", "de", "do", "en", "er", "ga", "he", "ik", "in", "is", "je", "ja", "ka", "la", "ma", "me", "na", "nu", "of", "om", "oh", "ok", "op", "pa", "te", "to", "tv", "uw", "we", "wo", "za", "zo", "ze", "zi"]);

/** After a postcode: an optional comma, an optional "nr"/"huisnummer", then a house number. */
const NUMBER_AFTER = /,? {0,3}(?:(?:nr|no|nummer|huisnummer|hnr)\.? {0,3})?\d{1,5}(?![\p{N}])/iuy;

/** Before a postcode: a house number (with an optional letter or addition), an optional comma, space. */
const NUMBER_BEFORE = /(?<![\p{L}\p{N}])\d{1,5}(?:[ -]?[A-Za-z])?(?:-\d{1,4})?,? {1,3}$/u;

const LOCAL_CHAR = /[A-Za-z0-9._%+\-]/;
const DOMAIN_CHAR = /[A-Za-z0-9.\-]/;

/** A date at the start of a run of digits (`01-02-2025 10`, `6.10.2025 12`): not a phone number or BSN. */
const STARTS_WITH_DATE = /^\d{1,2}[-/.]\d{1,2}[-/.]\d{4}(?!\d)/;

function findPhones(text: string): PersonalDataFinding[] {
  const out: PersonalDataFinding[] = [];
  for (const m of text.matchAll(PHONE)) {
    if (!STARTS_WITH_DATE.test(m[0])) out.push({ kind: "phone", start: m.index, end: m.index + m[0].length });
  }
  return out;
}

/** E-mail addresses, found from each `@` outwards with bounded steps (no regex backtracking). */
function findEmails(text: string): PersonalDataFinding[] {
  const out: PersonalDataFinding[] = [];
  let at = text.indexOf("@");
  while (at !== -1) {
    let start = at;
    while (start > 0 && at - start < 64 && LOCAL_CHAR.test(text.charAt(start - 1))) start--;
    let end = at + 1;
    while (end < text.length && end - at <= 253 && DOMAIN_CHAR.test(text.charAt(end))) end++;
    // Trim trailing dots and dashes ("mail me at a@b.nl.").
    while (end > at + 1 && /[.-]/.test(text.charAt(end - 1))) end--;
    const domain = text.slice(at + 1, end);
    const dot = domain.lastIndexOf(".");
    if (start < at && dot > 0 && /^[A-Za-z]{2,}$/.test(domain.slice(dot + 1))) out.push({ kind: "email", start, end });
    at = text.indexOf("@", Math.max(end, at + 1));
  }
  return out;
}

function findAddresses(text: string): PersonalDataFinding[] {
  const out: PersonalDataFinding[] = [];
  for (const m of text.matchAll(POSTCODE)) {
    let start = m.index;
    let end = m.index + m[0].length;
    NUMBER_AFTER.lastIndex = end;
    const after = NUMBER_AFTER.exec(text);
    const before = NUMBER_BEFORE.exec(text.slice(Math.max(0, start - 16), start));
    if (after) end = after.index + after[0].length;
    else if (before) start -= before[0].length;
    out.push({ kind: after || before ? "address" : "postcode", start, end });
  }
  for (const m of text.matchAll(POSTCODE_SMALL_SPACED)) {
    if (DUTCH_TWO_LETTER_WORDS.has(m[1] ?? "")) continue;
    SHORT_NUMBER_AFTER.lastIndex = m.index + m[0].length;
    const after = SHORT_NUMBER_AFTER.exec(text);
    if (after) out.push({ kind: "address", start: m.index, end: after.index + after[0].length });
  }
  return out;
}

/**
 * Scan free text for personal data that should not be in it: BSN-like numbers (nine digits
 * passing the 11-test), Dutch phone numbers (`06-12345678`, `+31 6 1234 5678`, `0031…`,
 * `010-1234567`, `(010) 123 45 67`), e-mail addresses, and full postcodes, with a house number
 * (`5025 KL 12`, `5025KL, nr 12`, `5025 kl 12`, `Dorpsstraat 12, 5025 KL`) or alone. A postcode in
 * small letters with a space (`5025 kl`) counts only with a house number after it, so that "in 2025
 * en 2026" is not taken for one.
 *
 * The findings give the kind and position only, never the value. The scan runs in time linear in
 * the length of the text. It is a safety net, not a guarantee: names and other identifying details
 * are not found.
 *
 * @param text - free text, such as a signal's description
 * @returns the findings, in order of position; overlapping findings are reported once
 * @example
 * scanPersonalData("Moeder belt 06-12345678 of mail a@b.nl");
 * // => [{ kind: "phone", start: 12, end: 23 }, { kind: "email", start: 32, end: 38 }]
 */
export function scanPersonalData(text: string): PersonalDataFinding[] {
  const all: PersonalDataFinding[] = [
    ...findBsnLike(text)
      .filter((r) => !STARTS_WITH_DATE.test(text.slice(r.start, r.end)))
      .map((r) => ({ kind: "bsn" as const, ...r })),
    ...findPhones(text),
    ...findEmails(text),
    ...findAddresses(text),
  ];
  all.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: PersonalDataFinding[] = [];
  for (const f of all) {
    const last = kept[kept.length - 1];
    if (last && f.start < last.end) continue;
    kept.push(f);
  }
  return kept;
}
