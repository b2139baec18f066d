// Private helpers shared by the workflows (meldcode, referrals). Never exported from the package.
import * as z from "zod";
import { CalendarDate, isCalendarDate } from "../calendarDate/index.js";
import type { Issue, IssuePath, Result } from "../issues/issue.js";
import { fail, issue, ok } from "../issues/issue.js";
import { coreIssue } from "../issues/codes.js";
import { safeParse } from "./safeParse.js";
import { excerpt } from "../excerpt/index.js";
import { StaffRole } from "../staffRole/index.js";

/**
 * When an event happened: a calendar date (`2025-10-01`), or an ISO timestamp with an offset
 * written in the organisation's local time (`2025-10-01T23:30:00+02:00`). The day of the event is
 * the date part AS WRITTEN: a timestamp in UTC (`…Z`) counts on its UTC date, which at night is the
 * previous Dutch day. Write local times with their offset, or plain dates.
 */
export const EventTime = z.union([CalendarDate, z.iso.datetime({ offset: true })]);

/** The fields every workflow event carries: who (a role, never a name) and when. */
export const eventBase = { by: StaffRole, at: EventTime } as const;

/**
 * The calendar day of an event time, taken as written (`2025-10-01T09:00:00+02:00` → `2025-10-01`,
 * `2025-10-01T23:30:00Z` → `2025-10-01`): no time-zone conversion, so the day is the one the writer
 * of the timestamp saw. See {@link EventTime}.
 */
export function dayOf(at: string): CalendarDate {
  const day = at.slice(0, 10);
  return isCalendarDate(day) ? day : at;
}

/** A workflow state's bookkeeping: the day of the last event, for the order check. */
export interface Stamped {
  readonly updatedOn?: CalendarDate | undefined;
}

/** The issue for an event that the current state does not allow. */
export function notAllowed(workflow: "meldcode" | "referral", state: string, event: string, allowed: readonly string[]): Issue {
  return coreIssue("workflow.event.not-allowed", ["type"], { workflow, state, event, allowed: [...allowed] });
}

/**
 * Check an untrusted event against its schema and the time order: an event may not be dated before
 * the previous one.
 */
export function checkEvent<T extends { readonly at: string }>(schema: z.ZodType<T>, types: readonly string[], event: unknown, state: Stamped): Result<T> {
  let typeIssue: Issue | undefined;
  try {
    typeIssue = checkType(types, event);
  } catch {
    return fail([coreIssue("value.unreadable", [])]);
  }
  if (typeIssue !== undefined) return fail([typeIssue]);
  const parsed = safeParse(schema, event);
  if (!parsed.ok) return parsed;
  const day = dayOf(parsed.value.at);
  if (state.updatedOn !== undefined && day < state.updatedOn) {
    return fail([coreIssue("workflow.event.out-of-order", ["at"], { at: day, previous: state.updatedOn })]);
  }
  return ok(parsed.value);
}

/**
 * The event's `type` checked against the known types before the schema runs, so that an unknown
 * type gives "choose from …" rather than zod's discriminator message.
 */
function checkType(types: readonly string[], event: unknown): Issue | undefined {
  if (typeof event !== "object" || event === null || Array.isArray(event)) return undefined;
  const type: unknown = (event as Record<string, unknown>)["type"];
  if (type === undefined || type === null || type === "") return coreIssue("value.required", ["type"]);
  if (typeof type === "string" && types.includes(type)) return undefined;
  return coreIssue("value.not-allowed", ["type"], { allowed: [...types], value: excerpt(type) });
}

/** Replay events from an initial state; the first rejected event stops the replay, its index in the path. */
export function replayEvents<S, E>(initial: S, events: readonly E[], step: (state: S, event: E) => Result<S>): Result<S> {
  let state = initial;
  for (let index = 0; index < events.length; index++) {
    const next = step(state, events[index] as E);
    if (!next.ok) return fail(next.issues.map((i) => issue(i.code, [index, ...i.path] as IssuePath, i.params, i.severity)));
    state = next.value;
  }
  return ok(state);
}
