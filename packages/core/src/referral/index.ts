import * as z from "zod";
import { CalendarDate } from "../calendarDate/index.js";
import { CatalogueCode } from "../catalogue/index.js";
import { ChildId, RecordId } from "../id/index.js";

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
