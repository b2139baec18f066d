import * as z from "zod";
import { refineParams } from "../issues/codes.js";

const POSTCODE = /^([1-9][0-9]{3})\s?(?:[A-Za-z]{2})?$/;

/**
 * Reduce a Dutch postcode to its four digits (PC4), the level at which it may be used for
 * reporting. Accepts `1234`, `1234AB` and `1234 AB`, with spaces around them.
 *
 * @param value - a postcode
 * @returns the four digits, or `undefined` when it is not a Dutch postcode
 * @example
 * toPc4("5025 KL"); // => "5025"
 * toPc4(" 5025 KL "); // => "5025"
 * toPc4("0123"); // => undefined
 */
export function toPc4(value: string): string | undefined {
  if (typeof value !== "string") return undefined;
  const text = value.trim();
  if (text.length > 7) return undefined;
  return POSTCODE.exec(text)?.[1];
}

/**
 * A postcode, kept as its four digits (PC4). The input may carry the two letters (`5025 KL`);
 * they are dropped, so the house-level postcode is never stored.
 */
export const Postcode = z
  .string()
  .max(16)
  .refine((v) => toPc4(v) !== undefined, { params: refineParams("value.postcode") })
  .meta({ pattern: "^\\s*[1-9][0-9]{3}\\s?(?:[A-Za-z]{2})?\\s*$" })
  .transform((value) => value.trim().slice(0, 4))
  .meta({ description: "A Dutch postcode; stored as its four digits (PC4).", examples: ["5025", "5025 KL"] });
