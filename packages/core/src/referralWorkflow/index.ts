import * as z from "zod";
import { match } from "ts-pattern";
import { checkEvent, dayOf, eventBase, notAllowed, replayEvents } from "../_lib/workflow.js";
import type { CalendarDate } from "../calendarDate/index.js";
import { CalendarDate as CalendarDateSchema, addDays, assertCalendarDate, daysBetween } from "../calendarDate/index.js";
import type { Catalogue, Catalogues } from "../catalogue/index.js";
import { CatalogueCode, checkCodes, defaultCatalogues, findEntry } from "../catalogue/index.js";
import { ChildId, RecordId } from "../id/index.js";
import type { Result } from "../issues/issue.js";
import { fail, issue, ok } from "../issues/issue.js";
import type { Labels } from "../labels/index.js";
import type { Referral, ReferralStatus } from "../referral/index.js";
import type { StaffRole } from "../staffRole/index.js";

/** The states of a referral workflow: `new` (nothing recorded yet) and the statuses of the exchange format. */
export const REFERRAL_WORKFLOW_STATUSES = ["new", "draft", "sent", "accepted", "declined", "completed", "withdrawn"] as const;
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

/** Who gave consent: a parent or a guardian (voogd). */
export const CONSENT_GIVERS = ["parent", "guardian"] as const;
/** The legal grounds for a referral without consent: the meldrecht (Wmo 2015 art. 5.2.6, Veilig Thuis only), or no personal data shared. */
export const CONSENT_LEGAL_GROUNDS = ["meldrecht", "no-personal-data"] as const;
/** The reasons to override the lack of consent. */
export const CONSENT_OVERRIDE_REASONS = ["safety-of-child", "safety-of-others", "acute-danger"] as const;
/** The reasons a receiver declines a referral. */
export const DECLINE_REASONS = ["outside-remit", "no-capacity", "family-declined", "already-known", "other"] as const;
/** The reasons a referral is withdrawn. */
export const WITHDRAW_REASONS = ["consent-withdrawn", "no-longer-needed", "sent-in-error", "other"] as const;

/**
 * The consent recorded for a referral: given (by a parent or guardian), not needed (with the legal
 * ground), or overridden (with the reason). Its `kind` is the `consent` of the flat record.
 */
export const ReferralConsent = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("given"), givenBy: z.enum(CONSENT_GIVERS) }),
  z.object({ kind: z.literal("not-needed"), legalGround: z.enum(CONSENT_LEGAL_GROUNDS) }),
  z.object({ kind: z.literal("overridden"), reason: z.enum(CONSENT_OVERRIDE_REASONS) }),
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
    form: z.enum(REFERRAL_FORMS).default("warm-handover"),
  }),
  z.object({ type: z.literal("consent-recorded"), ...eventBase, consent: ReferralConsent }),
  z.object({ type: z.literal("sent"), ...eventBase, followUpOn: CalendarDateSchema.optional() }),
  z.object({ type: z.literal("follow-up-set"), ...eventBase, followUpOn: CalendarDateSchema }),
  z.object({ type: z.literal("accepted"), ...eventBase }),
  z.object({ type: z.literal("declined"), ...eventBase, reason: z.enum(DECLINE_REASONS) }),
  z.object({ type: z.literal("completed"), ...eventBase }),
  z.object({ type: z.literal("withdrawn"), ...eventBase, reason: z.enum(WITHDRAW_REASONS) }),
]);
/** A referral event. */
export type ReferralEvent = z.infer<typeof ReferralEvent>;
/** What {@link ReferralEvent} accepts (defaults not yet filled in). */
export type ReferralEventInput = z.input<typeof ReferralEvent>;

/** Labels of the states, in Dutch and English. */
export const referralStatusLabels: Readonly<Record<ReferralWorkflowStatus, Labels>> = {
  new: { nl: "Nieuw", en: "New" },
  draft: { nl: "Concept", en: "Draft" },
  sent: { nl: "Verstuurd", en: "Sent" },
  accepted: { nl: "Geaccepteerd", en: "Accepted" },
  declined: { nl: "Afgewezen", en: "Declined" },
  completed: { nl: "Afgerond", en: "Completed" },
  withdrawn: { nl: "Ingetrokken", en: "Withdrawn" },
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

/** Labels of the referral forms, in Dutch and English. */
export const referralFormLabels: Readonly<Record<ReferralForm, Labels>> = {
  "warm-handover": { nl: "Warme overdracht", en: "Warm handover" },
  advice: { nl: "Advies", en: "Advice" },
};

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
  | (RespondedReferral & { readonly status: "declined"; readonly declineReason: (typeof DECLINE_REASONS)[number] })
  | (RespondedReferral & { readonly status: "completed"; readonly closedOn: CalendarDate })
  | (SentReferral & { readonly status: "withdrawn"; readonly respondedOn?: CalendarDate; readonly closedOn: CalendarDate; readonly withdrawReason: (typeof WITHDRAW_REASONS)[number] });

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

/**
 * The events a state allows.
 *
 * @param state - the current state
 * @returns the event types that {@link applyReferral} accepts in this state (sending also needs consent)
 * @example
 * allowedReferralEvents(initialReferralState); // => ["created"]
 */
export function allowedReferralEvents(state: ReferralState): readonly ReferralEventType[] {
  return match(state.status)
    .with("new", () => ["created"] as const)
    .with("draft", () => ["consent-recorded", "sent"] as const)
    .with("sent", () => ["follow-up-set", "accepted", "declined", "withdrawn"] as const)
    .with("accepted", () => ["follow-up-set", "completed", "withdrawn"] as const)
    .with("declined", "completed", "withdrawn", () => [] as const)
    .exhaustive();
}

/**
 * Apply one event to a referral: the next state, or the issues that reject the event.
 *
 * - `workflow.event.not-allowed` (`{ workflow, state, event, allowed }`) when the state does not allow it;
 * - `referral.consent.missing` when a referral is sent before consent is recorded;
 * - `referral.consent.meldrecht-only-veilig-thuis` when the meldrecht is given as ground for another destination;
 * - `workflow.event.role-not-allowed` when someone other than an override role overrides consent;
 * - `referral.followUpOn.before-sent`, `workflow.event.out-of-order`, `catalogue.code.unknown`, and
 *   the usual value issues.
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
  const checked = checkEvent(ReferralEvent, event, state);
  if (!checked.ok) return checked;
  const e = checked.value;
  const allowed = allowedReferralEvents(state);
  if (!(allowed as readonly string[]).includes(e.type)) return fail([notAllowed("referral", state.status, e.type, allowed)]);
  const on = dayOf(e.at);
  const catalogues = options.catalogues ?? defaultCatalogues;

  return match(state)
    .with({ status: "new" }, () =>
      match(e)
        .with({ type: "created" }, (ev) => {
          const unknown = checkCodes(catalogues.referralDestinations, [ev.destination], ["destination"]).map((i) => issue(i.code, ["destination"], i.params));
          if (unknown.length > 0) return fail<ReferralState>(unknown);
          return ok<ReferralState>({
            status: "draft",
            referralId: ev.referralId,
            childId: ev.childId,
            ...(ev.signalId === undefined ? {} : { signalId: ev.signalId }),
            destination: ev.destination,
            form: ev.form,
            createdOn: on,
            updatedOn: on,
          });
        })
        .otherwise(() => rejected(state, e.type)),
    )
    .with({ status: "draft" }, (s) =>
      match(e)
        .with({ type: "consent-recorded" }, (ev) => {
          if (ev.consent.kind === "not-needed" && ev.consent.legalGround === "meldrecht" && s.destination !== "veilig-thuis") {
            return fail<ReferralState>([issue("referral.consent.meldrecht-only-veilig-thuis", ["consent", "legalGround"])]);
          }
          const overrideRoles = options.overrideRoles ?? ["professional"];
          if (ev.consent.kind === "overridden" && !overrideRoles.includes(ev.by)) {
            return fail<ReferralState>([issue("workflow.event.role-not-allowed", ["by"], { event: ev.type, role: ev.by, allowed: [...overrideRoles] })]);
          }
          return ok<ReferralState>({ ...s, consent: ev.consent, updatedOn: on });
        })
        .with({ type: "sent" }, (ev) => {
          if (s.consent === undefined) return fail<ReferralState>([issue("referral.consent.missing", ["consent"], { status: "sent" })]);
          const followUpOn = ev.followUpOn ?? defaultFollowUpOn(s.destination, on, catalogues.referralDestinations);
          if (followUpOn < on) return fail<ReferralState>([issue("referral.followUpOn.before-sent", ["followUpOn"], { followUpOn, sentOn: on })]);
          return ok<ReferralState>({ ...s, status: "sent", consent: s.consent, sentOn: on, followUpOn, updatedOn: on });
        })
        .otherwise(() => rejected(state, e.type)),
    )
    .with({ status: "sent" }, (s) =>
      match(e)
        .with({ type: "follow-up-set" }, (ev) => setFollowUp(s, ev.followUpOn, on))
        .with({ type: "accepted" }, () => ok<ReferralState>({ ...s, status: "accepted", respondedOn: on, updatedOn: on }))
        .with({ type: "declined" }, (ev) => ok<ReferralState>({ ...s, status: "declined", respondedOn: on, declineReason: ev.reason, updatedOn: on }))
        .with({ type: "withdrawn" }, (ev) => ok<ReferralState>({ ...s, status: "withdrawn", closedOn: on, withdrawReason: ev.reason, updatedOn: on }))
        .otherwise(() => rejected(state, e.type)),
    )
    .with({ status: "accepted" }, (s) =>
      match(e)
        .with({ type: "follow-up-set" }, (ev) => setFollowUp(s, ev.followUpOn, on))
        .with({ type: "completed" }, () => ok<ReferralState>({ ...s, status: "completed", closedOn: on, updatedOn: on }))
        .with({ type: "withdrawn" }, (ev) => ok<ReferralState>({ ...s, status: "withdrawn", closedOn: on, withdrawReason: ev.reason, updatedOn: on }))
        .otherwise(() => rejected(state, e.type)),
    )
    .with({ status: "declined" }, { status: "completed" }, { status: "withdrawn" }, () => rejected(state, e.type))
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
 * Turn a referral's workflow state into a flat {@link Referral} record of the exchange format
 * (consent becomes its kind; the detail stays in the events).
 *
 * @param state - a referral state
 * @returns the flat record, or `referral.record.not-created` for the `new` state
 * @example
 * const s = replayReferral([...]); // a sent referral
 * if (s.ok) toReferralRecord(s.value);
 * // => { ok: true, value: { referralId: "v-1", childId: "kw-0101", destination: "cjg", createdOn: "2025-10-02", sentOn: "2025-10-03", followUpOn: "2025-10-17", status: "sent", consent: "given" } }
 */
export function toReferralRecord(state: ReferralState): Result<Referral> {
  if (state.status === "new") return fail([issue("referral.record.not-created", ["status"])]);
  const base = {
    referralId: state.referralId,
    childId: state.childId,
    ...(state.signalId === undefined ? {} : { signalId: state.signalId }),
    destination: state.destination,
    createdOn: state.createdOn,
  };
  const status: ReferralStatus = state.status;
  return ok(
    match(state)
      .with({ status: "draft" }, (s) => ({ ...base, status, ...(s.consent === undefined ? {} : { consent: s.consent.kind }) }))
      .with({ status: "sent" }, (s) => ({ ...base, status, sentOn: s.sentOn, followUpOn: s.followUpOn, consent: s.consent.kind }))
      .with({ status: "accepted" }, (s) => ({ ...base, status, sentOn: s.sentOn, respondedOn: s.respondedOn, followUpOn: s.followUpOn, consent: s.consent.kind }))
      .with({ status: "declined" }, (s) => ({ ...base, status, sentOn: s.sentOn, respondedOn: s.respondedOn, consent: s.consent.kind }))
      .with({ status: "completed" }, (s) => ({ ...base, status, sentOn: s.sentOn, respondedOn: s.respondedOn, closedOn: s.closedOn, consent: s.consent.kind }))
      .with({ status: "withdrawn" }, (s) => ({
        ...base,
        status,
        sentOn: s.sentOn,
        ...(s.respondedOn === undefined ? {} : { respondedOn: s.respondedOn }),
        closedOn: s.closedOn,
        consent: s.consent.kind,
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
 * A record without `followUpOn` gets the default for its destination ({@link defaultFollowUpOn});
 * a record without a valid `sentOn` cannot be followed up and is left out (`parseReferral` rejects it).
 *
 * @param referrals - flat referral records (see {@link toReferralRecord} for workflow states)
 * @param now - today's date, passed in
 * @param options - the catalogues in use
 * @returns the overdue referrals
 * @throws {@link DateError} `dates.invalid-date` when `now` is not a real calendar date
 * @example
 * overdueReferrals([{ referralId: "v-1", childId: "kw-0101", destination: "veilig-thuis", createdOn: "2025-10-01", sentOn: "2025-10-01", status: "sent", consent: "not-needed" }], "2025-10-10");
 * // => [{ referralId: "v-1", childId: "kw-0101", destination: "veilig-thuis", status: "sent", followUpOn: "2025-10-08", daysOverdue: 2 }]
 */
export function overdueReferrals(referrals: readonly Referral[], now: CalendarDate, options: { readonly catalogues?: Catalogues } = {}): OverdueReferral[] {
  const destinations = (options.catalogues ?? defaultCatalogues).referralDestinations;
  assertCalendarDate(now, "now");
  const out: OverdueReferral[] = [];
  for (const r of referrals) {
    if (r.status !== "sent" && r.status !== "accepted") continue;
    if (!CalendarDateSchema.safeParse(r.sentOn).success || r.sentOn === undefined) continue;
    const followUpOn = r.followUpOn !== undefined && CalendarDateSchema.safeParse(r.followUpOn).success ? r.followUpOn : defaultFollowUpOn(r.destination, r.sentOn, destinations);
    if (followUpOn < now) {
      out.push({ referralId: r.referralId, childId: r.childId, destination: r.destination, status: r.status, followUpOn, daysOverdue: daysBetween(followUpOn, now) });
    }
  }
  return out.sort((a, b) => b.daysOverdue - a.daysOverdue || (a.referralId < b.referralId ? -1 : 1));
}

function rejected(state: ReferralState, event: string): Result<ReferralState> {
  return fail([notAllowed("referral", state.status, event, allowedReferralEvents(state))]);
}

function setFollowUp<S extends SentReferral & { readonly status: "sent" | "accepted" }>(s: S, followUpOn: CalendarDate, on: CalendarDate): Result<ReferralState> {
  if (followUpOn < s.sentOn) return fail([issue("referral.followUpOn.before-sent", ["followUpOn"], { followUpOn, sentOn: s.sentOn })]);
  return ok({ ...s, followUpOn, updatedOn: on } as ReferralState);
}
