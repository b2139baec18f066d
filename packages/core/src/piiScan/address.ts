import type { PersonalDataFinding } from "./types.js";

/** A full Dutch postcode: four digits (no leading 0), then two capitals (with or without a space) or two small letters (without). */
const POSTCODE_TEXT = String.raw`[1-9]\d{3}(?: ?[A-Z]{2}|[a-z]{2})`;
const POSTCODE = new RegExp(String.raw`(?<![\p{L}\p{N}])${POSTCODE_TEXT}(?![\p{L}\p{N}])`, "gu");

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
/** The place after a postcode: one word with a capital (`Tilburg`, `'s-Hertogenbosch`, `Berkel-Enschot`). */
const PLACE_AFTER = /,? (?:'s-)?\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?(?![\p{L}\p{N}])/uy;

/** The last part of a Dutch street name (`Dorpsstraat`, `Van Goghlaan`, `Kasteeldreef`, `Oude Markt`). */
const STREET_ENDING = "straat|laan|weg|plein|dreef|singel|gracht|kade|park|hof|pad|steeg|markt|dijk|baan|plantsoen|boulevard|hoeven|erf|dam|wal|haven|passage|promenade";
const CAPITALISED_ENDING = STREET_ENDING.replace(/(^|\|)(\w)/g, (_, bar: string, c: string) => bar + c.toUpperCase());
/** A year after a word of time ("in 2016 NL", "sinds 2019 NL"): not a postcode. */
const YEAR_BEFORE = /(?:^|[^\p{L}])(?:in|sinds|vanaf|tot|na|voor|eind|begin|medio|jaar|uit)\s$/iu;

/**
 * A street and its house number: up to three words with a capital before it (`Pater van den`,
 * `Burgemeester`), the word that ends in a street ending, an optional quarter (`-West`, ` Oost`),
 * then the number with its addition (`3a`, `3 A`, `117-II`, `21-23`, `14 bis`).
 */
const STREET = new RegExp(
  String.raw`(?<![\p{L}\p{N}'’-])((?:\p{Lu}[\p{L}'’.]{0,20} (?:(?:van|de|der|den|het|'t|ter|ten) ){0,2}){0,3})` +
    String.raw`([\p{L}'’]{0,30}?(?:${STREET_ENDING}|${CAPITALISED_ENDING}))(?:[- ](?:Oost|West|Noord|Zuid))? {1,2}(?:nr\.? ?)?` +
    String.raw`\d{1,5}(?:-\d{1,4}|-[IVX]{1,4}(?![\p{L}])|[ -]?[a-zA-Z](?![\p{L}])| bis(?![\p{L}])| (?:hs|zw|rd)(?![\p{L}]))?(?![\p{N}])`,
  "gu",
);

/** A quick look for a street ending followed by a number, so that most texts skip {@link STREET}. */
const STREET_HINT = new RegExp(String.raw`(?:${STREET_ENDING})(?:[- ](?:Oost|West|Noord|Zuid))? {1,2}(?:nr\.? ?)?\d`, "i");
const ENDING_ALONE = new RegExp(`^(?:${STREET_ENDING})$`, "i");
const POSTCODE_AFTER = new RegExp(String.raw`,? {1,3}${POSTCODE_TEXT}(?![\p{L}\p{N}])`, "uy");

/** A street with its number, and the postcode and place after it if they follow. */
function findStreets(text: string): PersonalDataFinding[] {
  const out: PersonalDataFinding[] = [];
  if (!STREET_HINT.test(text)) return out;
  for (const m of text.matchAll(STREET)) {
    const prefix = m[1] ?? "";
    const head = m[2] ?? "";
    // A street ending alone ("markt 5", "baan 3") is a street only after a word with a capital ("Oude Markt 5").
    if (prefix === "" && ENDING_ALONE.test(head)) continue;
    let end = m.index + m[0].length;
    POSTCODE_AFTER.lastIndex = end;
    const pc = POSTCODE_AFTER.exec(text);
    if (pc) {
      end = pc.index + pc[0].length;
      PLACE_AFTER.lastIndex = end;
      const place = PLACE_AFTER.exec(text);
      if (place) end = place.index + place[0].length;
    }
    out.push({ kind: "address", start: m.index, end });
  }
  return out;
}

/** Full postcodes, with a house number (an address) or alone (a postcode). */
function findPostcodes(text: string): PersonalDataFinding[] {
  const out: PersonalDataFinding[] = [];
  for (const m of text.matchAll(POSTCODE)) {
    const year = Number(m[0].slice(0, 4));
    if (year >= 1950 && year <= 2039 && YEAR_BEFORE.test(text.slice(Math.max(0, m.index - 8), m.index))) continue;
    let start = m.index;
    let end = m.index + m[0].length;
    NUMBER_AFTER.lastIndex = end;
    const after = NUMBER_AFTER.exec(text);
    const before = NUMBER_BEFORE.exec(text.slice(Math.max(0, start - 16), start));
    if (after) end = after.index + after[0].length;
    else if (before) {
      start -= before[0].length;
      PLACE_AFTER.lastIndex = end;
      const place = PLACE_AFTER.exec(text);
      if (place) end = place.index + place[0].length;
    }
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

/** Addresses (a street with its number; a postcode with a number) and full postcodes alone. */
export function findAddresses(text: string): PersonalDataFinding[] {
  return [...findStreets(text), ...findPostcodes(text)];
}
