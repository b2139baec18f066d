/**
 * Whether a value looks like a Dutch citizen service number (BSN): exactly nine digits (leading
 * zeros allowed; between two digits up to three separators `.`, `-`, `_`, `/` or whitespace of
 * any kind, NBSP included, are ignored) that pass the 11-test
 * (9·d1 + 8·d2 + … + 2·d8 − 1·d9 is a multiple of 11, and not all zeros).
 *
 * A welfare organisation may not process BSNs, so the library rejects such ids and never echoes
 * them in messages.
 *
 * @param value - any value
 * @returns `true` when it is a string or number that looks like a BSN
 * @example
 * looksLikeBsn("111222333"); // => true
 * looksLikeBsn("123456789"); // => false (fails the 11-test)
 * looksLikeBsn("kw-0101"); // => false
 */
export function looksLikeBsn(value: unknown): boolean {
  const text = typeof value === "number" ? String(value).padStart(9, "0") : value;
  if (typeof text !== "string" || text.length > BSN_MAX_LENGTH || !BSN_SHAPE.test(text)) return false;
  return passesElevenTest(text.replace(/\D/g, ""));
}

/** A run of up to three separators between two digits of a BSN: whitespace of any kind, `.`, `-`, `_`, `/`. */
const BSN_SEPARATOR = "[\\s._/-]{0,3}";
/** A value that is a BSN and nothing else: nine digits with separators, and separators around. */
const BSN_SHAPE = new RegExp(`^${BSN_SEPARATOR}\\d(?:${BSN_SEPARATOR}\\d){8}${BSN_SEPARATOR}$`);
/** The longest value that can be a BSN: nine digits and ten runs of three separators. */
const BSN_MAX_LENGTH = 9 + 10 * 3;

/** Whether nine ASCII digits pass the 11-test (and are not all zeros). */
function passesElevenTest(digits: string): boolean {
  if (!/^\d{9}$/.test(digits)) return false;
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += (9 - i) * (digits.charCodeAt(i) - 48);
  sum -= digits.charCodeAt(8) - 48;
  return sum % 11 === 0 && digits !== "000000000";
}

/**
 * The pattern of nine digits in free text, possibly grouped as `123 456 789`, `123.45.67.89`,
 * `123 - 456 - 782`, `123_456_782`, `123/456/782` or with NBSP or other Unicode spaces: up to three
 * separators between two digits. Every repetition is bounded and separators never overlap with
 * digits, so matching stays linear in the length of the text. The look-arounds keep it from
 * matching part of a longer number.
 */
const BSN_IN_TEXT = new RegExp(`(?<!\\d)\\d(?:${BSN_SEPARATOR}\\d){8}(?!\\d)`, "g");

const FULLWIDTH_DIGIT = /[\uff10-\uff19]/;
const FULLWIDTH_DIGITS = /[\uff10-\uff19]/g;

/**
 * Find every run of nine digits (ASCII or full-width) in a text that passes the 11-test.
 *
 * @param text - free text
 * @returns the start and end offsets (UTF-16 code units, end exclusive) of each match
 * @example
 * findBsnLike("BSN 111222333 genoemd"); // => [{ start: 4, end: 13 }]
 */
export function findBsnLike(text: string): { start: number; end: number }[] {
  const found: { start: number; end: number }[] = [];
  // Full-width digits (１２３…) read as digits too; the shadow text keeps every offset.
  const shadow = FULLWIDTH_DIGIT.test(text) ? text.replace(FULLWIDTH_DIGITS, (d) => String.fromCharCode(d.charCodeAt(0) - 0xff10 + 48)) : text;
  for (const match of shadow.matchAll(BSN_IN_TEXT)) {
    if (passesElevenTest(match[0].replace(/\D/g, ""))) found.push({ start: match.index, end: match.index + match[0].length });
  }
  return found;
}
