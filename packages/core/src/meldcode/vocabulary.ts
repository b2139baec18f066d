import type { Labels } from "../labels/index.js";
import { defineVocabulary } from "../vocabulary/index.js";

/** The states of a meldcode trajectory, in the order of the five steps. */
export const MELDCODE_STATUSES = [
  "new",
  "signals-mapped",
  "colleague-consulted",
  "conversation-recorded",
  "help-offered",
  "reported",
  "closed",
] as const;
/** A state of a meldcode trajectory. */
export type MeldcodeStatus = (typeof MELDCODE_STATUSES)[number];

/** The events of a meldcode trajectory. `acute-report` is the fast path for acute or structural unsafety. */
export const MELDCODE_EVENT_TYPES = [
  "signals-mapped",
  "colleague-consulted",
  "veilig-thuis-consulted",
  "conversation-held",
  "conversation-skipped",
  "weighed",
  "help-evaluated",
  "acute-report",
] as const;
/** An event type of a meldcode trajectory. */
export type MeldcodeEventType = (typeof MELDCODE_EVENT_TYPES)[number];

/** Why the conversation with the child and/or parents was skipped (step 3 of the meldcode). */
export const CONVERSATION_SKIP_REASONS = ["safety-of-child", "safety-of-others", "contact-would-break"] as const;
/**
 * Reasons to skip the conversation: codes, zod enum and labels.
 *
 * @example
 * ConversationSkipReasonVocabulary.labels["safety-of-child"].en; // => "The child's safety would be at risk"
 */
export const ConversationSkipReasonVocabulary = defineVocabulary(CONVERSATION_SKIP_REASONS, {
  "safety-of-child": { nl: "De veiligheid van het kind komt in gevaar", en: "The child's safety would be at risk" },
  "safety-of-others": { nl: "De veiligheid van anderen (ook de beroepskracht) komt in gevaar", en: "The safety of others (the professional too) would be at risk" },
  "contact-would-break": { nl: "Goede redenen om aan te nemen dat het contact wordt verbroken", en: "Good reason to believe contact would be broken off" },
});
/** A reason to skip the conversation. */
export type ConversationSkipReason = (typeof CONVERSATION_SKIP_REASONS)[number];

/** Whom step 2 consulted: a colleague or the aandachtsfunctionaris (the in-house expert). */
export const MELDCODE_CONSULTEES = ["colleague", "aandachtsfunctionaris"] as const;
/**
 * Whom step 2 consulted: codes, zod enum and labels.
 *
 * @example
 * MeldcodeConsulteeVocabulary.labels.colleague.nl; // => "Collega"
 */
export const MeldcodeConsulteeVocabulary = defineVocabulary(MELDCODE_CONSULTEES, {
  colleague: { nl: "Collega", en: "Colleague" },
  aandachtsfunctionaris: { nl: "Aandachtsfunctionaris", en: "Aandachtsfunctionaris (in-house expert)" },
});
/** Whom step 2 consulted. */
export type MeldcodeConsultee = (typeof MELDCODE_CONSULTEES)[number];

/** With whom the conversation of step 3 was held: the child and/or the parents. */
export const CONVERSATION_PARTNERS = ["child", "parents"] as const;
/**
 * Conversation partners: codes, zod enum and labels.
 *
 * @example
 * ConversationPartnerVocabulary.labels.parents.nl; // => "Ouders"
 */
export const ConversationPartnerVocabulary = defineVocabulary(CONVERSATION_PARTNERS, {
  child: { nl: "Kind", en: "Child" },
  parents: { nl: "Ouders", en: "Parents" },
});
/** A conversation partner. */
export type ConversationPartner = (typeof CONVERSATION_PARTNERS)[number];

/**
 * The kinds of unsafety that justify the fast path to Veilig Thuis: acute (direct physical danger,
 * safety in the coming hours or days not guaranteed) or structural (repeated or ongoing threat).
 */
export const UNSAFETY_KINDS = ["acute", "structural"] as const;
/**
 * Kinds of unsafety: codes, zod enum and labels.
 *
 * @example
 * UnsafetyKindVocabulary.labels.acute.nl; // => "Acute onveiligheid (direct fysiek gevaar)"
 */
export const UnsafetyKindVocabulary = defineVocabulary(UNSAFETY_KINDS, {
  acute: { nl: "Acute onveiligheid (direct fysiek gevaar)", en: "Acute unsafety (direct physical danger)" },
  structural: { nl: "Structurele onveiligheid (herhaalde of voortdurende dreiging)", en: "Structural unsafety (repeated or ongoing threat)" },
});
/** A kind of unsafety: `acute` or `structural`. */
export type UnsafetyKind = (typeof UNSAFETY_KINDS)[number];

/** The steps an acute report can skip: colleague consultation (2), the conversation (3) and weighing (4). */
export const MELDCODE_SKIPPABLE_STEPS = ["colleague-consultation", "conversation", "weighing"] as const;
/**
 * Steps an acute report can skip: codes, zod enum and labels.
 *
 * @example
 * MeldcodeStepVocabulary.labels.conversation.nl; // => "Stap 3: gesprek met kind en/of ouders"
 */
export const MeldcodeStepVocabulary = defineVocabulary(MELDCODE_SKIPPABLE_STEPS, {
  "colleague-consultation": { nl: "Stap 2: collegiaal overleg", en: "Step 2: consult a colleague" },
  conversation: { nl: "Stap 3: gesprek met kind en/of ouders", en: "Step 3: talk with the child and/or parents" },
  weighing: { nl: "Stap 4: wegen met het afwegingskader", en: "Step 4: weigh with the afwegingskader" },
});
/** A step an acute report can skip. */
export type MeldcodeSkippableStep = (typeof MELDCODE_SKIPPABLE_STEPS)[number];

/** Labels of the states, in Dutch and English. */
export const meldcodeStatusLabels: Readonly<Record<MeldcodeStatus, Labels>> = {
  new: { nl: "Nieuw", en: "New" },
  "signals-mapped": { nl: "Signalen in kaart gebracht", en: "Signals mapped" },
  "colleague-consulted": { nl: "Collegiaal overleg gevoerd", en: "Colleague consulted" },
  "conversation-recorded": { nl: "Gesprek gevoerd of overgeslagen", en: "Conversation held or skipped" },
  "help-offered": { nl: "Hulp geboden, wordt gevolgd", en: "Help offered, being followed" },
  reported: { nl: "Gemeld bij Veilig Thuis", en: "Reported to Veilig Thuis" },
  closed: { nl: "Afgesloten", en: "Closed" },
};

/** Labels of the events, in Dutch and English. */
export const meldcodeEventLabels: Readonly<Record<MeldcodeEventType, Labels>> = {
  "signals-mapped": { nl: "Signalen in kaart brengen", en: "Map signals" },
  "colleague-consulted": { nl: "Collega raadplegen", en: "Consult a colleague" },
  "veilig-thuis-consulted": { nl: "Advies vragen aan Veilig Thuis", en: "Ask Veilig Thuis for advice" },
  "conversation-held": { nl: "Gesprek voeren met kind en/of ouders", en: "Talk with the child and/or parents" },
  "conversation-skipped": { nl: "Gesprek overslaan (met reden)", en: "Skip the conversation (with a reason)" },
  weighed: { nl: "Wegen met het afwegingskader", en: "Weigh with the afwegingskader" },
  "help-evaluated": { nl: "Hulp evalueren (vraag 5)", en: "Evaluate the help (question 5)" },
  "acute-report": { nl: "Direct melden bij Veilig Thuis (acute of structurele onveiligheid)", en: "Report to Veilig Thuis at once (acute or structural unsafety)" },
};

/** Labels of the reasons to skip the conversation, in Dutch and English (the labels of {@link ConversationSkipReasonVocabulary}). */
export const conversationSkipReasonLabels: Readonly<Record<ConversationSkipReason, Labels>> = ConversationSkipReasonVocabulary.labels;
