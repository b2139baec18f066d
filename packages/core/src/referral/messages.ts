import { label } from "../_lib/messageText.js";
import { fieldLabel } from "../fields/index.js";
import type { IssueParam } from "../issues/issue.js";
import type { Lang } from "../issues/lang.js";
import type { Labels } from "../labels/index.js";
import type { MessagesFor } from "../issues/messageTable.js";
import { ReferralStatusVocabulary } from "./index.js";

const STATUSES: Readonly<Record<string, Labels>> = ReferralStatusVocabulary.labels;

/** The label of a field by its name, lowercased to sit inside a sentence. */
const field = (name: IssueParam | undefined, lang: Lang): string => fieldLabel([String(name)], lang);

/** Messages for the checks of a referral record (`checkReferralRecord`): the dates and details its status and consent call for. */
export const referralMessages = {
  "referral.consent.missing": {
    nl: () => "Een verwijzing kan pas worden verstuurd als toestemming is vastgelegd.",
    en: () => "A referral can only be sent once consent has been recorded.",
  },
  "referral.sentOn.missing": {
    nl: (p) => `Een verwijzing met status "${label(STATUSES, p["status"], "nl").toLowerCase()}" moet een verstuurdatum hebben.`,
    en: (p) => `A referral with status "${label(STATUSES, p["status"], "en").toLowerCase()}" needs a date sent.`,
  },
  "referral.respondedOn.missing": {
    nl: (p) => `Een verwijzing met status "${label(STATUSES, p["status"], "nl").toLowerCase()}" moet een antwoorddatum hebben (${field("respondedOn", "nl")}).`,
    en: (p) => `A referral with status "${label(STATUSES, p["status"], "en").toLowerCase()}" needs a response date (${field("respondedOn", "en")}).`,
  },
  "referral.closedOn.missing": {
    nl: (p) => `Een verwijzing met status "${label(STATUSES, p["status"], "nl").toLowerCase()}" moet een afsluitdatum hebben (${field("closedOn", "nl")}).`,
    en: (p) => `A referral with status "${label(STATUSES, p["status"], "en").toLowerCase()}" needs a closing date (${field("closedOn", "en")}).`,
  },
  "referral.date.not-allowed": {
    nl: (p) => `Een verwijzing met status "${label(STATUSES, p["status"], "nl").toLowerCase()}" kan nog geen "${field(p["field"], "nl")}" hebben. Pas de status of de datum aan.`,
    en: (p) => `A referral with status "${label(STATUSES, p["status"], "en").toLowerCase()}" cannot have "${field(p["field"], "en")}" yet. Correct the status or the date.`,
  },
  "referral.detail.not-applicable": {
    nl: (p) => `"${field(p["field"], "nl")}" past niet bij de status of de toestemming van deze verwijzing. Laat het veld leeg of pas de status of toestemming aan.`,
    en: (p) => `"${field(p["field"], "en")}" does not fit the status or consent of this referral. Leave it empty or correct the status or consent.`,
  },
  "referral.detail.missing": {
    nl: (p) => `Vul "${field(p["field"], "nl")}" in: de status of de toestemming van deze verwijzing vraagt erom.`,
    en: (p) => `Fill in "${field(p["field"], "en")}": the status or consent of this referral calls for it.`,
  },
  "referral.dates.order": {
    nl: (p) => `De datum bij "${field(p["later"], "nl")}" ligt voor de datum bij "${field(p["earlier"], "nl")}".`,
    en: (p) => `The date of "${field(p["later"], "en")}" is before the date of "${field(p["earlier"], "en")}".`,
  },
} satisfies MessagesFor<"referral.consent.missing" | "referral.sentOn.missing" | "referral.respondedOn.missing" | "referral.closedOn.missing" | "referral.date.not-allowed" | "referral.detail.not-applicable" | "referral.detail.missing" | "referral.dates.order">;
