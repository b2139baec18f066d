import type * as z from "zod";
import { coreIssue, type EchoParams } from "./codes.js";
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

/**
 * What an issue made from zod's may repeat of the input: core's echo policy (`echo/`) is one, and
 * {@link fromZod} takes it as an argument so that this module stays free of what the policy
 * looks for (BSNs, phone numbers, names).
 */
export interface EchoPolicy {
  /** The `{ value }` to put in an issue of `code` at `path` about `input`, or `{}` to show nothing. */
  readonly shown: (input: unknown, path: IssuePath, code: string) => EchoParams;
  /** How the name of an unknown field is shown in `value.unknown-fields`. */
  readonly fieldName: (key: string) => string;
}

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
 * Turn zod's issues into the library's issues under an echo policy: a stable code, a path, and
 * the values needed to explain it (the table of codes is at core's `toIssues`).
 *
 * Parse with `reportInput: true` so a missing value can be told from a wrong one. Core's
 * `toIssues` is this function under core's echo policy.
 *
 * @param issues - zod's issues (`error.issues`)
 * @param prefix - a path to put in front of every issue's path
 * @param policy - what the issues may repeat of the input
 * @returns the issues, one per zod issue (unions: the issues of the closest branch)
 * @example
 * fromZod(result.error.issues, [], { shown: () => ({}), fieldName: () => "…" });
 * // => [{ code: "value.required", path: ["childId"], … }, …]
 */
export function fromZod(issues: readonly ZodIssue[], prefix: IssuePath, policy: EchoPolicy): Issue[] {
  const out: Issue[] = [];
  for (const zi of issues) {
    const path = toPath(zi.path, prefix);
    const given = (code: string): EchoParams => policy.shown(zi.input, path, code);
    switch (zi.code) {
      case "invalid_type":
        if (zi.input === undefined) out.push(coreIssue("value.required", path));
        else out.push(coreIssue("value.type", path, { expected: EXPECTED[zi.expected] ?? String(zi.expected), ...given("value.type") }));
        break;
      case "too_small": {
        const min = Number(zi.minimum);
        if (zi.origin === "string") out.push(min <= 1 ? coreIssue("value.required", path) : coreIssue("value.too-short", path, { min }));
        else if (zi.origin === "array" || zi.origin === "set") out.push(coreIssue("value.too-few", path, { min }));
        else out.push(coreIssue("value.too-small", path, { min, ...given("value.too-small") }));
        break;
      }
      case "too_big": {
        const max = Number(zi.maximum);
        if (zi.origin === "string") out.push(coreIssue("value.too-long", path, { max }));
        else if (zi.origin === "array" || zi.origin === "set") out.push(coreIssue("value.too-many", path, { max }));
        else out.push(coreIssue("value.too-big", path, { max, ...given("value.too-big") }));
        break;
      }
      case "invalid_value":
        out.push(coreIssue("value.not-allowed", path, { allowed: zi.values.map(String) }));
        break;
      case "invalid_format":
        out.push(
          zi.format === "date"
            ? coreIssue("value.date", path, given("value.date"))
            : zi.format === "time"
              ? coreIssue("value.time", path, given("value.time"))
              : coreIssue("value.format", path, { format: zi.format, ...given("value.format") }),
        );
        break;
      case "not_multiple_of":
        out.push(zi.divisor === 1 ? coreIssue("value.type", path, { expected: "integer", ...given("value.type") }) : coreIssue("value.format", path, { format: `multiple of ${zi.divisor}`, ...given("value.format") }));
        break;
      case "unrecognized_keys":
        out.push(coreIssue("value.unknown-fields", path, { fields: zi.keys.map(policy.fieldName) }, "warning"));
        break;
      case "invalid_union": {
        // Report the branch that got furthest: the one with the fewest issues.
        const branches = zi.errors.filter((b) => b.length > 0);
        const best = branches.sort((a, b) => a.length - b.length)[0];
        out.push(...(best ? fromZod(best, path, policy) : [coreIssue("value.type", path, given("value.type"))]));
        break;
      }
      case "invalid_key":
      case "invalid_element":
        out.push(...fromZod(zi.issues, path, policy));
        break;
      case "custom": {
        const params = zi.params as Record<string, unknown> | undefined;
        const code = typeof params?.["kw"] === "string" ? params["kw"] : "value.invalid";
        const severity = params?.["severity"] === "warning" ? "warning" : "error";
        out.push(issue(code, path, { ...customParams(params), ...given(code) }, severity));
        break;
      }
      default:
        out.push(coreIssue("value.invalid", path, given("value.invalid")));
    }
  }
  return out;
}
