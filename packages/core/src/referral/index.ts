import * as z from "zod";
import { CalendarDate } from "../calendarDate/index.js";
import { CatalogueCode } from "../catalogue/index.js";
import { ChildId, RecordId } from "../id/index.js";
import type { Issue } from "../issues/issue.js";
import { issue } from "../issues/issue.js";

/** The statuses of a referral. */
export const REFERRAL_STATUSES = ["draft", "sent", "accepted", "declined", "completed", "withdrawn"] as const;
/** The zod schema of a referral status. */
export const ReferralStatus = z.enum(REFERRAL_STATUSES);
/** A referral status. */
export type ReferralStatus = z.infer<typeof ReferralStatus>;

/** The kinds of consent recorded for a referral. */
export const CONSENT_KINDS = ["given", "not-needed", "overridden"] as const;
/** The zod schema of a consent kind. */
export const ConsentKind = z.enum(CONSENT_KINDS);
/** A consent kind: `given`, `not-needed` or `overridden`. */
export type ConsentKind = z.infer<typeof ConsentKind>;

/**
 * A referral (a warm handover or advice) of a child or family to a destination, as a flat record
 * of the exchange format. Kinderwerkers are not legal referrers to youth care: the receiver
 * decides.
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
});
/** A referral as a flat record of the exchange format. */
export type Referral = z.infer<typeof Referral>;
/** What {@link Referral} accepts. */
export type ReferralInput = z.input<typeof Referral>;

const SENT_STATUSES: readonly ReferralStatus[] = ["sent", "accepted", "declined", "completed"];
const DATE_FIELDS = ["createdOn", "sentOn", "respondedOn", "closedOn"] as const;

/**
 * The cross-field rules of a flat referral record:
 * - a `sent`, `accepted`, `declined` or `completed` referral needs `sentOn` (`referral.sentOn.missing`)
 *   and `consent` (`referral.consent.missing`); so does a `withdrawn` one that has a `sentOn`;
 * - dates in order: `createdOn <= sentOn <= respondedOn <= closedOn` (`referral.dates.order`, with
 *   `{ earlier, later }` field names), for the dates that are present.
 *
 * `parseReferral` applies these rules; call this directly on records you built yourself.
 *
 * @param referral - a referral record that passed the {@link Referral} schema
 * @param path - a path to put in front of every issue's path
 * @returns the issues (errors), empty when the record is consistent
 * @example
 * checkReferralRecord({ referralId: "v-1", childId: "kw-0101", destination: "cjg", createdOn: "2025-10-02", sentOn: "2025-10-01", status: "sent" });
 * // => [{ code: "referral.consent.missing", path: ["consent"], … }, { code: "referral.dates.order", path: ["sentOn"], params: { earlier: "createdOn", later: "sentOn" }, … }]
 */
export function checkReferralRecord(referral: Referral, path: readonly (string | number)[] = []): Issue[] {
  const issues: Issue[] = [];
  const wasSent = SENT_STATUSES.includes(referral.status) || (referral.status === "withdrawn" && referral.sentOn !== undefined);
  if (wasSent && referral.sentOn === undefined) issues.push(issue("referral.sentOn.missing", [...path, "sentOn"], { status: referral.status }));
  if (wasSent && referral.consent === undefined) issues.push(issue("referral.consent.missing", [...path, "consent"], { status: referral.status }));
  let previous: (typeof DATE_FIELDS)[number] | undefined;
  for (const field of DATE_FIELDS) {
    const value = referral[field];
    if (value === undefined) continue;
    const before = previous === undefined ? undefined : referral[previous];
    if (previous !== undefined && before !== undefined && value < before) {
      issues.push(issue("referral.dates.order", [...path, field], { earlier: previous, later: field }));
    }
    previous = field;
  }
  return issues;
}
