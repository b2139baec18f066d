import type * as z from "zod";
import { safeParse } from "../_lib/safeParse.js";
import { Activity } from "../activity/index.js";
import { Attendance } from "../attendance/index.js";
import type { Catalogues } from "../catalogue/index.js";
import { checkCodes, defaultCatalogues } from "../catalogue/index.js";
import { Child } from "../child/index.js";
import { looksLikeName } from "../id/index.js";
import type { Issue, IssuePath, Result } from "../issues/issue.js";
import { fail, hasErrors, issue, ok } from "../issues/issue.js";
import { Referral, checkReferralRecord } from "../referral/index.js";
import { personalDataIssues } from "../piiScan/index.js";
import { Session } from "../session/index.js";
import { Signal } from "../signal/index.js";

/** Options for the parse functions. */
export interface ParseOptions {
  /** The catalogues in use (default: {@link defaultCatalogues}). Codes are checked against them. */
  readonly catalogues?: Catalogues;
  /** A path to put in front of every issue's path, e.g. `["children", 3]`. */
  readonly path?: IssuePath;
}

/** Run a model's schema on untrusted input: blank fields dropped, never a throw. */
function run<S extends z.ZodType>(schema: S, input: unknown, path: IssuePath): Result<z.output<S>> {
  return safeParse(schema, input, path, withoutBlanks);
}

/**
 * A field holding only whitespace is no value, as an empty spreadsheet cell or form field is no
 * value: drop it, so an optional field stays unset and a required one is reported missing once.
 */
function withoutBlanks(input: unknown): unknown {
  if (typeof input !== "object" || input === null || Array.isArray(input)) return input;
  const record = input as Record<string, unknown>;
  let copy: Record<string, unknown> | undefined;
  for (const key of Object.keys(record)) {
    const value = record[key];
    if (typeof value === "string" && value.trim() === "") {
      copy ??= { ...record };
      delete copy[key];
    }
  }
  return copy ?? input;
}

function finish<T>(value: T, issues: Issue[]): Result<T> {
  return hasErrors(issues) ? fail(issues) : ok(value, issues);
}

/**
 * Validate a child. Rejects a BSN-like id; warns when the id reads like a first name.
 *
 * @param input - anything
 * @param options - a path prefix for issues
 * @returns the child (postcode reduced to PC4), or the issues that reject it
 * @example
 * parseChild({ childId: "kw-0101", birthDate: "2015-09-14" });
 * // => { ok: true, value: { childId: "kw-0101", birthDate: "2015-09-14" }, issues: [] }
 * parseChild({ childId: "111222333", birthDate: "2015-09-14" }).ok; // => false (child.childId.bsn)
 */
export function parseChild(input: unknown, options: ParseOptions = {}): Result<Child> {
  const path = options.path ?? [];
  const result = run(Child, input, path);
  if (!result.ok) return result;
  const issues: Issue[] = [];
  if (looksLikeName(result.value.childId)) issues.push(issue("child.childId.name-like", [...path, "childId"], {}, "warning"));
  return ok(result.value, issues);
}

/**
 * Validate an activity, its programme lines and pillars against the catalogues in use.
 *
 * @param input - anything
 * @param options - the catalogues in use and a path prefix
 * @returns the activity with defaults filled in, or the issues that reject it
 * @example
 * parseActivity({ activityId: "a-1", name: "Voetbal", kind: "sport", pillars: ["child", "school"] });
 * // => { ok: false, issues: [{ code: "catalogue.code.unknown", path: ["pillars", 1], … }] }
 */
export function parseActivity(input: unknown, options: ParseOptions = {}): Result<Activity> {
  const path = options.path ?? [];
  const catalogues = options.catalogues ?? defaultCatalogues;
  const result = run(Activity, input, path);
  if (!result.ok) return result;
  const a = result.value;
  return finish(a, [
    ...checkCodes(catalogues.programmeLines, a.programmeLines, [...path, "programmeLines"]),
    ...checkCodes(catalogues.pillars, a.pillars, [...path, "pillars"]),
  ]);
}

/**
 * Validate a session.
 *
 * @param input - anything
 * @param options - a path prefix
 * @returns the session with staff counts defaulted to 0, or the issues that reject it
 * @example
 * parseSession({ sessionId: "b-1", activityId: "a-1", date: "2025-10-01", durationMinutes: 0 }).ok;
 * // => false (value.too-small on durationMinutes)
 */
export function parseSession(input: unknown, options: ParseOptions = {}): Result<Session> {
  return run(Session, input, options.path ?? []);
}

/**
 * Validate an attendance record.
 *
 * @param input - anything
 * @param options - a path prefix
 * @returns the attendance (present by default), or the issues that reject it
 * @example
 * parseAttendance({ sessionId: "b-1", childId: "kw-0101" });
 * // => { ok: true, value: { sessionId: "b-1", childId: "kw-0101", present: true }, issues: [] }
 */
export function parseAttendance(input: unknown, options: ParseOptions = {}): Result<Attendance> {
  return run(Attendance, input, options.path ?? []);
}

/**
 * Validate a signal and its category against the catalogue in use. The description is scanned
 * for personal data (BSN, phone number, e-mail address, full postcode with or without house
 * number): each finding is a `text.personal-data` warning with its kind and position, never the
 * value. Apps decide whether such a warning blocks saving.
 *
 * @param input - anything
 * @param options - the catalogues in use and a path prefix
 * @returns the signal, or the issues that reject it
 * @example
 * parseSignal({ signalId: "s-1", childId: "kw-0101", date: "2025-10-01", category: "bullying", observedBy: "volunteer" }).ok; // => true
 */
export function parseSignal(input: unknown, options: ParseOptions = {}): Result<Signal> {
  const path = options.path ?? [];
  const catalogues = options.catalogues ?? defaultCatalogues;
  const result = run(Signal, input, path);
  if (!result.ok) return result;
  return finish(result.value, [
    ...checkCodes(catalogues.signalCategories, [result.value.category], [...path, "category"]).map(atField),
    ...personalDataIssues(result.value.description ?? "", [...path, "description"]),
  ]);
}

/**
 * Validate a referral record and its destination against the catalogue in use, with the
 * cross-field rules of {@link checkReferralRecord}: a sent (or later) referral needs `sentOn` and
 * `consent`, and `createdOn <= sentOn <= respondedOn <= closedOn`.
 *
 * @param input - anything
 * @param options - the catalogues in use and a path prefix
 * @returns the referral, or the issues that reject it
 * @example
 * parseReferral({ referralId: "v-1", childId: "kw-0101", destination: "cjg", createdOn: "2025-10-02", status: "draft" }).ok; // => true
 */
export function parseReferral(input: unknown, options: ParseOptions = {}): Result<Referral> {
  const path = options.path ?? [];
  const catalogues = options.catalogues ?? defaultCatalogues;
  const result = run(Referral, input, path);
  if (!result.ok) return result;
  return finish(result.value, [
    ...checkCodes(catalogues.referralDestinations, [result.value.destination], [...path, "destination"]).map(atField),
    ...checkReferralRecord(result.value, path),
  ]);
}

/** A single code checked as a list of one: drop the list index from the path. */
function atField(i: Issue): Issue {
  return issue(i.code, i.path.slice(0, -1), i.params, i.severity);
}
