import type * as z from "zod";
import { excerpt } from "../excerpt/index.js";
import { fromZod, type EchoPolicy } from "../issues/fromZod.js";
import type { Issue, IssuePath } from "../issues/issue.js";
import { echoParams } from "./index.js";

/** Codes whose value is never echoed, whatever its shape. */
const NEVER_ECHO: ReadonlySet<string> = new Set(["value.contains-bsn", "value.contains-personal-data", "value.id", "value.postcode", "value.code"]);

/**
 * Core's echo policy for the issues made from zod's: generic value codes may show what was given
 * (under {@link echoParams}); ids, postcodes, codes, personal data and every domain code never do.
 * An unknown field's name is shown cut short, any BSN-like number in it masked.
 */
const coreEchoPolicy: EchoPolicy = {
  shown: (input, path, code) => (code.startsWith("value.") && !NEVER_ECHO.has(code) ? echoParams(input, path) : {}),
  fieldName: (key) => excerpt(key, 30),
};

/**
 * Turn zod's issues into the library's issues: a stable code, a path, and the values needed to
 * explain it. An offending value is echoed (`params.value`) only under the echo policy: a short
 * date-, time- or number-shaped string, never in an id or postcode field, never anything that
 * looks like a BSN or other personal data, and never for an unknown code (`value.not-allowed`).
 *
 * | zod | issue code |
 * | --- | --- |
 * | missing value (`invalid_type` with no input) | `value.required` |
 * | `invalid_type` | `value.type` (`expected`) |
 * | `too_small` / `too_big` on text | `value.too-short` / `value.too-long` (`min` / `max`) |
 * | `too_small` / `too_big` on numbers | `value.too-small` / `value.too-big` (`min` / `max`) |
 * | `too_small` / `too_big` on lists | `value.too-few` / `value.too-many` |
 * | `invalid_value` | `value.not-allowed` (`allowed`) |
 * | `invalid_format` | `value.format` (`format`), `value.date` for dates |
 * | `custom` with `params.kw` | that code, with the other params |
 *
 * Parse with `reportInput: true` so a missing value can be told from a wrong one.
 *
 * @param issues - zod's issues (`error.issues`)
 * @param prefix - a path to put in front of every issue's path
 * @returns the issues, one per zod issue (unions: the issues of the closest branch)
 * @example
 * const result = Child.safeParse({}, { reportInput: true });
 * if (!result.success) toIssues(result.error.issues);
 * // => [{ code: "value.required", path: ["childId"], … }, …]
 */
export function toIssues(issues: readonly z.core.$ZodIssue[], prefix: IssuePath = []): Issue[] {
  return fromZod(issues, prefix, coreEchoPolicy);
}
