// An in-memory store: one Map per kind of record. A Map (not a plain object) keeps ids such as
// "constructor" or "__proto__" ordinary keys.
import type { Activity, Attendance, Child, Session } from "@kinderwerk/core";

/** Everything the server has accepted, in memory, gone when the process stops. */
export class Store {
  readonly children = new Map<string, Child>();
  readonly activities = new Map<string, Activity>();
  readonly sessions = new Map<string, Session>();
  readonly attendance = new Map<string, Attendance>();
}

/** The key of an attendance record: one per child per session. */
export function attendanceKey(a: Pick<Attendance, "sessionId" | "childId">): string {
  return `${a.sessionId}\u0000${a.childId}`;
}
