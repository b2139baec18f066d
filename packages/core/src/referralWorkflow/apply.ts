import { match } from "ts-pattern";
import { checkEvent, dayOf, notAllowed, replayEvents } from "../_lib/workflow.js";
import { defaultCatalogues } from "../catalogue/index.js";
import type { Result } from "../issues/issue.js";
import { fail } from "../issues/issue.js";
import { initialReferralState, ReferralEvent, type ReferralEventInput, type ReferralOptions, type ReferralState } from "./state.js";
import { allowedReferralEvents, TRANSITIONS, type Context, type Handler, type StateOf, type TransitionTable } from "./transitions.js";
import { REFERRAL_EVENT_TYPES, type ReferralEventType, type ReferralWorkflowStatus } from "./vocabulary.js";

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

function rejected(state: ReferralState, event: string): Result<ReferralState> {
  return fail([notAllowed("referral", state.status, event, allowedReferralEvents(state))]);
}
