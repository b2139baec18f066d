import { match } from "ts-pattern";
import { coreIssue } from "../issues/codes.js";
import type { Result } from "../issues/issue.js";
import { fail, ok } from "../issues/issue.js";
import type { Referral, ReferralStatus } from "../referral/index.js";
import type { ReferralConsent, ReferralState } from "./state.js";

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

/** The consent of a workflow state as the columns of the flat record. */
function flatConsent(consent: ReferralConsent): Pick<Referral, "consent" | "consentGround" | "consentReason"> {
  return match(consent)
    .with({ kind: "given" }, () => ({ consent: "given" as const }))
    .with({ kind: "not-needed" }, (c) => ({ consent: "not-needed" as const, consentGround: c.legalGround }))
    .with({ kind: "overridden" }, (c) => ({ consent: "overridden" as const, consentReason: c.reason }))
    .exhaustive();
}
