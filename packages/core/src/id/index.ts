import * as z from "zod";
import { looksLikeBsn } from "../bsn/index.js";

const ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._:/-]*$/;

/**
 * An identifier of a record: 1–64 characters, letters, digits and `. _ : / -`, starting with a
 * letter or digit. No spaces, so a full name cannot pass as an id.
 */
export const RecordId = z
  .string()
  .min(1)
  .max(64)
  .refine((v) => ID_PATTERN.test(v), { params: { kw: "value.id" } })
  .meta({ description: "An identifier: letters, digits and . _ : / -, at most 64 characters.", pattern: ID_PATTERN.source, examples: ["act-12"] });

const NAME_LIKE = /^\p{Lu}\p{Ll}{2,}$/u;

/**
 * Whether an id reads like a first name (`Fatima`, `Daan`): one capitalised word of letters.
 * Such an id is accepted with a warning, since ids must be pseudonyms.
 *
 * @param id - an id
 * @returns `true` when it looks like a name
 * @example
 * looksLikeName("Fatima"); // => true
 * looksLikeName("kw-0101"); // => false
 */
export function looksLikeName(id: string): boolean {
  return NAME_LIKE.test(id);
}

/**
 * A child's pseudonymous id. Never a BSN: an id of nine digits that passes the 11-test is rejected
 * (`child.childId.bsn`), because a welfare organisation may not process BSNs. (Parsing a child
 * also warns when the id reads like a first name.)
 */
export const ChildId = RecordId.check((ctx) => {
  if (looksLikeBsn(ctx.value)) {
    ctx.issues.push({ code: "custom", input: ctx.value, params: { kw: "child.childId.bsn" }, message: "BSN-like id", continue: false });
  }
}).meta({ description: "A child's pseudonymous id: never a name, never a BSN.", examples: ["kw-0101"] });
