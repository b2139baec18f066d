import type { Labels } from "../labels/index.js";
import {
  CONSENT_GIVERS,
  CONSENT_LEGAL_GROUNDS,
  CONSENT_OVERRIDE_REASONS,
  DECLINE_REASONS,
  REFERRAL_STATUSES,
  ReferralStatusVocabulary,
  WITHDRAW_REASONS,
} from "../referral/index.js";
import { defineVocabulary } from "../vocabulary/index.js";

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
