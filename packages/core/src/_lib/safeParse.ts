import type * as z from "zod";
import { toIssues } from "../echo/toIssues.js";
import type { IssuePath, Result } from "../issues/issue.js";
import { fail, ok } from "../issues/issue.js";
import { coreIssue } from "../issues/codes.js";

/**
 * Run a zod schema on untrusted input without ever throwing. Zod's issues become the library's
 * issues (see {@link toIssues}); a value whose reading throws (a hostile getter or proxy, a
 * revoked proxy) becomes one `value.unreadable` issue at `path`.
 *
 * @param schema - the schema to run
 * @param input - anything
 * @param path - a path to put in front of every issue's path
 * @param prepare - an optional step run on the input first, inside the same guard (it may throw)
 * @returns the parsed value, or the issues that reject it
 * @example
 * safeParse(z.string(), 1, ["name"]);
 * // => { ok: false, issues: [{ code: "value.type", path: ["name"], params: { expected: "text", value: "1" }, … }] }
 */
export function safeParse<S extends z.ZodType>(
  schema: S,
  input: unknown,
  path: IssuePath = [],
  prepare?: (input: unknown) => unknown,
): Result<z.output<S>> {
  try {
    const parsed = schema.safeParse(prepare === undefined ? input : prepare(input), { reportInput: true });
    return parsed.success ? ok(parsed.data) : fail(toIssues(parsed.error.issues, path));
  } catch {
    return fail([coreIssue("value.unreadable", path)]);
  }
}
