/**
 * Whether a value looks like a Dutch citizen service number (BSN): exactly nine digits (leading
 * zeros allowed, separators `.`, `-` and spaces ignored) that pass the 11-test
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
  if (typeof text !== "string" || text.length > 13) return false;
  const digits = text.replace(/[\s.-]/g, "");
  if (!/^\d{9}$/.test(digits)) return false;
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += (9 - i) * (digits.charCodeAt(i) - 48);
  sum -= digits.charCodeAt(8) - 48;
  return sum % 11 === 0 && digits !== "000000000";
}

/** The pattern of nine digits in free text, possibly grouped as `123 456 789` or `123.45.67.89`. */
const BSN_IN_TEXT = /(?<![\d])\d(?:[ .-]?\d){8}(?![\d])/g;

/**
 * Find every run of nine digits in a text that passes the 11-test.
 *
 * @param text - free text
 * @returns the start and end offsets (UTF-16 code units, end exclusive) of each match
 * @example
 * findBsnLike("BSN 111222333 genoemd"); // => [{ start: 4, end: 13 }]
 */
export function findBsnLike(text: string): { start: number; end: number }[] {
  const found: { start: number; end: number }[] = [];
  for (const match of text.matchAll(BSN_IN_TEXT)) {
    if (looksLikeBsn(match[0])) found.push({ start: match.index, end: match.index + match[0].length });
  }
  return found;
}
