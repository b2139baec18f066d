import { findBsnLike } from "../bsn/index.js";

/**
 * A short, safe excerpt of a value for a message: at most `max` characters with an ellipsis,
 * control characters replaced, and anything that looks like a BSN masked. This is the masking and
 * cutting step only; whether a value may be shown at all is the echo policy's decision (see
 * docs/models/issues-and-messages.md): issues echo only short date-, time- or number-shaped values.
 *
 * @param value - any value; objects and lists become `{…}` and `[…]`
 * @param max - the most characters to keep before the ellipsis (default 40)
 * @returns the excerpt; `""` for `undefined`, `"null"` for `null`
 * @example
 * excerpt("BSN 111222333 genoemd"); // => "BSN ********* genoemd"
 * excerpt("a".repeat(50), 5); // => "aaaaa…"
 * excerpt({ name: "x" }); // => "{…}"
 */
export function excerpt(value: unknown, max = 40): string {
  let text: string;
  if (typeof value === "string") text = value;
  else if (typeof value === "number" || typeof value === "boolean" || typeof value === "bigint") text = String(value);
  else if (value === null) return "null";
  else if (value === undefined) return "";
  else return Array.isArray(value) ? "[…]" : "{…}";
  // Mask before cutting, so a number that straddles the cut is masked too.
  let head = text.slice(0, max + 16);
  for (const { start, end } of findBsnLike(head).reverse()) {
    head = `${head.slice(0, start)}*********${head.slice(end)}`;
  }
  const short = text.length > max ? `${head.slice(0, max)}…` : head;
  // eslint-disable-next-line no-control-regex
  return short.replace(/[\u0000-\u001f\u007f]/g, " ");
}
