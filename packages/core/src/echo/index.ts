import { findBsnLike } from "../bsn/index.js";
import { excerpt } from "../excerpt/index.js";
import type { EchoParams } from "../issues/codes.js";
import type { IssuePath } from "../issues/issue.js";

/**
 * The echo policy: which offending values an issue may carry back (as `params.value`) so that a
 * message can show what was typed. It lives here, in one place; every issue that echoes a value
 * asks {@link echo}.
 *
 * A value is echoed only when all of these hold:
 * - it is a string (or a finite number) of at most {@link ECHO_MAX} characters that is exactly one
 *   of three shapes (a strict whitelist, nothing else is echoed):
 *   - a date: `\d{1,4}[-/.]\d{1,2}[-/.]\d{1,4}` with the same separator twice, at most 10
 *     characters (`31-02-2025`, `2025/13/01`);
 *   - a time: `\d{1,2}[:.]\d{2}` (`25:00`, `14.75`);
 *   - a number of at most 6 digits in all: an optional sign, digits and an optional decimal part
 *     after `,` or `.` (`1441`, `-3`, `3,5`);
 *   never a name, an address, a phone number or a grouped number such as `123 456 782`;
 * - the field is not an id (the last key of the path ends in `Id` or `Ids`): what is typed into an
 *   id may be a name or a BSN;
 * - the field is not a postcode: a full postcode with a house number is an address;
 * - it holds nothing that looks like a BSN.
 *
 * The three shapes hold no personal data the scan of free text finds (no phone number, e-mail,
 * IBAN, address or name fits in them; `shapes.test.ts` runs the scan over them all), so the scan
 * is not run here: a date helper's errors do not bring the scan into an app's bundle.
 *
 * Unknown codes (`value.not-allowed`, `catalogue.code.unknown`) are never echoed: the message lists
 * the choices instead.
 */
export const ECHO_MAX = 20;

const DATE_SHAPE = /^\d{1,4}([-/.])\d{1,2}\1\d{1,4}$/;
const TIME_SHAPE = /^\d{1,2}[:.]\d{2}$/;
const NUMBER_SHAPE = /^[+-]?\d+(?:[.,]\d+)?$/;
const NUMBER_MAX_DIGITS = 6;
const DATE_MAX = 10;

/** Whether a text is exactly the shape of a date, a time or a short number (see the policy above). */
function hasSafeShape(text: string): boolean {
  if (DATE_SHAPE.test(text)) return text.length <= DATE_MAX;
  if (TIME_SHAPE.test(text)) return true;
  if (NUMBER_SHAPE.test(text)) return text.replace(/\D/g, "").length <= NUMBER_MAX_DIGITS;
  return false;
}
const ID_KEY = /Ids?$/;
const POSTCODE_KEY = /^(postcode|postalCode|pc4|pc6)$/i;

/**
 * The last string key of a path: the field an issue is about.
 *
 * @param path - an issue path
 * @returns the key, or `undefined` when the path has none
 * @example
 * fieldKey(["partners", 0, "sector"]); // => "sector"
 */
export function fieldKey(path: IssuePath): string | undefined {
  for (let i = path.length - 1; i >= 0; i--) {
    const key = path[i];
    if (typeof key === "string") return key;
  }
  return undefined;
}

/**
 * Whether an issue path points at an id field (`childId`, `signalIds`, …). What someone typed into
 * an id may be a child's name or a BSN, so issues about ids never carry the value.
 *
 * @param path - an issue path
 * @returns `true` for an id field
 * @example
 * isIdPath(["childId"]); // => true
 */
export function isIdPath(path: IssuePath): boolean {
  const key = fieldKey(path);
  return key !== undefined && ID_KEY.test(key);
}

/**
 * The value to echo in an issue, following the echo policy above.
 *
 * @param value - the offending value
 * @param path - where it is (the field decides whether it may be echoed at all)
 * @returns the text to put in `params.value`, or `undefined` when the value must not be echoed
 * @example
 * echo("31-02-2025", ["birthDate"]); // => "31-02-2025"
 * echo("Fatima", ["gender"]); // => undefined (not the shape of a date, time or number)
 * echo("0612345678", ["date"]); // => undefined (a phone number)
 * echo("123 456 782", ["date"]); // => undefined (not a date, a time or a number of at most 6 digits)
 */
export function echo(value: unknown, path: IssuePath): string | undefined {
  let text: string;
  if (typeof value === "string") text = value;
  else if (typeof value === "number" && Number.isFinite(value)) text = String(value);
  else return undefined;
  if (text.length === 0 || text.length > ECHO_MAX || !hasSafeShape(text)) return undefined;
  if (isIdPath(path)) return undefined;
  const key = fieldKey(path);
  if (key !== undefined && POSTCODE_KEY.test(key)) return undefined;
  if (findBsnLike(text).length > 0) return undefined;
  return excerpt(text, ECHO_MAX);
}

/**
 * The `{ value }` params of an issue that may echo its value: empty when the policy says no.
 *
 * @param value - the offending value
 * @param path - where it is
 * @returns `{ value }` or `{}`
 * @example
 * echoParams("25:00", ["startTime"]); // => { value: "25:00" }
 */
export function echoParams(value: unknown, path: IssuePath): EchoParams {
  const shown = echo(value, path);
  return shown === undefined ? {} : { value: shown };
}
