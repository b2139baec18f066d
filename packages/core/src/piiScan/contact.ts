import type { PersonalDataFinding } from "./types.js";

// Every pattern below has bounded repetition and a look-behind that allows a match to start only
// at the edge of a token, so the scan runs in time linear in the length of the text.

/**
 * Dutch phone numbers: 0 + 9 digits, +31 / 0031 + 9 digits, with single spaces, dashes (also
 * " - "), dots, slashes or `(0)`.
 */
const PHONE_NL =
  /(?<![\p{L}\p{N}+])(?:(?:\+|00)31[ .-]?(?:\(0\)[ .-]?)?|\(?0)[1-9](?:(?:[ .\-/]| - |\) ?)?\d){8}(?![\p{N}])/gu;
/** Other countries: + and a country code of 1–3 digits, then 7–12 digits in groups. */
const PHONE_INTERNATIONAL = /(?<![\p{L}\p{N}+])\+(?!31)[1-9]\d{0,2}(?:[ .-]?\d){7,12}(?![\p{N}])/gu;
/** A date at the start of a run of digits (`01-02-2025 10`, `6.10.2025 14`). */
export const STARTS_WITH_DATE = /^\d{1,2}[-/.]\d{1,2}[-/.]\d{4}(?!\d)/;
/** A range of times inside the run (`08-10 15.30-17.00`): opening hours, not a number. */
const TIME_RANGE = /\d[.:]\d\d ?-|-\d{1,2}[.:]\d\d/;

/** Phone numbers: Dutch ones and international ones written with a `+`. */
export function findPhones(text: string): PersonalDataFinding[] {
  const out: PersonalDataFinding[] = [];
  for (const pattern of [PHONE_NL, PHONE_INTERNATIONAL]) {
    for (const m of text.matchAll(pattern)) {
      const s = m[0];
      if (STARTS_WITH_DATE.test(s) || TIME_RANGE.test(s)) continue;
      // A dot among other separators ("08-10 15.30") is a time, not a number.
      if (s.includes(".") && /[ -]/.test(s.replace(/^\+\d+ /, ""))) continue;
      // "(06 12 34 56 78": the bracket opens an aside, not an area code.
      const start = s.startsWith("(") && !s.includes(")") ? m.index + 1 : m.index;
      out.push({ kind: "phone", start, end: m.index + s.length });
    }
  }
  return out;
}

const LOCAL_CHAR = /[A-Za-z0-9._%+\-]/;
const DOMAIN_CHAR = /[A-Za-z0-9.\-]/;

/** Plain e-mail addresses, found from each `@` outwards with bounded steps (no regex backtracking). */
function findPlainEmails(text: string): PersonalDataFinding[] {
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

/** The top-level domains a disguised address may end in (a word after "punt" must be one of these). */
const TLD = "nl|com|net|org|be|de|pl|tr|ma|eu|info|fr|uk|nu|es|it|sr|cw|io|me|biz";
/** "at" written out: `[at]`, `(at)`, `{at}`, ` at `, ` apenstaartje `, or `@` with spaces. */
const AT = String.raw`(?: ?[[({](?:at|@)[\])}] ?| (?:at|apenstaartje|@) )`;
/** "dot" written out: `.`, `[dot]`, `(punt)`, ` punt `, ` dot `. */
const DOT = String.raw`(?:\.|(?: ?[[(](?:dot|punt)[\])] ?)| (?:dot|punt) )`;
const DISGUISED_EMAIL = new RegExp(
  String.raw`(?<![\p{L}\p{N}._%+\-])[\p{L}\p{N}][\p{L}\p{N}._%+\-]{0,63}` +
    String.raw`(?:${AT}|@)[A-Za-z0-9\-]{1,63}(?:${DOT}[A-Za-z0-9\-]{1,63}){0,3}?${DOT}(?:${TLD})(?![\p{L}\p{N}])`,
  "giu",
);

/** E-mail addresses, plain (`a@b.nl`) and written to fool a filter (`sara at gmail punt com`, `levi[at]live.nl`). */
export function findEmails(text: string): PersonalDataFinding[] {
  const out = findPlainEmails(text);
  if (!/(?<![A-Za-z])at(?![A-Za-z])|@|apenstaartje/i.test(text)) return out;
  for (const m of text.matchAll(DISGUISED_EMAIL)) out.push({ kind: "email", start: m.index, end: m.index + m[0].length });
  return out;
}

/** An IBAN: country, two check digits, then 11–30 letters and digits, in groups of four or not. */
const IBAN = /(?<![\p{L}\p{N}])[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,3})?(?![\p{L}\p{N}])/giu;
/** The length of an IBAN in the countries Dutch families bank in most. */
const IBAN_LENGTH: Readonly<Record<string, number>> = { NL: 18, BE: 16, DE: 22, FR: 27, PL: 28, TR: 26, ES: 24, IT: 27, LU: 20, GB: 22 };

/** Whether an IBAN (without spaces, upper case) passes the mod-97 check of ISO 13616. */
export function passesIbanCheck(iban: string): boolean {
  const moved = iban.slice(4) + iban.slice(0, 4);
  let rest = 0;
  for (const c of moved) {
    const code = c.charCodeAt(0);
    const value = code >= 65 ? String(code - 55) : c;
    for (const d of value) rest = (rest * 10 + Number(d)) % 97;
  }
  return rest === 1;
}

/** IBANs that pass the mod-97 check (and have their country's length where it is known). */
export function findIbans(text: string): PersonalDataFinding[] {
  const out: PersonalDataFinding[] = [];
  for (const m of text.matchAll(IBAN)) {
    // The last groups may be a word after the number ("NL91 ABNA 0417 1643 00 voor"): try shorter.
    for (let end = m[0].length; end >= 15; end = m[0].lastIndexOf(" ", end - 1)) {
      const iban = m[0].slice(0, end).replace(/ /g, "").toUpperCase();
      const length = IBAN_LENGTH[iban.slice(0, 2)];
      if ((length === undefined || iban.length === length) && passesIbanCheck(iban)) {
        out.push({ kind: "iban", start: m.index, end: m.index + end });
        break;
      }
    }
  }
  return out;
}
