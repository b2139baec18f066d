import { issue, type IssueParam, type IssuePath, type Severity } from "./issue.js";

/**
 * Every issue code `@kinderwerk/core` can raise, grouped by the concept that raises it. Each has a
 * message in Dutch and English in `coreMessages`, and its params in {@link CoreIssueParams}.
 */
export const CORE_ISSUE_CODES = [
  // generic value codes: zod's issues (see `toIssues`) and the shape checks of ids, codes, dates, times, postcodes, free text
  "value.required",
  "value.type",
  "value.too-short",
  "value.too-long",
  "value.too-small",
  "value.too-big",
  "value.too-few",
  "value.too-many",
  "value.not-allowed",
  "value.date",
  "value.time",
  "value.id",
  "value.code",
  "value.postcode",
  "value.contains-bsn",
  "value.contains-personal-data",
  "value.format",
  "value.unknown-fields",
  "value.invalid",
  "value.unreadable",
  // models and catalogues
  "child.childId.bsn",
  "child.childId.name-like",
  "staff.staffId.name-like",
  "activity.ageRange.order",
  "activity.ageRange.outside-target-group",
  "activity.dates.order",
  "record.dates.order",
  "catalogue.code.duplicate",
  "catalogue.code.unknown",
  // dates, school years, periods, holidays, ages, age bands
  "dates.invalid-date",
  "dates.invalid-week",
  "dates.invalid-range",
  "schoolYear.invalid",
  "period.invalid",
  "holidays.unknown-region",
  "holidays.year-not-covered",
  "holidays.duplicate-year",
  "holidays.kind-missing",
  "holidays.kind-duplicate",
  "holidays.outside-school-year",
  "holidays.overlap",
  "age.outside-target-group",
  "age.outside-activity-range",
  "age.unknown",
  "age.before-birth",
  "ageBands.duplicate-key",
  "ageBands.reserved-key",
  "ageBands.reversed",
  "ageBands.overlap",
  "ageBands.gap",
  // free text, the workflows, referrals
  "text.personal-data",
  "workflow.event.not-allowed",
  "workflow.event.out-of-order",
  "workflow.event.role-not-allowed",
  "meldcode.answer.missing",
  "meldcode.answer.too-early",
  "meldcode.child.mismatch",
  "referral.consent.missing",
  "referral.consent.meldrecht-only-veilig-thuis",
  "referral.sentOn.missing",
  "referral.respondedOn.missing",
  "referral.closedOn.missing",
  "referral.date.not-allowed",
  "referral.detail.not-applicable",
  "referral.detail.missing",
  "referral.dates.order",
  "referral.overdue.skipped",
  "referral.followUpOn.before-sent",
  "referral.record.not-created",
] as const;

/** What was typed, when core's echo policy lets it be shown (`echoParams`); never an id, a name or personal data. */
export type EchoParams = { readonly value?: string };

/** The params of an issue that two record fields in the wrong order raise: the fields' names, never their dates. */
export type FieldOrder = { readonly earlier: string; readonly later: string };

/** The params of a holiday-calendar issue about one kind of holiday in one school year. */
export type HolidayKindParams = { readonly kind: string; readonly schoolYear: string };

/** The params of an age check: the age and the range it falls outside. */
export type AgeRangeParams = { readonly age: number; readonly minAge: number; readonly maxAge: number };

/**
 * The params of each issue code of `@kinderwerk/core`, by code: what each carries to explain
 * itself. Codes, field names, counts and dates of the calendar; a value someone typed only as
 * `value`, and only as the echo policy allows.
 */
export interface CoreIssueParams {
  "value.required": {};
  "value.type": EchoParams & { readonly expected?: string };
  "value.too-short": { readonly min: number };
  "value.too-long": { readonly max: number };
  "value.too-small": EchoParams & { readonly min: number };
  "value.too-big": EchoParams & { readonly max: number };
  "value.too-few": { readonly min: number };
  "value.too-many": { readonly max: number };
  "value.not-allowed": EchoParams & { readonly allowed: readonly string[] };
  "value.date": EchoParams;
  "value.time": EchoParams;
  "value.id": {};
  "value.code": {};
  "value.postcode": {};
  "value.contains-bsn": {};
  /** `kind` is a `PersonalDataKind`; without one the text held too many digits. */
  "value.contains-personal-data": { readonly kind?: string };
  "value.format": EchoParams & { readonly format: string };
  "value.unknown-fields": { readonly fields: readonly string[] };
  "value.invalid": EchoParams;
  "value.unreadable": {};
  "child.childId.bsn": {};
  "child.childId.name-like": {};
  "staff.staffId.name-like": {};
  "activity.ageRange.order": { readonly min: number; readonly max: number };
  "activity.ageRange.outside-target-group": { readonly min: number; readonly max: number; readonly targetMin: number; readonly targetMax: number };
  "activity.dates.order": { readonly startDate: string; readonly endDate: string };
  "record.dates.order": FieldOrder;
  "catalogue.code.duplicate": { readonly code: string };
  "catalogue.code.unknown": { readonly catalogue: string; readonly allowed: readonly string[] };
  "dates.invalid-date": EchoParams;
  "dates.invalid-week": { readonly year: number; readonly week: number };
  "dates.invalid-range": { readonly from?: string; readonly to?: string };
  "schoolYear.invalid": EchoParams;
  "period.invalid": EchoParams;
  "holidays.unknown-region": {};
  "holidays.year-not-covered": { readonly schoolYear: string; readonly region?: string; readonly from?: string; readonly to?: string };
  "holidays.duplicate-year": { readonly schoolYear?: string };
  "holidays.kind-missing": HolidayKindParams;
  "holidays.kind-duplicate": HolidayKindParams;
  "holidays.outside-school-year": HolidayKindParams & { readonly region: string; readonly from: string };
  "holidays.overlap": HolidayKindParams & { readonly other: string; readonly region: string };
  "age.outside-target-group": AgeRangeParams;
  "age.outside-activity-range": AgeRangeParams;
  "age.unknown": {};
  "age.before-birth": { readonly on: string };
  "ageBands.duplicate-key": { readonly key: string };
  "ageBands.reserved-key": { readonly key: string };
  "ageBands.reversed": { readonly key: string };
  "ageBands.overlap": { readonly key: string; readonly other: string };
  "ageBands.gap": { readonly key: string; readonly other: string };
  /** Where in the text (UTF-16 offsets, end exclusive) and what kind (`PersonalDataKind`); never the text. */
  "text.personal-data": { readonly kind: string; readonly start: number; readonly end: number };
  "workflow.event.not-allowed": { readonly workflow: "meldcode" | "referral"; readonly state: string; readonly event: string; readonly allowed: readonly string[] };
  "workflow.event.out-of-order": { readonly at: string; readonly previous: string };
  "workflow.event.role-not-allowed": { readonly event: string; readonly role: string; readonly allowed: readonly string[] };
  "meldcode.answer.missing": { readonly question: number };
  "meldcode.answer.too-early": { readonly question: number };
  "meldcode.child.mismatch": {};
  "referral.consent.missing": { readonly status: string };
  "referral.consent.meldrecht-only-veilig-thuis": { readonly destination: string };
  "referral.sentOn.missing": { readonly status: string };
  "referral.respondedOn.missing": { readonly status: string };
  "referral.closedOn.missing": { readonly status: string };
  "referral.date.not-allowed": { readonly field: string; readonly status: string };
  "referral.detail.not-applicable": { readonly field: string };
  "referral.detail.missing": { readonly field: string };
  "referral.dates.order": FieldOrder;
  "referral.overdue.skipped": {};
  "referral.followUpOn.before-sent": { readonly followUpOn: string; readonly sentOn: string };
  "referral.record.not-created": {};
}

/** One of {@link CORE_ISSUE_CODES}. */
export type CoreIssueCode = (typeof CORE_ISSUE_CODES)[number];

// The list and the params agree: a code without params, or params without a code, does not compile.
const exact: [Exclude<CoreIssueCode, keyof CoreIssueParams>, Exclude<keyof CoreIssueParams, CoreIssueCode>] extends [never, never] ? true : never = true;
void exact;

/**
 * An issue of `@kinderwerk/core`: an `Issue` whose code is a {@link CoreIssueCode}, with the params
 * of that code — a union discriminated by `code`, so `if (i.code === "catalogue.code.unknown")
 * i.params.allowed` is typed.
 */
export type CoreIssue<C extends CoreIssueCode = CoreIssueCode> = {
  [K in C]: {
    readonly code: K;
    readonly severity: Severity;
    readonly path: IssuePath;
    // The params of the code, and any param by name as for every `Issue` (`params["min"]`).
    readonly params: CoreIssueParams[K] & Readonly<Record<string, IssueParam>>;
  };
}[C];

/** The params of a code as {@link coreIssue} takes them: optional when the code requires none. */
type ParamsArg<C extends CoreIssueCode> = {} extends CoreIssueParams[C] ? [params?: CoreIssueParams[C], severity?: Severity] : [params: CoreIssueParams[C], severity?: Severity];
/** The params of a code as {@link refineParams} takes them. */
type RefineArg<C extends CoreIssueCode> = {} extends CoreIssueParams[C] ? [params?: CoreIssueParams[C]] : [params: CoreIssueParams[C]];

/**
 * Make an issue of core, its params typed by its code.
 *
 * @param code - the code
 * @param path - where it is
 * @param rest - the params the code needs, and `warning` for an issue that rejects nothing
 * @returns the issue, frozen
 * @example
 * coreIssue("value.too-long", ["remark"], { max: 500 });
 * // => { code: "value.too-long", severity: "error", path: ["remark"], params: { max: 500 } }
 */
export function coreIssue<C extends CoreIssueCode>(code: C, path: IssuePath, ...[params, severity]: ParamsArg<C>): CoreIssue<C> {
  return issue(code, path, (params ?? {}) as Readonly<Record<string, IssueParam>>, severity ?? "error") as CoreIssue<C>;
}

/**
 * The `params` of a zod refinement that raises a core code: `toIssues` turns a zod `custom` issue
 * whose `params.kw` is a code into that code's issue, with the other params.
 *
 * @param code - the code the refinement raises
 * @param rest - the params the code needs
 * @returns zod's `params`
 * @example
 * z.string().refine(isCode, { params: refineParams("value.code") });
 */
export function refineParams<C extends CoreIssueCode>(code: C, ...[params]: RefineArg<C>): { readonly kw: C } & CoreIssueParams[C] {
  return { ...(params as CoreIssueParams[C]), kw: code };
}
