import * as z from "zod";
import { match } from "ts-pattern";
import { safeParse } from "../_lib/safeParse.js";
import { checkEvent, dayOf, eventBase, notAllowed, replayEvents } from "../_lib/workflow.js";
import type { CalendarDate } from "../calendarDate/index.js";
import { CalendarDate as CalendarDateSchema, addDays, assertCalendarDate, daysBetween } from "../calendarDate/index.js";
import type { Catalogue, Catalogues } from "../catalogue/index.js";
import { CatalogueCode, checkCodes, defaultCatalogues, findEntry } from "../catalogue/index.js";
import { ChildId, RecordId } from "../id/index.js";
import type { Issue, Result } from "../issues/issue.js";
import { fail, issue, ok } from "../issues/issue.js";
import { coreIssue } from "../issues/codes.js";
import type { Labels } from "../labels/index.js";
import type { DeclineReason, Referral, ReferralStatus, WithdrawReason } from "../referral/index.js";
import {
  CONSENT_GIVERS,
  CONSENT_LEGAL_GROUNDS,
  CONSENT_OVERRIDE_REASONS,
  ConsentGiverVocabulary,
  ConsentLegalGroundVocabulary,
  ConsentOverrideReasonVocabulary,
  DECLINE_REASONS,
  DeclineReasonVocabulary,
  REFERRAL_STATUSES,
  Referral as ReferralSchema,
  ReferralStatusVocabulary,
  WITHDRAW_REASONS,
  WithdrawReasonVocabulary,
} from "../referral/index.js";
import { defineVocabulary } from "../vocabulary/index.js";
import type { StaffRole } from "../staffRole/index.js";

/** The states of a referral workflow: `new` (nothing recorded yet) and the statuses of the exchange format ({@link REFERRAL_STATUSES}). */
export const REFERRAL_WORKFLOW_STATUSES = ["new", ...REFERRAL_STATUSES] as const;
/** A state of a referral workflow. */
export type ReferralWorkflowStatus = (typeof REFERRAL_WORKFLOW_STATUSES)[number];

/** The events of a referral workflow. */
export const REFERRAL_EVENT_TYPES = ["created", "consent-recorded", "sent", "follow-up-set", "accepted", "declined", "completed", "withdrawn"] as const;
/** An event type of a referral workflow. */
export type ReferralEventType = (typeof REFERRAL_EVENT_TYPES)[number];

/**
 * The forms a referral from kinderwerk takes. Kinderwerkers are not legal referrers to youth care
 * (Jeugdwet art. 2.6): a referral is a warm handover (introducing the family to the receiver) or
 * advice (telling the family where to go). The receiver decides.
 */
export const REFERRAL_FORMS = ["warm-handover", "advice"] as const;
/** The form of a referral: `warm-handover` or `advice`. */
export type ReferralForm = (typeof REFERRAL_FORMS)[number];
/**
 * Referral forms: codes, zod enum and labels.
 *
 * @example
 * ReferralFormVocabulary.labels["warm-handover"].nl; // => "Warme overdracht"
 */
export const ReferralFormVocabulary = defineVocabulary(REFERRAL_FORMS, {
  "warm-handover": { nl: "Warme overdracht", en: "Warm handover" },
  advice: { nl: "Advies", en: "Advice" },
});

export { CONSENT_GIVERS, CONSENT_LEGAL_GROUNDS, CONSENT_OVERRIDE_REASONS, DECLINE_REASONS, WITHDRAW_REASONS };

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

/** Labels of the states, in Dutch and English: `new` plus the labels of {@link ReferralStatusVocabulary}. */
export const referralStatusLabels: Readonly<Record<ReferralWorkflowStatus, Labels>> = {
  new: { nl: "Nieuw", en: "New" },
  ...ReferralStatusVocabulary.labels,
};

/** Labels of the events, in Dutch and English. */
export const referralEventLabels: Readonly<Record<ReferralEventType, Labels>> = {
  created: { nl: "Verwijzing aanmaken", en: "Create the referral" },
  "consent-recorded": { nl: "Toestemming vastleggen", en: "Record consent" },
  sent: { nl: "Versturen", en: "Send" },
  "follow-up-set": { nl: "Opvolgdatum wijzigen", en: "Change the follow-up date" },
  accepted: { nl: "Geaccepteerd door ontvanger", en: "Accepted by the receiver" },
  declined: { nl: "Afgewezen door ontvanger (met reden)", en: "Declined by the receiver (with a reason)" },
  completed: { nl: "Afronden", en: "Complete" },
  withdrawn: { nl: "Intrekken (met reden)", en: "Withdraw (with a reason)" },
};

/** Labels of the referral forms, in Dutch and English (the labels of {@link ReferralFormVocabulary}). */
export const referralFormLabels: Readonly<Record<ReferralForm, Labels>> = ReferralFormVocabulary.labels;

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

/** The follow-up period used when a destination has none in the catalogue. */
export const DEFAULT_FOLLOW_UP_DAYS = 14;

/**
 * The default follow-up date of a referral: the sent date plus the destination's `followUpDays`
 * from the catalogue (or {@link DEFAULT_FOLLOW_UP_DAYS}).
 *
 * @param destination - the destination code
 * @param sentOn - the date the referral was sent
 * @param destinations - the referral destinations catalogue (default: the default catalogue)
 * @returns the follow-up date
 * @throws {@link DateError} `dates.invalid-date` when `sentOn` is not a real calendar date
 * @example
 * defaultFollowUpOn("veilig-thuis", "2025-10-01"); // => "2025-10-08"
 * defaultFollowUpOn("leisure", "2025-10-01"); // => "2025-10-29"
 */
export function defaultFollowUpOn(destination: string, sentOn: CalendarDate, destinations: Catalogue = defaultCatalogues.referralDestinations): CalendarDate {
  return addDays(sentOn, findEntry(destinations, destination)?.followUpDays ?? DEFAULT_FOLLOW_UP_DAYS);
}

type StateOf<S extends ReferralWorkflowStatus> = Extract<ReferralState, { readonly status: S }>;
type EventOf<T extends ReferralEventType> = Extract<ReferralEvent, { readonly type: T }>;
interface Context {
  readonly on: CalendarDate;
  readonly catalogues: Catalogues;
  readonly overrideRoles: readonly StaffRole[];
}
type Handler<S extends ReferralWorkflowStatus, T extends ReferralEventType> = (state: StateOf<S>, event: EventOf<T>, ctx: Context) => Result<ReferralState>;
type TransitionTable = { readonly [S in ReferralWorkflowStatus]: { readonly [T in ReferralEventType]?: Handler<S, T> } };

/**
 * The one transition table of the referral workflow: per state, the events it allows and what they
 * do. {@link allowedReferralEvents} and {@link applyReferral} both read it, so they cannot disagree.
 */
const TRANSITIONS: TransitionTable = {
  new: {
    created: (_, ev, { on, catalogues }) => {
      const unknown = checkCodes(catalogues.referralDestinations, [ev.destination], ["destination"]).map((i) => issue(i.code, ["destination"], i.params));
      if (unknown.length > 0) return fail(unknown);
      return ok({
        status: "draft",
        referralId: ev.referralId,
        childId: ev.childId,
        ...(ev.signalId === undefined ? {} : { signalId: ev.signalId }),
        destination: ev.destination,
        form: ev.form,
        createdOn: on,
        updatedOn: on,
      });
    },
  },
  draft: {
    "consent-recorded": (s, ev, { on, catalogues, overrideRoles }) => {
      if (ev.consent.kind === "not-needed" && ev.consent.legalGround === "meldrecht" && findEntry(catalogues.referralDestinations, s.destination)?.meldrecht !== true) {
        return fail([coreIssue("referral.consent.meldrecht-only-veilig-thuis", ["consent", "legalGround"], { destination: s.destination })]);
      }
      if (ev.consent.kind === "overridden" && !overrideRoles.includes(ev.by)) {
        return fail([coreIssue("workflow.event.role-not-allowed", ["by"], { event: ev.type, role: ev.by, allowed: [...overrideRoles] })]);
      }
      return ok({ ...s, consent: ev.consent, updatedOn: on });
    },
    sent: (s, ev, { on, catalogues }) => {
      if (s.consent === undefined) return fail([coreIssue("referral.consent.missing", ["consent"], { status: "sent" })]);
      const followUpOn = ev.followUpOn ?? defaultFollowUpOn(s.destination, on, catalogues.referralDestinations);
      if (followUpOn < on) return fail([coreIssue("referral.followUpOn.before-sent", ["followUpOn"], { followUpOn, sentOn: on })]);
      return ok({ ...s, status: "sent", consent: s.consent, sentOn: on, followUpOn, updatedOn: on });
    },
  },
  sent: {
    "follow-up-set": (s, ev, { on }) => setFollowUp(s, ev.followUpOn, on),
    accepted: (s, _, { on }) => ok({ ...s, status: "accepted", respondedOn: on, updatedOn: on }),
    declined: (s, ev, { on }) => ok({ ...s, status: "declined", respondedOn: on, declineReason: ev.reason, updatedOn: on }),
    withdrawn: (s, ev, { on }) => ok({ ...s, status: "withdrawn", closedOn: on, withdrawReason: ev.reason, updatedOn: on }),
  },
  accepted: {
    "follow-up-set": (s, ev, { on }) => setFollowUp(s, ev.followUpOn, on),
    completed: (s, _, { on }) => ok({ ...s, status: "completed", closedOn: on, updatedOn: on }),
    withdrawn: (s, ev, { on }) => ok({ ...s, status: "withdrawn", closedOn: on, withdrawReason: ev.reason, updatedOn: on }),
  },
  declined: {},
  completed: {},
  withdrawn: {},
};

/**
 * The events a state allows, in the order of {@link REFERRAL_EVENT_TYPES}, read from the same
 * transition table that {@link applyReferral} uses.
 *
 * @param state - the current state
 * @returns the event types that {@link applyReferral} accepts in this state (sending also needs consent)
 * @example
 * allowedReferralEvents(initialReferralState); // => ["created"]
 */
export function allowedReferralEvents(state: ReferralState): readonly ReferralEventType[] {
  const row: Readonly<Partial<Record<ReferralEventType, unknown>>> = match(state.status)
    .with("new", (st) => TRANSITIONS[st])
    .with("draft", (st) => TRANSITIONS[st])
    .with("sent", (st) => TRANSITIONS[st])
    .with("accepted", (st) => TRANSITIONS[st])
    .with("declined", "completed", "withdrawn", (st) => TRANSITIONS[st])
    .exhaustive();
  return REFERRAL_EVENT_TYPES.filter((t) => row[t] !== undefined);
}

/**
 * Apply one event to a referral: the next state, or the issues that reject the event.
 *
 * - `workflow.event.not-allowed` (`{ workflow, state, event, allowed }`) when the state does not allow it;
 * - `referral.consent.missing` when a referral is sent before consent is recorded;
 * - `referral.consent.meldrecht-only-veilig-thuis` (`{ destination }`) when the meldrecht is given as
 *   ground for a destination whose catalogue entry does not have `meldrecht: true` (in the default
 *   catalogue: only `veilig-thuis`);
 * - `workflow.event.role-not-allowed` when someone other than an override role overrides consent;
 * - `referral.followUpOn.before-sent`, `workflow.event.out-of-order`, `catalogue.code.unknown`,
 *   `value.not-allowed` on `type` for an unknown event type, and the usual value issues (a decline
 *   or withdrawal without its reason, consent without its giver, ground or reason).
 *
 * @param state - the current state
 * @param event - the event (checked at run time too)
 * @param options - the catalogues in use and the roles that may override consent
 * @returns the next state, or the issues that reject the event
 * @example
 * const draft = applyReferral(initialReferralState, { type: "created", by: "professional", at: "2025-10-02", referralId: "v-1", childId: "kw-0101", destination: "cjg" });
 * // => { ok: true, value: { status: "draft", form: "warm-handover", … } }
 * if (draft.ok) applyReferral(draft.value, { type: "sent", by: "professional", at: "2025-10-03" });
 * // => { ok: false, issues: [{ code: "referral.consent.missing", … }] }
 */
export function applyReferral(state: ReferralState, event: ReferralEventInput, options: ReferralOptions = {}): Result<ReferralState> {
  const checked = checkEvent(ReferralEvent, REFERRAL_EVENT_TYPES, event, state);
  if (!checked.ok) return checked;
  const e = checked.value;
  const allowed = allowedReferralEvents(state);
  if (!allowed.includes(e.type)) return fail([notAllowed("referral", state.status, e.type, allowed)]);
  const ctx: Context = { on: dayOf(e.at), catalogues: options.catalogues ?? defaultCatalogues, overrideRoles: options.overrideRoles ?? ["professional"] };
  const run = <S extends ReferralWorkflowStatus>(row: TransitionTable[S], s: StateOf<S>): Result<ReferralState> => {
    const handler = row[e.type] as Handler<S, ReferralEventType> | undefined;
    return handler === undefined ? rejected(state, e.type) : handler(s, e as never, ctx);
  };
  return match(state)
    .with({ status: "new" }, (s) => run(TRANSITIONS.new, s))
    .with({ status: "draft" }, (s) => run(TRANSITIONS.draft, s))
    .with({ status: "sent" }, (s) => run(TRANSITIONS.sent, s))
    .with({ status: "accepted" }, (s) => run(TRANSITIONS.accepted, s))
    .with({ status: "declined" }, (s) => run(TRANSITIONS.declined, s))
    .with({ status: "completed" }, (s) => run(TRANSITIONS.completed, s))
    .with({ status: "withdrawn" }, (s) => run(TRANSITIONS.withdrawn, s))
    .exhaustive();
}

/**
 * Replay a referral's events from the start. Replaying the audit trail gives the same state as
 * applying the events one by one.
 *
 * @param events - the events, in the order they were recorded
 * @param options - the catalogues in use and the roles that may override consent
 * @returns the state, or the issues of the first rejected event (its index first in the path)
 * @example
 * replayReferral([
 *   { type: "created", by: "professional", at: "2025-10-02", referralId: "v-1", childId: "kw-0101", destination: "cjg" },
 *   { type: "consent-recorded", by: "professional", at: "2025-10-02", consent: { kind: "given", givenBy: "parent" } },
 *   { type: "sent", by: "professional", at: "2025-10-03" },
 * ]);
 * // => { ok: true, value: { status: "sent", sentOn: "2025-10-03", followUpOn: "2025-10-17", … } }
 */
export function replayReferral(events: readonly ReferralEventInput[], options: ReferralOptions = {}): Result<ReferralState> {
  return replayEvents(initialReferralState, events, (s, e) => applyReferral(s, e, options));
}

/**
 * Turn a referral's workflow state into a flat {@link Referral} record of the exchange format:
 * consent becomes its kind plus `consentGround` / `consentReason`, and a decline or withdrawal
 * keeps its reason (`declineReason`, `withdrawReason`). Who gave consent stays in the events.
 *
 * @param state - a referral state
 * @returns the flat record, or `referral.record.not-created` for the `new` state
 * @example
 * const s = replayReferral([...]); // a sent referral
 * if (s.ok) toReferralRecord(s.value);
 * // => { ok: true, value: { referralId: "v-1", childId: "kw-0101", destination: "cjg", createdOn: "2025-10-02", sentOn: "2025-10-03", followUpOn: "2025-10-17", status: "sent", consent: "given" } }
 */
export function toReferralRecord(state: ReferralState): Result<Referral> {
  if (state.status === "new") return fail([coreIssue("referral.record.not-created", ["status"])]);
  const base = {
    referralId: state.referralId,
    childId: state.childId,
    ...(state.signalId === undefined ? {} : { signalId: state.signalId }),
    destination: state.destination,
    createdOn: state.createdOn,
  };
  const status: ReferralStatus = state.status;
  return ok<Referral>(
    match(state)
      .with({ status: "draft" }, (s) => ({ ...base, status, ...(s.consent === undefined ? {} : flatConsent(s.consent)) }))
      .with({ status: "sent" }, (s) => ({ ...base, status, sentOn: s.sentOn, followUpOn: s.followUpOn, ...flatConsent(s.consent) }))
      .with({ status: "accepted" }, (s) => ({ ...base, status, sentOn: s.sentOn, respondedOn: s.respondedOn, followUpOn: s.followUpOn, ...flatConsent(s.consent) }))
      .with({ status: "declined" }, (s) => ({ ...base, status, sentOn: s.sentOn, respondedOn: s.respondedOn, ...flatConsent(s.consent), declineReason: s.declineReason }))
      .with({ status: "completed" }, (s) => ({ ...base, status, sentOn: s.sentOn, respondedOn: s.respondedOn, closedOn: s.closedOn, ...flatConsent(s.consent) }))
      .with({ status: "withdrawn" }, (s) => ({
        ...base,
        status,
        sentOn: s.sentOn,
        ...(s.respondedOn === undefined ? {} : { respondedOn: s.respondedOn }),
        closedOn: s.closedOn,
        ...flatConsent(s.consent),
        withdrawReason: s.withdrawReason,
      }))
      .exhaustive(),
  );
}

/** A referral whose follow-up date has passed. */
export interface OverdueReferral {
  readonly referralId: string;
  readonly childId: string;
  readonly destination: string;
  readonly status: "sent" | "accepted";
  readonly followUpOn: CalendarDate;
  /** Whole days from the follow-up date to `now`, at least 1. */
  readonly daysOverdue: number;
}

/**
 * The open referrals (sent or accepted) whose follow-up date lies before `now`, most overdue first.
 * A record without `followUpOn` gets the default for its destination ({@link defaultFollowUpOn}).
 *
 * Takes records as they come (an array from a form, a database or JSON): each is checked against the
 * {@link Referral} schema first. A record that is not a valid referral is skipped with a warning
 * `referral.overdue.skipped` at its index; so is an open referral without a `sentOn`, which cannot
 * be followed up. Run `parseReferral` for the full list of what is wrong with a record.
 *
 * @param referrals - flat referral records (see {@link toReferralRecord} for workflow states)
 * @param now - today's date, passed in
 * @param options - the catalogues in use
 * @returns the overdue referrals (always `ok`), with a warning per skipped record
 * @throws {@link DateError} `dates.invalid-date` when `now` is not a real calendar date
 * @example
 * overdueReferrals([{ referralId: "v-1", childId: "kw-0101", destination: "veilig-thuis", createdOn: "2025-10-01", sentOn: "2025-10-01", status: "sent", consent: "not-needed" }, null], "2025-10-10");
 * // => { ok: true, value: [{ referralId: "v-1", childId: "kw-0101", destination: "veilig-thuis", status: "sent", followUpOn: "2025-10-08", daysOverdue: 2 }],
 * //      issues: [{ code: "referral.overdue.skipped", severity: "warning", path: [1], params: {} }] }
 */
export function overdueReferrals(referrals: readonly unknown[], now: CalendarDate, options: { readonly catalogues?: Catalogues } = {}): Result<OverdueReferral[]> {
  const destinations = (options.catalogues ?? defaultCatalogues).referralDestinations;
  assertCalendarDate(now, "now");
  const out: OverdueReferral[] = [];
  const skipped: Issue[] = [];
  referrals.forEach((input, index) => {
    const parsed = safeParse(ReferralSchema, input);
    if (!parsed.ok) {
      skipped.push(coreIssue("referral.overdue.skipped", [index], {}, "warning"));
      return;
    }
    const r = parsed.value;
    if (r.status !== "sent" && r.status !== "accepted") return;
    if (r.sentOn === undefined) {
      skipped.push(coreIssue("referral.overdue.skipped", [index], {}, "warning"));
      return;
    }
    const followUpOn = r.followUpOn ?? defaultFollowUpOn(r.destination, r.sentOn, destinations);
    if (followUpOn < now) {
      out.push({ referralId: r.referralId, childId: r.childId, destination: r.destination, status: r.status, followUpOn, daysOverdue: daysBetween(followUpOn, now) });
    }
  });
  return ok(
    out.sort((a, b) => b.daysOverdue - a.daysOverdue || (a.referralId < b.referralId ? -1 : 1)),
    skipped,
  );
}

/** The consent of a workflow state as the columns of the flat record. */
function flatConsent(consent: ReferralConsent): Pick<Referral, "consent" | "consentGround" | "consentReason"> {
  return match(consent)
    .with({ kind: "given" }, () => ({ consent: "given" as const }))
    .with({ kind: "not-needed" }, (c) => ({ consent: "not-needed" as const, consentGround: c.legalGround }))
    .with({ kind: "overridden" }, (c) => ({ consent: "overridden" as const, consentReason: c.reason }))
    .exhaustive();
}

function rejected(state: ReferralState, event: string): Result<ReferralState> {
  return fail([notAllowed("referral", state.status, event, allowedReferralEvents(state))]);
}

function setFollowUp<S extends SentReferral & { readonly status: "sent" | "accepted" }>(s: S, followUpOn: CalendarDate, on: CalendarDate): Result<ReferralState> {
  if (followUpOn < s.sentOn) return fail([coreIssue("referral.followUpOn.before-sent", ["followUpOn"], { followUpOn, sentOn: s.sentOn })]);
  return ok({ ...s, followUpOn, updatedOn: on } as ReferralState);
}
