// The public face of @kinderwerk/core: every export is named here.

// Labels and languages
export { LANGS } from "./labels/index.js";
export type { Labels, Lang } from "./labels/index.js";

// Issues and messages
export { issue, ok, fail, hasErrors } from "./issues/issue.js";
export type { Issue, IssueParam, IssuePath, Result, Severity } from "./issues/issue.js";
export { toIssues } from "./issues/fromZod.js";
export { formatIssue, mergeMessages } from "./issues/format.js";
export type { FormatIssueOptions } from "./issues/format.js";
export { coreMessages } from "./issues/messages/core.js";
export type { MessageFn, MessageTable } from "./issues/messages/types.js";
export { fieldLabels, fieldLabel } from "./fields/index.js";
export type { FieldName } from "./fields/index.js";
export { excerpt } from "./excerpt/index.js";

// BSN detection
export { looksLikeBsn, findBsnLike } from "./bsn/index.js";

// Calendar dates
export { CalendarDate, isCalendarDate, isLeapYear, daysInMonth, dateParts, formatCalendarDate } from "./calendarDate/index.js";

// --- dates, school years, holidays, ages (section owned by the dates work) ---

// --- models and catalogues ---

// --- workflows: signals, meldcode, referrals ---
