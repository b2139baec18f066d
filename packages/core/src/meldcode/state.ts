import * as z from "zod";
import { eventBase } from "../_lib/workflow.js";
import type { CalendarDate } from "../calendarDate/index.js";
import { ChildId, RecordId } from "../id/index.js";
import type { StaffRole } from "../staffRole/index.js";
import type { AfwegingskaderAnswers, AfwegingskaderOutcome } from "./afwegingskader.js";
import { AfwegingskaderAnswers as AnswersSchema } from "./afwegingskader.js";
import {
  ConversationPartnerVocabulary,
  ConversationSkipReasonVocabulary,
  MeldcodeConsulteeVocabulary,
  UnsafetyKindVocabulary,
  type ConversationPartner,
  type ConversationSkipReason,
  type MeldcodeConsultee,
  type MeldcodeSkippableStep,
  type MeldcodeStatus,
  type UnsafetyKind,
} from "./vocabulary.js";

/**
 * The zod schema of a meldcode event. Every event says who (a role, never a name) and when (`at`: a
 * `YYYY-MM-DD` date, or an ISO timestamp in local time with its offset; the day is the date part as
 * written). The list of events is the audit trail.
 */
export const MeldcodeEvent = z.discriminatedUnion("type", [
  z.object({ type: z.literal("signals-mapped"), ...eventBase, childId: ChildId, signalIds: z.array(RecordId).min(1).max(100) }),
  z.object({ type: z.literal("colleague-consulted"), ...eventBase, with: MeldcodeConsulteeVocabulary.schema.default("colleague") }),
  z.object({ type: z.literal("veilig-thuis-consulted"), ...eventBase, anonymous: z.boolean() }),
  z.object({ type: z.literal("conversation-held"), ...eventBase, with: z.array(ConversationPartnerVocabulary.schema).min(1).max(2) }),
  z.object({ type: z.literal("conversation-skipped"), ...eventBase, reason: ConversationSkipReasonVocabulary.schema }),
  z.object({ type: z.literal("weighed"), ...eventBase, answers: AnswersSchema }),
  z.object({ type: z.literal("help-evaluated"), ...eventBase, helpReachesSafety: z.boolean() }),
  z.object({
    type: z.literal("acute-report"),
    ...eventBase,
    unsafety: UnsafetyKindVocabulary.schema,
    /** Required when the trajectory starts with the acute report; otherwise it must be the trajectory's child. */
    childId: ChildId.optional(),
    /** Required when the trajectory starts with the acute report; otherwise added to its signals. */
    signalIds: z.array(RecordId).min(1).max(100).optional(),
  }),
]);
/** A meldcode event. */
export type MeldcodeEvent = z.infer<typeof MeldcodeEvent>;
/** What {@link MeldcodeEvent} accepts (defaults not yet filled in). */
export type MeldcodeEventInput = z.input<typeof MeldcodeEvent>;

/** How the conversation step went: held with the child and/or parents, or skipped for a recorded reason. */
export type MeldcodeConversation =
  | { readonly held: true; readonly with: readonly ConversationPartner[]; readonly on: CalendarDate }
  | { readonly held: false; readonly reason: ConversationSkipReason; readonly on: CalendarDate };

/** What every started trajectory records. */
export interface MeldcodeRecord {
  readonly childId: string;
  readonly signalIds: readonly string[];
  readonly startedOn: CalendarDate;
  readonly updatedOn: CalendarDate;
  readonly veiligThuisConsultations: readonly { readonly on: CalendarDate; readonly anonymous: boolean }[];
}
/** What a trajectory records once a colleague (or the aandachtsfunctionaris) was consulted. */
export interface MeldcodeConsulted extends MeldcodeRecord {
  readonly consulted: { readonly on: CalendarDate; readonly with: MeldcodeConsultee };
}
/** What a trajectory records once the conversation was held or skipped. */
export interface MeldcodeTalked extends MeldcodeConsulted {
  readonly conversation: MeldcodeConversation;
}
/** What a trajectory records once it was weighed with the afwegingskader. */
export interface MeldcodeWeighed extends MeldcodeTalked {
  readonly answers: AfwegingskaderAnswers;
  readonly outcome: AfwegingskaderOutcome;
  readonly decidedOn: CalendarDate;
}

/**
 * The fast-path report: when, for which kind of unsafety, from which state, and which steps of the
 * meldcode it skipped (none when it came after help was offered: a re-report).
 */
export interface MeldcodeAcuteReport {
  readonly on: CalendarDate;
  readonly unsafety: UnsafetyKind;
  readonly from: Exclude<MeldcodeStatus, "reported" | "closed">;
  readonly skippedSteps: readonly MeldcodeSkippableStep[];
}
/**
 * What a trajectory records when it was reported through the fast path (`acute-report`): the steps
 * done so far (consultation and conversation may be missing), the afwegingskader answers as q1 yes,
 * q2 yes, and the acute report with the steps it skipped.
 */
export interface MeldcodeReportedAcutely extends MeldcodeRecord {
  readonly consulted?: MeldcodeConsulted["consulted"];
  readonly conversation?: MeldcodeConversation;
  readonly answers: AfwegingskaderAnswers;
  readonly outcome: AfwegingskaderOutcome;
  readonly decidedOn: CalendarDate;
  readonly acuteReport: MeldcodeAcuteReport;
}

/** The state of a meldcode trajectory: one of {@link MELDCODE_STATUSES} with what it has recorded so far. */
export type MeldcodeState =
  | { readonly status: "new"; readonly updatedOn?: undefined }
  | (MeldcodeRecord & { readonly status: "signals-mapped" })
  | (MeldcodeConsulted & { readonly status: "colleague-consulted" })
  | (MeldcodeTalked & { readonly status: "conversation-recorded" })
  | (MeldcodeWeighed & { readonly status: "help-offered" })
  | (MeldcodeWeighed & { readonly status: "reported"; readonly acuteReport?: undefined })
  | (MeldcodeReportedAcutely & { readonly status: "reported" })
  | (MeldcodeWeighed & { readonly status: "closed" });

/** The state before any event. */
export const initialMeldcodeState: MeldcodeState = Object.freeze({ status: "new" });

/** Options for the meldcode reducer. */
export interface MeldcodeOptions {
  /** The roles that may weigh, evaluate and report acutely (default: `["professional"]`); an organisation defines its volunteers' role. */
  readonly decisionRoles?: readonly StaffRole[];
}
