// The form logic, kept apart from the DOM so it can be tested on its own: turn the text of the
// fields into the input @kinderwerk/core expects, validate it, and add the checks that only the app
// can make (is this child registered already? is it on the list twice?).
import { formatIssue, hasErrors, issue, parseAttendance, parseChild, parseSession } from "@kinderwerk/core";
import type { Attendance, Child, Issue, IssuePath, Lang, MessageTable, Session } from "@kinderwerk/core";

/** The text of a form's fields, by field name, as the browser gives it. */
export type FieldText = Readonly<Record<string, string>>;

/** The fields of the child form, in the order they appear. */
export const CHILD_FIELDS = ["childId", "birthDate", "gender", "postcode", "neighbourhood", "groep"] as const;

/** The fields of the session form (the attendance list comes on top of these). */
export const SESSION_FIELDS = ["sessionId", "activityId", "date", "startTime", "durationMinutes"] as const;

/** One row of the attendance list, as typed. */
export interface AttendanceRowText {
  readonly childId: string;
  readonly present: boolean;
}

/**
 * Turn field text into the input core expects: trimmed, an empty field left out (so an optional
 * field that was left empty is simply absent), and whole numbers in numeric fields as numbers.
 * Text that is not a whole number stays text, so core can say what is wrong with it.
 */
export function toInput(text: FieldText, fields: readonly string[], numeric: readonly string[] = []): Record<string, unknown> {
  const input: Record<string, unknown> = {};
  for (const field of fields) {
    const value = (Object.hasOwn(text, field) ? text[field] : undefined)?.trim() ?? "";
    if (value === "") continue;
    input[field] = numeric.includes(field) && /^[+-]?\d{1,6}$/.test(value) ? Number(value) : value;
  }
  return input;
}

/** The messages for the checks this app adds to core's, in Dutch and English. */
export const formMessages: MessageTable = {
  "form.childId.duplicate": {
    nl: () => "Er is al een kind met dit Kind-ID ingeschreven.",
    en: () => "A child with this Child ID is already registered.",
  },
  "form.attendance.unknown-child": {
    nl: () => "Dit kind is (nog) niet ingeschreven. Schrijf het eerst in.",
    en: () => "This child is not registered (yet). Register the child first.",
  },
  "form.attendance.duplicate": {
    nl: () => "Dit kind staat al eerder op de lijst.",
    en: () => "This child is already on the list.",
  },
  "form.attendance.empty": {
    nl: () => "Voeg minstens één kind toe aan de presentielijst.",
    en: () => "Add at least one child to the attendance list.",
  },
};

/** What a validation gives back: the value when it may be saved, and all issues to show. */
export type Checked<T> = { readonly ok: true; readonly value: T; readonly issues: readonly Issue[] } | { readonly ok: false; readonly issues: readonly Issue[] };

/**
 * Validate the child form.
 *
 * @param text - the text of the child form's fields
 * @param registered - the ids of the children registered so far
 * @param today - today's date, `YYYY-MM-DD`, stored as the registration date
 */
export function checkChild(text: FieldText, registered: ReadonlySet<string>, today: string): Checked<Child> {
  const input = { ...toInput(text, CHILD_FIELDS, ["groep"]), registeredOn: today };
  const result = parseChild(input);
  if (!result.ok) return result;
  if (registered.has(result.value.childId)) {
    return { ok: false, issues: [...result.issues, issue("form.childId.duplicate", ["childId"])] };
  }
  return result;
}

/** A session with its attendance list, ready to be saved. */
export interface SessionWithAttendance {
  readonly session: Session;
  readonly attendance: readonly Attendance[];
}

/**
 * Validate the session form and its attendance list. Attendance issues carry the path
 * `["attendance", row, field]`.
 *
 * @param text - the text of the session form's fields
 * @param rows - the attendance list
 * @param registered - the ids of the children registered so far
 */
export function checkSession(text: FieldText, rows: readonly AttendanceRowText[], registered: ReadonlySet<string>): Checked<SessionWithAttendance> {
  const sessionResult = parseSession(toInput(text, SESSION_FIELDS, ["durationMinutes"]));
  const issues: Issue[] = [...sessionResult.issues];
  const attendance: Attendance[] = [];
  // The session id is checked once, on the session itself; a placeholder keeps each row's check
  // about the row.
  const sessionId = sessionResult.ok ? sessionResult.value.sessionId : "pending";
  const seen = new Set<string>();
  rows.forEach((row, i) => {
    const path: IssuePath = ["attendance", i];
    const childId = row.childId.trim();
    const result = parseAttendance(childId === "" ? { sessionId, present: row.present } : { sessionId, childId, present: row.present }, { path });
    issues.push(...result.issues);
    if (!result.ok) return;
    if (seen.has(childId)) issues.push(issue("form.attendance.duplicate", [...path, "childId"]));
    else if (!registered.has(childId)) issues.push(issue("form.attendance.unknown-child", [...path, "childId"]));
    seen.add(childId);
    attendance.push(result.value);
  });
  if (rows.length === 0) issues.push(issue("form.attendance.empty", ["attendance"]));
  if (!sessionResult.ok || hasErrors(issues)) return { ok: false, issues };
  return { ok: true, value: { session: sessionResult.value, attendance }, issues };
}

/** The id of the element that shows the field at `path` in `form`: `child-birthDate`, `session-attendance-0-childId`. */
export function fieldId(form: string, path: IssuePath): string {
  return [form, ...path].join("-");
}

/** The messages to show, grouped by the id of the field they belong to, errors before warnings. */
export function messagesByField(form: string, issues: readonly Issue[], lang: Lang): Map<string, { text: string; severity: Issue["severity"] }[]> {
  const byField = new Map<string, { text: string; severity: Issue["severity"] }[]>();
  const sorted = [...issues].sort((a, b) => (a.severity === b.severity ? 0 : a.severity === "error" ? -1 : 1));
  for (const i of sorted) {
    const id = fieldId(form, i.path);
    const list = byField.get(id) ?? [];
    list.push({ text: formatIssue(i, { lang, messages: formMessages }), severity: i.severity });
    byField.set(id, list);
  }
  return byField;
}

/** Today's date in the browser's time zone, `YYYY-MM-DD`. */
export function localToday(now: Date): string {
  const pad = (n: number): string => String(n).padStart(2, "0");
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
