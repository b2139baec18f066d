import * as z from "zod";
import { CalendarDate } from "../calendarDate/index.js";
import { CatalogueCode } from "../catalogue/index.js";
import { ChildId, RecordId } from "../id/index.js";
import type { Issue } from "../issues/issue.js";
import { coreIssue } from "../issues/codes.js";
import { defineVocabulary } from "../vocabulary/index.js";

/** The statuses of a referral. */
export const REFERRAL_STATUSES = ["draft", "sent", "accepted", "declined", "completed", "withdrawn"] as const;
/**
 * Referral statuses: codes, zod enum and labels.
 *
 * @example
 * ReferralStatusVocabulary.labels.sent.nl; // => "Verstuurd"
 */
export const ReferralStatusVocabulary = defineVocabulary(REFERRAL_STATUSES, {
  draft: { nl: "Concept", en: "Draft" },
  sent: { nl: "Verstuurd", en: "Sent" },
  accepted: { nl: "Geaccepteerd", en: "Accepted" },
  declined: { nl: "Afgewezen", en: "Declined" },
  completed: { nl: "Afgerond", en: "Completed" },
  withdrawn: { nl: "Ingetrokken", en: "Withdrawn" },
});
/** The zod schema of a referral status. */
export const ReferralStatus = ReferralStatusVocabulary.schema;
/** A referral status. */
export type ReferralStatus = z.infer<typeof ReferralStatus>;

/** The kinds of consent recorded for a referral. */
export const CONSENT_KINDS = ["given", "not-needed", "overridden"] as const;
/**
 * Consent kinds: codes, zod enum and labels.
 *
 * @example
 * ConsentKindVocabulary.labels["not-needed"].nl; // => "Niet nodig"
 */
export const ConsentKindVocabulary = defineVocabulary(CONSENT_KINDS, {
  given: { nl: "Gegeven", en: "Given" },
  "not-needed": { nl: "Niet nodig", en: "Not needed" },
  overridden: { nl: "Doorbroken", en: "Overridden" },
});
/** The zod schema of a consent kind. */
export const ConsentKind = ConsentKindVocabulary.schema;
/** A consent kind: `given`, `not-needed` or `overridden`. */
export type ConsentKind = z.infer<typeof ConsentKind>;

/** Who gave consent: a parent or a guardian (voogd). */
export const CONSENT_GIVERS = ["parent", "guardian"] as const;
/**
 * Who gave consent: codes, zod enum and labels.
 *
 * @example
 * ConsentGiverVocabulary.labels.guardian.nl; // => "Voogd"
 */
export const ConsentGiverVocabulary = defineVocabulary(CONSENT_GIVERS, {
  parent: { nl: "Ouder", en: "Parent" },
  guardian: { nl: "Voogd", en: "Guardian" },
});
/** Who gave consent: `parent` or `guardian`. */
export type ConsentGiver = (typeof CONSENT_GIVERS)[number];

/**
 * The legal grounds for a referral without consent: the meldrecht (Wmo 2015 art. 5.2.6, only for a
 * destination whose catalogue entry has `meldrecht: true`, such as Veilig Thuis), or no personal data shared.
 */
export const CONSENT_LEGAL_GROUNDS = ["meldrecht", "no-personal-data"] as const;
/**
 * Legal grounds for a referral without consent: codes, zod enum and labels.
 *
 * @example
 * ConsentLegalGroundVocabulary.labels.meldrecht.en; // => "Right to report (Wmo 2015 art. 5.2.6)"
 */
export const ConsentLegalGroundVocabulary = defineVocabulary(CONSENT_LEGAL_GROUNDS, {
  meldrecht: { nl: "Meldrecht (Wmo 2015 art. 5.2.6)", en: "Right to report (Wmo 2015 art. 5.2.6)" },
  "no-personal-data": { nl: "Geen persoonsgegevens gedeeld", en: "No personal data shared" },
});
/** A legal ground for a referral without consent. */
export type ConsentLegalGround = (typeof CONSENT_LEGAL_GROUNDS)[number];

/** The reasons to override the lack of consent. */
export const CONSENT_OVERRIDE_REASONS = ["safety-of-child", "safety-of-others", "acute-danger"] as const;
/**
 * Reasons to override the lack of consent: codes, zod enum and labels.
 *
 * @example
 * ConsentOverrideReasonVocabulary.labels["acute-danger"].nl; // => "Acuut gevaar"
 */
export const ConsentOverrideReasonVocabulary = defineVocabulary(CONSENT_OVERRIDE_REASONS, {
  "safety-of-child": { nl: "Veiligheid van het kind", en: "Safety of the child" },
  "safety-of-others": { nl: "Veiligheid van anderen", en: "Safety of others" },
  "acute-danger": { nl: "Acuut gevaar", en: "Acute danger" },
});
/** A reason to override the lack of consent. */
export type ConsentOverrideReason = (typeof CONSENT_OVERRIDE_REASONS)[number];

/** The reasons a receiver declines a referral. */
export const DECLINE_REASONS = ["outside-remit", "no-capacity", "family-declined", "already-known", "other"] as const;
/**
 * Reasons a receiver declines a referral: codes, zod enum and labels.
 *
 * @example
 * DeclineReasonVocabulary.labels["no-capacity"].nl; // => "Geen capaciteit"
 */
export const DeclineReasonVocabulary = defineVocabulary(DECLINE_REASONS, {
  "outside-remit": { nl: "Valt buiten de opdracht van de ontvanger", en: "Outside the receiver's remit" },
  "no-capacity": { nl: "Geen capaciteit", en: "No capacity" },
  "family-declined": { nl: "Gezin wil niet", en: "The family declined" },
  "already-known": { nl: "Al bekend bij de ontvanger", en: "Already known to the receiver" },
  other: { nl: "Andere reden", en: "Other reason" },
});
/** A reason a receiver declines a referral. */
export type DeclineReason = (typeof DECLINE_REASONS)[number];

/** The reasons a referral is withdrawn. */
export const WITHDRAW_REASONS = ["consent-withdrawn", "no-longer-needed", "sent-in-error", "other"] as const;
/**
 * Reasons a referral is withdrawn: codes, zod enum and labels.
 *
 * @example
 * WithdrawReasonVocabulary.labels["sent-in-error"].nl; // => "Per vergissing verstuurd"
 */
export const WithdrawReasonVocabulary = defineVocabulary(WITHDRAW_REASONS, {
  "consent-withdrawn": { nl: "Toestemming ingetrokken", en: "Consent withdrawn" },
  "no-longer-needed": { nl: "Niet meer nodig", en: "No longer needed" },
  "sent-in-error": { nl: "Per vergissing verstuurd", en: "Sent in error" },
  other: { nl: "Andere reden", en: "Other reason" },
});
/** A reason a referral is withdrawn. */
export type WithdrawReason = (typeof WITHDRAW_REASONS)[number];

/**
 * A referral (a warm handover or advice) of a child or family to a destination, as a flat record
 * of the exchange format. Kinderwerkers are not legal referrers to youth care: the receiver
 * decides. The detail columns (`consentGround`, `consentReason`, `declineReason`,
 * `withdrawReason`) are optional in the format; {@link checkReferralRecord} warns when the status
 * or consent calls for one and it is missing.
 *
 * @example
 * Referral.parse({ referralId: "v-1", childId: "kw-0101", destination: "cjg", createdOn: "2025-10-02", status: "draft" });
 */
export const Referral = z.object({
  referralId: RecordId,
  childId: ChildId,
  signalId: RecordId.optional(),
  destination: CatalogueCode,
  createdOn: CalendarDate,
  sentOn: CalendarDate.optional(),
  respondedOn: CalendarDate.optional(),
  closedOn: CalendarDate.optional(),
  followUpOn: CalendarDate.optional(),
  status: ReferralStatus,
  consent: ConsentKind.optional(),
  /** The legal ground when consent was `not-needed`. */
  consentGround: ConsentLegalGroundVocabulary.schema.optional(),
  /** The reason when consent was `overridden`. */
  consentReason: ConsentOverrideReasonVocabulary.schema.optional(),
  /** The receiver's reason when the referral was `declined`. */
  declineReason: DeclineReasonVocabulary.schema.optional(),
  /** The reason when the referral was `withdrawn`. */
  withdrawReason: WithdrawReasonVocabulary.schema.optional(),
});
/** A referral as a flat record of the exchange format. */
export type Referral = z.infer<typeof Referral>;
/** What {@link Referral} accepts. */
export type ReferralInput = z.input<typeof Referral>;

const SENT_STATUSES: readonly ReferralStatus[] = ["sent", "accepted", "declined", "completed"];
const RESPONDED_STATUSES: readonly ReferralStatus[] = ["accepted", "declined", "completed"];
const DATE_FIELDS = ["createdOn", "sentOn", "respondedOn", "closedOn"] as const;
/** The dates a status cannot have yet (a draft was not sent; an open referral was not closed). */
const DATES_TOO_EARLY: Readonly<Record<ReferralStatus, readonly (typeof DATE_FIELDS)[number][]>> = {
  draft: ["sentOn", "respondedOn", "closedOn"],
  sent: ["respondedOn", "closedOn"],
  accepted: ["closedOn"],
  declined: [],
  completed: [],
  withdrawn: [],
};

/**
 * The cross-field rules of a flat referral record.
 *
 * Errors (the record contradicts itself):
 * - a `sent`, `accepted`, `declined` or `completed` referral needs `sentOn` (`referral.sentOn.missing`)
 *   and `consent` (`referral.consent.missing`); so does a `withdrawn` one that has a `sentOn`;
 * - an `accepted`, `declined` or `completed` referral needs `respondedOn` (`referral.respondedOn.missing`);
 *   a `completed` one needs `closedOn` (`referral.closedOn.missing`);
 * - a date the status cannot have yet: a `draft` with `sentOn`, a `sent` one with `respondedOn` or
 *   `closedOn`, an `accepted` one with `closedOn` (`referral.date.not-allowed`, `{ field, status }`);
 * - a detail that does not fit: `consentGround` without consent `not-needed`, `consentReason`
 *   without `overridden`, `declineReason` on a referral that is not `declined`, `withdrawReason` on
 *   one that is not `withdrawn` (`referral.detail.not-applicable`, `{ field }`);
 * - dates in order: `createdOn <= sentOn <= respondedOn <= closedOn` (`referral.dates.order`, with
 *   `{ earlier, later }` field names), for the dates that are present.
 *
 * Warnings (detail that FORMAT v1 files do not have): consent `not-needed` without `consentGround`,
 * `overridden` without `consentReason`, `declined` without `declineReason`, `withdrawn` without
 * `withdrawReason` or without `closedOn` (`referral.detail.missing`, `{ field }`). The workflow
 * (`applyReferral`) requires all of these.
 *
 * `parseReferral` applies these rules; call this directly on records you built yourself.
 *
 * @param referral - a referral record that passed the {@link Referral} schema
 * @param path - a path to put in front of every issue's path
 * @returns the issues (errors and warnings), empty when the record is consistent and complete
 * @example
 * checkReferralRecord({ referralId: "v-1", childId: "kw-0101", destination: "cjg", createdOn: "2025-10-02", sentOn: "2025-10-01", status: "sent" });
 * // => [{ code: "referral.consent.missing", path: ["consent"], … }, { code: "referral.dates.order", path: ["sentOn"], params: { earlier: "createdOn", later: "sentOn" }, … }]
 */
export function checkReferralRecord(referral: Referral, path: readonly (string | number)[] = []): Issue[] {
  const issues: Issue[] = [];
  const r = referral;
  const wasSent = SENT_STATUSES.includes(r.status) || (r.status === "withdrawn" && r.sentOn !== undefined);
  if (wasSent && r.sentOn === undefined) issues.push(coreIssue("referral.sentOn.missing", [...path, "sentOn"], { status: r.status }));
  if (wasSent && r.consent === undefined) issues.push(coreIssue("referral.consent.missing", [...path, "consent"], { status: r.status }));
  if (RESPONDED_STATUSES.includes(r.status) && r.respondedOn === undefined) issues.push(coreIssue("referral.respondedOn.missing", [...path, "respondedOn"], { status: r.status }));
  if (r.status === "completed" && r.closedOn === undefined) issues.push(coreIssue("referral.closedOn.missing", [...path, "closedOn"], { status: r.status }));
  for (const field of DATES_TOO_EARLY[r.status]) {
    if (r[field] !== undefined) issues.push(coreIssue("referral.date.not-allowed", [...path, field], { field, status: r.status }));
  }
  const details = [
    ["consentGround", r.consentGround, r.consent === "not-needed"],
    ["consentReason", r.consentReason, r.consent === "overridden"],
    ["declineReason", r.declineReason, r.status === "declined"],
    ["withdrawReason", r.withdrawReason, r.status === "withdrawn"],
  ] as const;
  for (const [field, value, needed] of details) {
    if (value !== undefined && !needed) issues.push(coreIssue("referral.detail.not-applicable", [...path, field], { field }));
    if (value === undefined && needed) issues.push(coreIssue("referral.detail.missing", [...path, field], { field }, "warning"));
  }
  if (r.status === "withdrawn" && r.closedOn === undefined) issues.push(coreIssue("referral.detail.missing", [...path, "closedOn"], { field: "closedOn" }, "warning"));
  let previous: (typeof DATE_FIELDS)[number] | undefined;
  for (const field of DATE_FIELDS) {
    const value = r[field];
    if (value === undefined) continue;
    const before = previous === undefined ? undefined : r[previous];
    if (previous !== undefined && before !== undefined && value < before) {
      issues.push(coreIssue("referral.dates.order", [...path, field], { earlier: previous, later: field }));
    }
    previous = field;
  }
  return issues;
}
