// The public face of @kinderwerk/core: every export is named here.

// Labels and languages
export { LANGS } from "./issues/lang.js";
export type { Lang } from "./issues/lang.js";
export type { Labels } from "./labels/index.js";

// Issues and messages
export { issue, ok, fail, hasErrors } from "./issues/issue.js";
export type { Issue, IssueParam, IssuePath, Result, Severity } from "./issues/issue.js";
export { CORE_ISSUE_CODES } from "./issues/codes.js";
export type { AgeRangeParams, CoreIssue, CoreIssueCode, CoreIssueParams, FieldOrder, HolidayKindParams, EchoParams } from "./issues/codes.js";
export { toIssues } from "./echo/toIssues.js";
export { mergeMessages } from "./issues/format.js";
export type { FormatIssueOptions } from "./issues/format.js";
export { coreMessages, formatIssue } from "./messages/index.js";
export type { MessageFn, MessageTable, MessagesFor } from "./issues/messageTable.js";
export { fieldLabels, fieldLabel } from "./fields/index.js";
export type { FieldName } from "./fields/index.js";
export { excerpt } from "./excerpt/index.js";
export { echo, echoParams, isIdPath, fieldKey, ECHO_MAX } from "./echo/index.js";

// BSN detection
export { looksLikeBsn, findBsnLike, findBsns } from "./bsn/index.js";

// Ids to small numbers (the dataset checks and the report accumulator)
export { Interner } from "./interner/index.js";

// Calendar dates
export { CalendarDate, isCalendarDate, isLeapYear, daysInMonth, dateParts, formatCalendarDate } from "./calendarDate/index.js";

// --- dates, school years, holidays, ages (section owned by the dates work) ---
export {
  addDays,
  assertCalendarDate,
  assertDateRange,
  compareDates,
  DateError,
  DateRange,
  daysBetween,
  fromEpochDay,
  isDateError,
  isDateWithin,
  isoWeekday,
  rangesOverlap,
  toEpochDay,
} from "./calendarDate/index.js";
export type { DateErrorCode } from "./calendarDate/index.js";
export {
  dateOfDayNumber,
  datePartsOfDayNumber,
  dayNumber,
  dayNumberFromParts,
  dayNumberOfIsoWeek,
  isoWeekOfDayNumber,
  monthOfDayNumber,
  quarterOfDayNumber,
  readDayNumber,
  weekdayOfDayNumber,
} from "./calendarDate/dayNumber.js";
export { parseSchoolYear, schoolYear, schoolYearOf, SchoolYearId, schoolYearsIn } from "./schoolYear/index.js";
export type { SchoolYear } from "./schoolYear/index.js";
export { calendarYear, calendarYearOf, month, monthOf, parseCalendarPeriod, quarter, quarterOf } from "./calendarPeriod/index.js";
export type { CalendarYear, Month, Quarter } from "./calendarPeriod/index.js";
export { isoWeekId, isoWeekOf, isoWeekRange, isoWeeksInYear } from "./isoWeek/index.js";
export type { IsoWeek } from "./isoWeek/index.js";
export {
  checkHolidayCoverage,
  createHolidayCalendar,
  HOLIDAY_KINDS,
  HolidayCalendarYear,
  HolidayEntry,
  HolidayKind,
  holidayKindLabels,
  isSchoolHoliday,
  listSchoolHolidays,
  SCHOOL_HOLIDAYS_2023_2024_SOURCE,
  SCHOOL_HOLIDAYS_SOURCE,
  SCHOOL_REGIONS,
  schoolHolidayLabel,
  schoolHolidayOn,
  schoolHolidayPeriod,
  schoolHolidays,
  SchoolRegion,
  schoolRegionLabels,
} from "./holidays/index.js";
export type { CreateHolidayCalendarOptions, HolidayCalendar, HolidayQuery, SchoolHoliday } from "./holidays/index.js";
export { ageOn, checkAge, TARGET_GROUP, TARGET_GROUP_CLASSES, TargetGroupClass, targetGroupClassLabels, targetGroupClassOf } from "./age/index.js";
export type { AgeRange, CheckAgeOptions } from "./age/index.js";
export { AgeBand, ageBandKeys, ageBandLabel, ageBandOf, AgeBands, createAgeBands, defaultAgeBands, MAX_BAND_AGE } from "./ageBands/index.js";
export {
  estimateGroep,
  Groep,
  GROEPEN,
  groepLabel,
  isGroep,
  SCHOOL_PHASES,
  SchoolPhase,
  schoolPhaseGroepen,
  schoolPhaseLabels,
  schoolPhaseOf,
} from "./groep/index.js";
export type { GroepEstimate } from "./groep/index.js";
export { datesMessages } from "./messages/index.js";

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
export { parseEuro } from "./euro/index.js";
export { Postcode, toPc4 } from "./postcode/index.js";
export { CBS_AREA_CODE, Child, Neighbourhood } from "./child/index.js";
export type { ChildInput } from "./child/index.js";
export { Activity, Partner } from "./activity/index.js";
export type { ActivityInput } from "./activity/index.js";
export { Session, StartTime } from "./session/index.js";
export type { SessionInput } from "./session/index.js";
export { Attendance } from "./attendance/index.js";
export type { AttendanceInput } from "./attendance/index.js";
export { Signal, Confidentiality, CONFIDENTIALITY_LEVELS } from "./signal/index.js";
export type { SignalInput } from "./signal/index.js";
export { Referral, ReferralStatus, REFERRAL_STATUSES, ConsentKind, CONSENT_KINDS } from "./referral/index.js";
export type { ReferralInput } from "./referral/index.js";
export { StaffMember } from "./staff/index.js";
export { Staffing, StaffingKind, StaffingKindVocabulary, STAFFING_KINDS } from "./staffing/index.js";
export { Signup, SignupStatus, SignupStatusVocabulary, SIGNUP_STATUSES } from "./signup/index.js";
export { MeldcodeTrajectory, MeldcodeDecisionVocabulary } from "./meldcodeTrajectory/index.js";
export { Budget, FunderKind, FunderKindVocabulary, FUNDER_KINDS } from "./budget/index.js";
export { Target } from "./target/index.js";
export { NeighbourhoodRecord } from "./neighbourhood/index.js";
export {
  parseChild,
  parseActivity,
  parseSession,
  parseAttendance,
  parseSignal,
  parseReferral,
  parseStaffMember,
  parseStaffing,
  parseSignup,
  parseMeldcodeTrajectory,
  parseBudget,
  parseTarget,
  parseNeighbourhood,
} from "./parse/index.js";

// The tables of the exchange format, each defined once
export {
  tables,
  TABLE_NAMES,
  TABLE_MODELS,
  isTableName,
  tableFromName,
  defineTable,
  column,
  spellings,
  childrenTable,
  activitiesTable,
  sessionsTable,
  attendanceTable,
  signalsTable,
  referralsTable,
  staffTable,
  staffingTable,
  signupsTable,
  meldcodeTable,
  budgetsTable,
  targetsTable,
  neighbourhoodsTable,
} from "./tables/index.js";
export type {
  AnyTableRecord,
  TableBatch,
  ColumnMore,
  ColumnSpec,
  ParseOptions,
  RecordCheckContext,
  TableDefinition,
  TableModel,
  TableName,
  TableRecord,
  TableReference,
  TableSpec,
  ValueType,
} from "./tables/index.js";
export { toJsonSchemas, JSON_SCHEMA_MODELS } from "./jsonSchema/index.js";
export type { JsonSchema, JsonSchemaModel, JsonSchemaOptions } from "./jsonSchema/index.js";

// --- workflows: signals, meldcode, referrals ---
export { PERSONAL_DATA_KINDS, personalDataKindLabels, scanPersonalData, personalDataIssues, redact, passesIbanCheck } from "./piiScan/index.js";
export type { PersonalDataKind, PersonalDataFinding, PersonalNameList, ScanOptions, RedactOptions } from "./piiScan/index.js";
export { ConfidentialityVocabulary } from "./signal/index.js";
export { checkReferralRecord } from "./referral/index.js";
export {
  ReferralStatusVocabulary,
  ConsentKindVocabulary,
  ConsentGiverVocabulary,
  ConsentLegalGroundVocabulary,
  ConsentOverrideReasonVocabulary,
  DeclineReasonVocabulary,
  WithdrawReasonVocabulary,
} from "./referral/index.js";
export type { ConsentGiver, ConsentLegalGround, ConsentOverrideReason, DeclineReason, WithdrawReason } from "./referral/index.js";
export {
  CONVERSATION_PARTNERS,
  ConversationPartnerVocabulary,
  ConversationSkipReasonVocabulary,
  MELDCODE_CONSULTEES,
  MELDCODE_SKIPPABLE_STEPS,
  MeldcodeConsulteeVocabulary,
  MeldcodeStepVocabulary,
  UNSAFETY_KINDS,
  UnsafetyKindVocabulary,
} from "./meldcode/index.js";
export type { ConversationPartner, MeldcodeAcuteReport, MeldcodeConsultee, MeldcodeReportedAcutely, MeldcodeSkippableStep, UnsafetyKind } from "./meldcode/index.js";
export { ReferralFormVocabulary } from "./referralWorkflow/index.js";
export {
  AFWEGINGSKADER_RULES,
  AfwegingskaderAnswers,
  CONVERSATION_SKIP_REASONS,
  MELDCODE_DECISIONS,
  MELDCODE_EVENT_TYPES,
  MELDCODE_STATUSES,
  MeldcodeEvent,
  afwegingskaderRuleLabels,
  allowedMeldcodeEvents,
  applyMeldcode,
  conversationSkipReasonLabels,
  decideAfwegingskader,
  initialMeldcodeState,
  meldcodeDecisionLabels,
  meldcodeEventLabels,
  meldcodeStatusLabels,
  replayMeldcode,
} from "./meldcode/index.js";
export type {
  AfwegingskaderOutcome,
  AfwegingskaderRule,
  ConversationSkipReason,
  MeldcodeConsulted,
  MeldcodeConversation,
  MeldcodeDecision,
  MeldcodeEventInput,
  MeldcodeEventType,
  MeldcodeOptions,
  MeldcodeRecord,
  MeldcodeState,
  MeldcodeStatus,
  MeldcodeTalked,
  MeldcodeWeighed,
} from "./meldcode/index.js";
export {
  CONSENT_GIVERS,
  CONSENT_LEGAL_GROUNDS,
  CONSENT_OVERRIDE_REASONS,
  DECLINE_REASONS,
  DEFAULT_FOLLOW_UP_DAYS,
  REFERRAL_EVENT_TYPES,
  REFERRAL_FORMS,
  REFERRAL_WORKFLOW_STATUSES,
  ReferralConsent,
  ReferralEvent,
  WITHDRAW_REASONS,
  allowedReferralEvents,
  applyReferral,
  defaultFollowUpOn,
  initialReferralState,
  overdueReferrals,
  referralEventLabels,
  referralFormLabels,
  referralStatusLabels,
  replayReferral,
  toReferralRecord,
} from "./referralWorkflow/index.js";
export type {
  OverdueReferral,
  ReferralCore,
  ReferralEventInput,
  ReferralEventType,
  ReferralForm,
  ReferralOptions,
  ReferralState,
  ReferralWorkflowStatus,
  RespondedReferral,
  SentReferral,
} from "./referralWorkflow/index.js";
export { HANDOVER_REASONS, handoverReasonLabels, youthWorkHandover } from "./handover/index.js";
export type { HandoverChild, HandoverEntry, HandoverMoment, HandoverOptions, HandoverReason } from "./handover/index.js";

// --- CSV writing ---
export { csvCell, csvRow, csvLines, writeCsv } from "./csv/index.js";
export type { CsvCell, CsvWriteOptions } from "./csv/index.js";

// --- "did you mean …?" ---
export { closestWord } from "./suggest/index.js";
