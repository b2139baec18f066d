// Private helpers shared by the workflows (meldcode, referrals). Never exported from the package.
import * as z from "zod";
import { CalendarDate, isCalendarDate } from "../calendarDate/index.js";
import type { Issue, IssuePath, Result } from "../issues/issue.js";
import { fail, issue, ok } from "../issues/issue.js";
import { toIssues } from "../issues/fromZod.js";
import { StaffRole } from "../staffRole/index.js";

/** When an event happened: a calendar date, or an ISO timestamp with an offset. */
export const EventTime = z.union([CalendarDate, z.iso.datetime({ offset: true })]);

/** The fields every workflow event carries: who (a role, never a name) and when. */
export const eventBase = { by: StaffRole, at: EventTime } as const;

/** The calendar day of an event time, as written (`2025-10-01T09:00:00+02:00` → `2025-10-01`). */
export function dayOf(at: string): CalendarDate {
  const day = at.slice(0, 10);
  return isCalendarDate(day) ? day : at;
}

/** A workflow state's bookkeeping: the day of the last event, for the order check. */
export interface Stamped {
  readonly updatedOn?: CalendarDate | undefined;
}

/** The issue for an event that the current state does not allow. */
export function notAllowed(workflow: string, state: string, event: string, allowed: readonly string[]): Issue {
  return issue("workflow.event.not-allowed", ["type"], { workflow, state, event, allowed: [...allowed] });
}

/**
 * Check an untrusted event against its schema and the time order: an event may not be dated before
 * the previous one.
 */
export function checkEvent<T extends { readonly at: string }>(schema: z.ZodType<T>, event: unknown, state: Stamped): Result<T> {
  let parsed: z.ZodSafeParseResult<T>;
  try {
    parsed = schema.safeParse(event, { reportInput: true });
  } catch {
    return fail([issue("value.unreadable")]);
  }
  if (!parsed.success) return fail(toIssues(parsed.error.issues));
  const day = dayOf(parsed.data.at);
  if (state.updatedOn !== undefined && day < state.updatedOn) {
    return fail([issue("workflow.event.out-of-order", ["at"], { at: day, previous: state.updatedOn })]);
  }
  return ok(parsed.data);
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
