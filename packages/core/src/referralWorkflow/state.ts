import * as z from "zod";
import { eventBase } from "../_lib/workflow.js";
import type { CalendarDate } from "../calendarDate/index.js";
import { CalendarDate as CalendarDateSchema } from "../calendarDate/index.js";
import type { Catalogues } from "../catalogue/index.js";
import { CatalogueCode } from "../catalogue/index.js";
import { ChildId, RecordId } from "../id/index.js";
import type { DeclineReason, WithdrawReason } from "../referral/index.js";
import { ConsentGiverVocabulary, ConsentLegalGroundVocabulary, ConsentOverrideReasonVocabulary, DeclineReasonVocabulary, WithdrawReasonVocabulary } from "../referral/index.js";
import type { StaffRole } from "../staffRole/index.js";
import { ReferralFormVocabulary, type ReferralForm } from "./vocabulary.js";

/**
 * The consent recorded for a referral: given (by a parent or guardian), not needed (with the legal
 * ground), or overridden (with the reason). Its `kind` is the `consent` of the flat record.
 */
export const ReferralConsent = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("given"), givenBy: ConsentGiverVocabulary.schema }),
  z.object({ kind: z.literal("not-needed"), legalGround: ConsentLegalGroundVocabulary.schema }),
  z.object({ kind: z.literal("overridden"), reason: ConsentOverrideReasonVocabulary.schema }),
]);
/** The consent recorded for a referral. */
export type ReferralConsent = z.infer<typeof ReferralConsent>;

/**
 * The zod schema of a referral event. Every event says who (a role, never a name) and when (`at`: a
 * `YYYY-MM-DD` date or an ISO timestamp with offset). The list of events is the audit trail.
 */
export const ReferralEvent = z.discriminatedUnion("type", [
  z.object({
    type: z.literal("created"),
    ...eventBase,
    referralId: RecordId,
    childId: ChildId,
    signalId: RecordId.optional(),
    destination: CatalogueCode,
    form: ReferralFormVocabulary.schema.default("warm-handover"),
  }),
  z.object({ type: z.literal("consent-recorded"), ...eventBase, consent: ReferralConsent }),
  z.object({ type: z.literal("sent"), ...eventBase, followUpOn: CalendarDateSchema.optional() }),
  z.object({ type: z.literal("follow-up-set"), ...eventBase, followUpOn: CalendarDateSchema }),
  z.object({ type: z.literal("accepted"), ...eventBase }),
  z.object({ type: z.literal("declined"), ...eventBase, reason: DeclineReasonVocabulary.schema }),
  z.object({ type: z.literal("completed"), ...eventBase }),
  z.object({ type: z.literal("withdrawn"), ...eventBase, reason: WithdrawReasonVocabulary.schema }),
]);
/** A referral event. */
export type ReferralEvent = z.infer<typeof ReferralEvent>;
/** What {@link ReferralEvent} accepts (defaults not yet filled in). */
export type ReferralEventInput = z.input<typeof ReferralEvent>;

/** What every created referral records. */
export interface ReferralCore {
  readonly referralId: string;
  readonly childId: string;
  readonly signalId?: string;
  readonly destination: string;
  readonly form: ReferralForm;
  readonly createdOn: CalendarDate;
  readonly updatedOn: CalendarDate;
}
/** What a referral records once it has been sent: the consent, the date sent and the follow-up date. */
export interface SentReferral extends ReferralCore {
  readonly consent: ReferralConsent;
  readonly sentOn: CalendarDate;
  readonly followUpOn: CalendarDate;
}
/** What a referral records once the receiver has responded. */
export interface RespondedReferral extends SentReferral {
  readonly respondedOn: CalendarDate;
}

/** The state of a referral workflow: one of {@link REFERRAL_WORKFLOW_STATUSES} with what it has recorded so far. */
export type ReferralState =
  | { readonly status: "new"; readonly updatedOn?: undefined }
  | (ReferralCore & { readonly status: "draft"; readonly consent?: ReferralConsent })
  | (SentReferral & { readonly status: "sent" })
  | (RespondedReferral & { readonly status: "accepted" })
  | (RespondedReferral & { readonly status: "declined"; readonly declineReason: DeclineReason })
  | (RespondedReferral & { readonly status: "completed"; readonly closedOn: CalendarDate })
  | (SentReferral & { readonly status: "withdrawn"; readonly respondedOn?: CalendarDate; readonly closedOn: CalendarDate; readonly withdrawReason: WithdrawReason });

/** The state before any event. */
export const initialReferralState: ReferralState = Object.freeze({ status: "new" });

/** Options for the referral reducer. */
export interface ReferralOptions {
  /** The catalogues in use (default: {@link defaultCatalogues}): destinations and their follow-up days. */
  readonly catalogues?: Catalogues;
  /** The roles that may override missing consent (default: `["professional"]`). */
  readonly overrideRoles?: readonly StaffRole[];
}
