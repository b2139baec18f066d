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
export { defineVocabulary, codeOf, labelOf } from "./vocabulary/index.js";
export type { Vocabulary } from "./vocabulary/index.js";
export { ACTIVITY_KINDS, ActivityKind, ActivityKindVocabulary } from "./activityKind/index.js";
export { LOCATION_TYPES, LocationType, LocationTypeVocabulary } from "./locationType/index.js";
export { PARTNER_SECTORS, PartnerSector, PartnerSectorVocabulary } from "./partnerSector/index.js";
export { GENDERS, Gender, GenderVocabulary } from "./gender/index.js";
export { STAFF_ROLES, StaffRole, StaffRoleVocabulary } from "./staffRole/index.js";
export {
  CATALOGUE_KINDS,
  Catalogue,
  CatalogueCode,
  CatalogueEntry,
  catalogueCodeOf,
  checkCodes,
  createCatalogues,
  defaultCatalogues,
  defaultPillars,
  defaultProgrammeLines,
  defaultReferralDestinations,
  defaultSignalCategories,
  findEntry,
  parseCatalogue,
} from "./catalogue/index.js";
export type { CatalogueKind, Catalogues } from "./catalogue/index.js";
export { RecordId, ChildId, looksLikeName } from "./id/index.js";
export { Postcode, toPc4 } from "./postcode/index.js";
export { Child, Neighbourhood } from "./child/index.js";
export type { ChildInput } from "./child/index.js";
export { Activity, Partner, TARGET_AGE } from "./activity/index.js";
export type { ActivityInput } from "./activity/index.js";
export { Session, StartTime } from "./session/index.js";
export type { SessionInput } from "./session/index.js";
export { Attendance } from "./attendance/index.js";
export type { AttendanceInput } from "./attendance/index.js";
export { Signal, Confidentiality, CONFIDENTIALITY_LEVELS } from "./signal/index.js";
export type { SignalInput } from "./signal/index.js";
export { Referral, ReferralStatus, REFERRAL_STATUSES, ConsentKind, CONSENT_KINDS } from "./referral/index.js";
export type { ReferralInput } from "./referral/index.js";
export { parseChild, parseActivity, parseSession, parseAttendance, parseSignal, parseReferral } from "./parse/index.js";
export type { ParseOptions } from "./parse/index.js";

// --- workflows: signals, meldcode, referrals ---
