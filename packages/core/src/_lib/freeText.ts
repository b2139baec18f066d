import * as z from "zod";
import { findBsnLike } from "../bsn/index.js";
import { findContactData } from "../piiScan/contactData.js";
import { refineParams } from "../issues/codes.js";

/** The kinds of personal data that short free text may not hold (beyond a BSN). */
const REJECTED: ReadonlySet<string> = new Set(["phone", "email", "address", "postcode", "iban", "birthdate"]);

/** Short free text with this many digits or more (in all, any script) may hold a phone number, a BSN or an account number. */
const MAX_DIGITS = 8;
const DIGIT = /\p{Nd}/gu;

/** Options of {@link freeText}. */
export interface FreeTextOptions {
  /**
   * Codes of a public register that the field may hold instead of text (CBS neighbourhood codes):
   * such a code is kept upper case and never scanned for personal data. The pattern must match the
   * whole value, case-insensitively.
   */
  readonly code?: RegExp;
}

/**
 * A schema for short free text (a neighbourhood, an activity's or a partner's name): trimmed,
 * 1 to `max` characters, and free of personal data. Text that holds a BSN-like number is rejected
 * with `value.contains-bsn`; text that holds a phone number, an e-mail address, a postcode with
 * a house number or a full postcode alone (`5025 KL`, `5025KL`) is rejected with
 * `value.contains-personal-data` (`params.kind`: `phone`, `email`, `address`, `postcode`, `iban` or
 * `birthdate`); text
 * with 8 or more digits in all is rejected with `value.contains-personal-data`
 * without a kind (it may hold a phone number or a BSN written in a way no pattern knows). Neither
 * issue ever carries the text. Names are not rejected: funds and activities are named after people
 * ("Jantje Beton").
 *
 * @param max - the maximum length
 * @returns a zod string schema
 * @example
 * freeText(100).safeParse("Wijk 111222333").success; // => false (value.contains-bsn)
 * freeText(100).safeParse("Bel 06-12345678").success; // => false (value.contains-personal-data, kind phone)
 * freeText(100).safeParse("5025 KL").success; // => false (value.contains-personal-data, kind postcode)
 * freeText(100).safeParse("Team 1234 5678").success; // => false (value.contains-personal-data: 8 digits)
 * freeText(100).safeParse("Groenewoud").success; // => true
 */
export function freeText(max: number, options: FreeTextOptions = {}): z.ZodString {
  const { code } = options;
  const trimmed = z.string().trim();
  return (code === undefined ? trimmed : trimmed.overwrite((v) => (code.test(v) ? v.toUpperCase() : v)))
    .min(1)
    .max(max)
    .check((ctx) => {
      const text = ctx.value;
      if (text.length > max) return; // already rejected as too long; do not scan it
      if (code?.test(text)) return; // a code of a public register is never personal data
      if (findBsnLike(text).length > 0) {
        ctx.issues.push({ code: "custom", input: text, params: refineParams("value.contains-bsn"), message: "BSN in text" });
        return;
      }
      const found = findContactData(text).find((f) => REJECTED.has(f.kind));
      if (found) {
        ctx.issues.push({ code: "custom", input: text, params: refineParams("value.contains-personal-data", { kind: found.kind }), message: "personal data in text" });
        return;
      }
      if ((text.match(DIGIT)?.length ?? 0) >= MAX_DIGITS) {
        ctx.issues.push({ code: "custom", input: text, params: refineParams("value.contains-personal-data"), message: "too many digits in text" });
      }
    }) as unknown as z.ZodString;
}
