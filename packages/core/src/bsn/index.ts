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

/** The most separators between two tokens of one BSN. */
const MAX_GAP = 3;
/** A separator between the digit groups of a BSN: whitespace of any kind, `.`, `-`, `_`, `/`. */
const SEPARATOR = /^[\s._/-]$/;
/** A letter or digit of any script: what a token (an alphanumeric run) is made of. */
const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;
/** The prefixes a BSN is written against without a separator: `NL111222333`, `BSN111222333`. */
const BSN_PREFIX = /^(?:nl|bsn)$/i;

/** Whether a UTF-16 code unit is an ASCII digit. */
const isDigit = (c: number): boolean => c >= 48 && c <= 57;

/** Whether the character at `i` belongs to a token (a letter or digit of any script). */
function isTokenChar(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (isDigit(c) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122)) return true;
  return c > 127 && LETTER_OR_DIGIT.test(text[i] ?? "");
}

/**
 * A token of a text: a maximal run of letters and digits. `digitsFrom` is where its digits start
 * when it is all digits (its start) or a BSN prefix and digits (`NL111222333`); -1 otherwise.
 */
interface Token {
  readonly start: number;
  readonly end: number;
  readonly digitsFrom: number;
}

/** The token that starts at `start`, with where its digits start (see {@link Token}). */
function readToken(text: string, start: number): Token {
  let end = start;
  let firstDigit = -1;
  let lettersThenDigits = true;
  while (end < text.length && isTokenChar(text, end)) {
    const digit = isDigit(text.charCodeAt(end));
    if (digit && firstDigit < 0) firstDigit = end;
    else if (!digit && firstDigit >= 0) lettersThenDigits = false;
    end++;
  }
  let digitsFrom = -1;
  if (firstDigit === start) digitsFrom = lettersThenDigits ? start : -1;
  else if (firstDigit > start && lettersThenDigits && BSN_PREFIX.test(text.slice(start, firstDigit))) digitsFrom = firstDigit;
  return { start, end, digitsFrom };
}

/** Whether the text between two tokens is one to three separators, so that the tokens may be parts of one BSN. */
function joins(text: string, from: number, to: number): boolean {
  if (to - from < 1 || to - from > MAX_GAP) return false;
  for (let i = from; i < to; i++) if (!SEPARATOR.test(text[i] ?? "")) return false;
  return true;
}

/**
 * The BSNs in a chain of digit tokens joined by separators: every run of whole, consecutive tokens
 * that holds exactly nine digits passing the 11-test. A token never counts in part.
 */
function bsnsInChain(text: string, chain: readonly Token[], found: { start: number; end: number }[]): void {
  for (let first = 0; first < chain.length; first++) {
    let digits = "";
    for (let last = first; last < chain.length && digits.length < 9; last++) {
      const token = chain[last]!;
      digits += text.slice(token.digitsFrom, token.end).replace(/\D/g, "");
      if (digits.length === 9 && passesElevenTest(digits)) {
        found.push({ start: chain[first]!.digitsFrom, end: token.end });
        first = last; // the next match starts after this one
        break;
      }
    }
  }
}

/**
 * Find every BSN in a text, as the rule for ids has it (FORMAT.md, version 2): nine digits (ASCII or full-width) that pass the 11-test, written alone
 * or split by up to three separators (spaces of any kind, `.`, `-`, `_`, `/`) into groups that each
 * stand as their own token. A token is a run of letters and digits, so nine digits inside a longer
 * run (`a1112223334`, a UUID's `…-111222333abc`) or part of a longer number (`1112223339999`) are
 * never a BSN; the one exception is a BSN written against `NL` or `BSN` (`NL111222333`). Matching
 * stays linear in the length of the text. Unlike {@link findBsnLike}, which finds every nine-digit
 * window that passes the 11-test and so masks generously, this finds BSNs only: random UUIDs, ULIDs
 * and hex digests never hold one.
 *
 * @param text - free text
 * @returns the start and end offsets (UTF-16 code units, end exclusive) of each match
 * @example
 * findBsns("BSN 111222333 genoemd"); // => [{ start: 4, end: 13 }]
 * findBsns("id 0b5f9c1e-1112-2233-3a4b-111222333abc"); // => []
 */
export function findBsns(text: string): { start: number; end: number }[] {
  const found: { start: number; end: number }[] = [];
  // Full-width digits (１２３…) read as digits too; the shadow text keeps every offset.
  const shadow = FULLWIDTH_DIGIT.test(text) ? text.replace(FULLWIDTH_DIGITS, (d) => String.fromCharCode(d.charCodeAt(0) - 0xff10 + 48)) : text;
  let chain: Token[] = [];
  let i = 0;
  while (i < shadow.length) {
    if (!isTokenChar(shadow, i)) {
      i++;
      continue;
    }
    const token = readToken(shadow, i);
    i = token.end;
    const previous = chain[chain.length - 1];
    const continues = previous !== undefined && token.digitsFrom === token.start && joins(shadow, previous.end, token.start);
    if (!continues) {
      bsnsInChain(shadow, chain, found);
      chain = [];
    }
    if (token.digitsFrom >= 0) chain.push(token);
  }
  bsnsInChain(shadow, chain, found);
  return found;
}
