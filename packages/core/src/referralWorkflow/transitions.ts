import { match } from "ts-pattern";
import type { CalendarDate } from "../calendarDate/index.js";
import type { Catalogues } from "../catalogue/index.js";
import { checkCodes, findEntry } from "../catalogue/index.js";
import { coreIssue } from "../issues/codes.js";
import type { Result } from "../issues/issue.js";
import { fail, issue, ok } from "../issues/issue.js";
import type { StaffRole } from "../staffRole/index.js";
import { defaultFollowUpOn } from "./followUp.js";
import type { ReferralEvent, ReferralState, SentReferral } from "./state.js";
import { REFERRAL_EVENT_TYPES, type ReferralEventType, type ReferralWorkflowStatus } from "./vocabulary.js";

// The referral workflow's transitions: per state, the events it allows and what they do.

export type StateOf<S extends ReferralWorkflowStatus> = Extract<ReferralState, { readonly status: S }>;
type EventOf<T extends ReferralEventType> = Extract<ReferralEvent, { readonly type: T }>;
export interface Context {
  readonly on: CalendarDate;
  readonly catalogues: Catalogues;
  readonly overrideRoles: readonly StaffRole[];
}
export type Handler<S extends ReferralWorkflowStatus, T extends ReferralEventType> = (state: StateOf<S>, event: EventOf<T>, ctx: Context) => Result<ReferralState>;
export type TransitionTable = { readonly [S in ReferralWorkflowStatus]: { readonly [T in ReferralEventType]?: Handler<S, T> } };

/**
 * The one transition table of the referral workflow: per state, the events it allows and what they
 * do. {@link allowedReferralEvents} and {@link applyReferral} both read it, so they cannot disagree.
 */
export const TRANSITIONS: TransitionTable = {
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

function setFollowUp<S extends SentReferral & { readonly status: "sent" | "accepted" }>(s: S, followUpOn: CalendarDate, on: CalendarDate): Result<ReferralState> {
  if (followUpOn < s.sentOn) return fail([coreIssue("referral.followUpOn.before-sent", ["followUpOn"], { followUpOn, sentOn: s.sentOn })]);
  return ok({ ...s, followUpOn, updatedOn: on } as ReferralState);
}
