import * as z from "zod";
import { findBsns, looksLikeBsn } from "../bsn/index.js";
import { refineParams } from "../issues/codes.js";

const ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._:/-]*$/;

/**
 * Whether an id is, or holds, a BSN (`111222333`, `111.222.333`, `NL111222333`, `kw-111.222.333`):
 * nine digits passing the 11-test, alone or split by separators, or such a run standing as its own
 * token. Nine digits inside a longer run of letters and digits (a UUID's or a hex digest's) are no
 * BSN. Ids are checked on every imported row, so an id with fewer than nine digits, as most are, is
 * answered by counting digits before any pattern runs.
 */
const holdsBsn = (id: string): boolean => {
  let digits = 0;
  for (let i = 0; i < id.length && digits < 9; i++) {
    const c = id.charCodeAt(i);
    if (c >= 48 && c <= 57) digits++;
  }
  return digits >= 9 && (looksLikeBsn(id) || findBsns(id).length > 0);
};

/**
 * An id: 1–64 characters, never BSN-like, then the pattern. The BSN check comes first and stops the
 * others, so an id that holds a BSN gets exactly one issue, which says why.
 */
const idWith = (bsnCode: "value.contains-bsn" | "child.childId.bsn") =>
  z
    .string()
    .min(1)
    .max(64)
    .check((ctx) => {
      if (holdsBsn(ctx.value)) {
        ctx.issues.push({ code: "custom", input: ctx.value, params: refineParams(bsnCode), message: "BSN-like id", continue: false });
      }
    })
    .refine((v) => ID_PATTERN.test(v), { params: refineParams("value.id") });

/**
 * An identifier of a record: 1–64 characters, letters, digits and `. _ : / -`, starting with a
 * letter or digit. No spaces, so a full name cannot pass as an id. An id that is or holds a
 * BSN (nine digits that pass the 11-test standing as their own token, as `findBsns` finds them;
 * UUIDs, ULIDs and hex ids never do) is rejected
 * with `value.contains-bsn`: a welfare organisation may not process BSNs, not even as a key.
 */
export const RecordId = idWith("value.contains-bsn").meta({
  description: "An identifier: letters, digits and . _ : / -, at most 64 characters; never a BSN.",
  pattern: ID_PATTERN.source,
  examples: ["act-12"],
});

const NAME_LIKE = /^\p{Lu}\p{Ll}{2,}$/u;

/**
 * Whether an id reads like a name, so that it may not be a pseudonym: one capitalised word of
 * letters (`Fatima`, `Daan`), or an id with no digit at all (`Fatima_de_Vries`, `fatima.devries`,
 * `daan`). Pseudonyms almost always carry a number (`kw-0101`). Such an id is accepted with a
 * warning (`child.childId.name-like`); an id such as `kw-abc` warns too, and that is intended.
 *
 * @param id - an id
 * @returns `true` when it looks like a name
 * @example
 * looksLikeName("Fatima"); // => true
 * looksLikeName("fatima.devries"); // => true (no digit)
 * looksLikeName("kw-0101"); // => false
 */
export function looksLikeName(id: string): boolean {
  return NAME_LIKE.test(id) || !/\p{N}/u.test(id);
}

/**
 * A child's pseudonymous id. Never a BSN: an id that is or holds nine digits that pass the 11-test
 * (`111222333`, `NL111222333`) is rejected with `child.childId.bsn`, because a welfare
 * organisation may not process BSNs. (Parsing a child also warns when the id reads like a name,
 * see {@link looksLikeName}.)
 */
export const ChildId = idWith("child.childId.bsn").meta({
  description: "A child's pseudonymous id: never a name, never a BSN.",
  pattern: ID_PATTERN.source,
  examples: ["kw-0101"],
});
