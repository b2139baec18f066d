import type * as z from "zod";
import { echoParams } from "../echo/index.js";
import { excerpt } from "../excerpt/index.js";
import type { Issue, IssueParam, IssuePath } from "./issue.js";
import { issue } from "./issue.js";

type ZodIssue = z.core.$ZodIssue;

const EXPECTED: Readonly<Record<string, string>> = {
  string: "text",
  number: "number",
  int: "integer",
  boolean: "boolean",
  array: "list",
  object: "record",
  date: "date",
};

/** Codes whose value is never echoed, whatever its shape. */
const NEVER_ECHO: ReadonlySet<string> = new Set(["value.contains-bsn", "value.contains-personal-data", "value.id", "value.postcode", "value.code"]);

function toPath(path: readonly PropertyKey[], prefix: IssuePath): IssuePath {
  return [...prefix, ...path.map((key) => (typeof key === "symbol" ? String(key.description) : key))];
}

function customParams(params: Record<string, unknown> | undefined): Record<string, IssueParam> {
  const out: Record<string, IssueParam> = {};
  if (!params) return out;
  for (const [key, value] of Object.entries(params)) {
    if (key === "kw" || key === "severity") continue;
    if (value === null || typeof value === "string" || typeof value === "number" || typeof value === "boolean") out[key] = value;
    else if (Array.isArray(value)) out[key] = value.filter((v): v is string | number => typeof v === "string" || typeof v === "number");
  }
  return out;
}

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
export function toIssues(issues: readonly ZodIssue[], prefix: IssuePath = []): Issue[] {
  const out: Issue[] = [];
  for (const zi of issues) {
    const path = toPath(zi.path, prefix);
    const given = echoParams(zi.input, path);
    switch (zi.code) {
      case "invalid_type":
        if (zi.input === undefined) out.push(issue("value.required", path));
        else out.push(issue("value.type", path, { expected: EXPECTED[zi.expected] ?? String(zi.expected), ...given }));
        break;
      case "too_small": {
        const min = Number(zi.minimum);
        if (zi.origin === "string") out.push(issue(min <= 1 ? "value.required" : "value.too-short", path, min <= 1 ? {} : { min }));
        else if (zi.origin === "array" || zi.origin === "set") out.push(issue("value.too-few", path, { min }));
        else out.push(issue("value.too-small", path, { min, ...given }));
        break;
      }
      case "too_big": {
        const max = Number(zi.maximum);
        if (zi.origin === "string") out.push(issue("value.too-long", path, { max }));
        else if (zi.origin === "array" || zi.origin === "set") out.push(issue("value.too-many", path, { max }));
        else out.push(issue("value.too-big", path, { max, ...given }));
        break;
      }
      case "invalid_value":
        out.push(issue("value.not-allowed", path, { allowed: zi.values.map(String) }));
        break;
      case "invalid_format":
        out.push(
          zi.format === "date"
            ? issue("value.date", path, given)
            : zi.format === "time"
              ? issue("value.time", path, given)
              : issue("value.format", path, { format: zi.format, ...given }),
        );
        break;
      case "not_multiple_of":
        out.push(zi.divisor === 1 ? issue("value.type", path, { expected: "integer", ...given }) : issue("value.format", path, { format: `multiple of ${zi.divisor}`, ...given }));
        break;
      case "unrecognized_keys":
        out.push(issue("value.unknown-fields", path, { fields: zi.keys.map((k) => excerpt(k, 30)) }, "warning"));
        break;
      case "invalid_union": {
        // Report the branch that got furthest: the one with the fewest issues.
        const branches = zi.errors.filter((b) => b.length > 0);
        const best = branches.sort((a, b) => a.length - b.length)[0];
        out.push(...(best ? toIssues(best, path) : [issue("value.type", path, given)]));
        break;
      }
      case "invalid_key":
      case "invalid_element":
        out.push(...toIssues(zi.issues, path));
        break;
      case "custom": {
        const params = zi.params as Record<string, unknown> | undefined;
        const code = typeof params?.["kw"] === "string" ? params["kw"] : "value.invalid";
        const severity = params?.["severity"] === "warning" ? "warning" : "error";
        // Generic value codes may show what was given (under the echo policy); domain codes never do.
        const shown = code.startsWith("value.") && !NEVER_ECHO.has(code) ? echoParams(zi.input, path) : {};
        out.push(issue(code, path, { ...customParams(params), ...shown }, severity));
        break;
      }
      default:
        out.push(issue("value.invalid", path, given));
    }
  }
  return out;
}
