import { fieldLabel } from "../../fields/index.js";
import type { Labels, Lang } from "../../labels/index.js";
import { meldcodeEventLabels, meldcodeStatusLabels } from "../../meldcode/index.js";
import { personalDataKindLabels } from "../../piiScan/index.js";
import { ReferralStatusVocabulary } from "../../referral/index.js";
import { referralEventLabels, referralStatusLabels } from "../../referralWorkflow/index.js";
import { StaffRoleVocabulary } from "../../staffRole/index.js";
import type { IssueParam } from "../issue.js";
import type { MessageTable } from "./types.js";

const STATES: Readonly<Record<string, Readonly<Record<string, Labels>>>> = { meldcode: meldcodeStatusLabels, referral: referralStatusLabels };
const EVENTS: Readonly<Record<string, Readonly<Record<string, Labels>>>> = { meldcode: meldcodeEventLabels, referral: referralEventLabels };
const ROLES: Readonly<Record<string, Labels>> = StaffRoleVocabulary.labels;
const STATUSES: Readonly<Record<string, Labels>> = ReferralStatusVocabulary.labels;

/** The label of a code in a table, or the code itself. */
function label(table: Readonly<Record<string, Labels>> | undefined, code: IssueParam | undefined, lang: Lang): string {
  const key = String(code);
  return table !== undefined && Object.hasOwn(table, key) ? (table[key] as Labels)[lang] : key;
}

function labels(table: Readonly<Record<string, Labels>> | undefined, codes: IssueParam | undefined, lang: Lang): string {
  if (!Array.isArray(codes) || codes.length === 0) return lang === "nl" ? "niets meer (afgesloten)" : "nothing (closed)";
  return codes.map((c) => label(table, c, lang)).join(", ");
}

/** The label of a field by its name, lowercased to sit inside a sentence. */
const field = (name: IssueParam | undefined, lang: Lang): string => fieldLabel([String(name)], lang);

/** Messages for the issue codes of the workflows: personal data in text, meldcode, referrals. */
export const workflowsMessages: MessageTable = {
  "text.personal-data": {
    nl: (p, i) =>
      `${fieldLabel(i.path, "nl") || "Tekst"} bevat mogelijk een ${label(personalDataKindLabels, p["kind"], "nl")} (teken ${Number(p["start"]) + 1} t/m ${String(p["end"])}). Haal persoonsgegevens uit de tekst.`,
    en: (p, i) =>
      `${fieldLabel(i.path, "en") || "Text"} may contain personal data: ${label(personalDataKindLabels, p["kind"], "en")} (characters ${Number(p["start"]) + 1} to ${String(p["end"])}). Remove personal data from the text.`,
  },
  "workflow.event.not-allowed": {
    nl: (p) => {
      const w = String(p["workflow"]);
      return `Stap "${label(EVENTS[w], p["event"], "nl")}" kan niet in de stand "${label(STATES[w], p["state"], "nl")}". Mogelijk: ${labels(EVENTS[w], p["allowed"], "nl")}.`;
    },
    en: (p) => {
      const w = String(p["workflow"]);
      return `"${label(EVENTS[w], p["event"], "en")}" is not possible in the state "${label(STATES[w], p["state"], "en")}". Possible: ${labels(EVENTS[w], p["allowed"], "en")}.`;
    },
  },
  "workflow.event.out-of-order": {
    nl: (p) => `Deze stap is gedateerd op ${String(p["at"])}, voor de vorige stap (${String(p["previous"])}). Leg stappen vast in de volgorde waarin ze gebeurden.`,
    en: (p) => `This step is dated ${String(p["at"])}, before the previous step (${String(p["previous"])}). Record steps in the order they happened.`,
  },
  "workflow.event.role-not-allowed": {
    nl: (p) => `Een ${label(ROLES, p["role"], "nl").toLowerCase()} mag deze stap niet zetten. Dat mag: ${labels(ROLES, p["allowed"], "nl").toLowerCase()}.`,
    en: (p) => `${label(ROLES, p["role"], "en")}s may not take this step. Who may: ${labels(ROLES, p["allowed"], "en").toLowerCase()}.`,
  },
  "meldcode.answer.missing": {
    nl: (p) => `Beantwoord vraag ${String(p["question"])} van het afwegingskader: de eerdere antwoorden leiden daarheen.`,
    en: (p) => `Answer question ${String(p["question"])} of the afwegingskader: the earlier answers lead there.`,
  },
  "meldcode.answer.too-early": {
    nl: () => "Vraag 5 (bereikt de hulp op tijd de nodige veiligheid?) wordt pas beantwoord bij de evaluatie van de hulp.",
    en: () => "Question 5 (does the help reach the needed safety in time?) is answered only when the help is evaluated.",
  },
  "meldcode.child.mismatch": {
    nl: () => "Deze signalen gaan over een ander kind dan het meldcodetraject. Start een apart traject.",
    en: () => "These signals are about another child than the meldcode trajectory. Start a separate trajectory.",
  },
  "referral.consent.missing": {
    nl: () => "Een verwijzing kan pas worden verstuurd als toestemming is vastgelegd.",
    en: () => "A referral can only be sent once consent has been recorded.",
  },
  "referral.consent.meldrecht-only-veilig-thuis": {
    nl: () => "Het meldrecht (Wmo 2015 art. 5.2.6) geldt alleen voor een melding bij Veilig Thuis (een bestemming met meldrecht in de catalogus). Vraag toestemming of leg een andere grond vast.",
    en: () => "The right to report (Wmo 2015 art. 5.2.6) applies only to a report to Veilig Thuis (a destination with meldrecht in the catalogue). Ask for consent or record another ground.",
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
  "referral.overdue.skipped": {
    nl: () => "Deze verwijzing is overgeslagen bij de opvolglijst: het is geen geldige verstuurde verwijzing. Controleer hem met de validatie.",
    en: () => "This referral was left out of the follow-up list: it is not a valid sent referral. Check it with validation.",
  },
  "referral.followUpOn.before-sent": {
    nl: (p) => `De opvolgdatum (${String(p["followUpOn"])}) ligt voor de verstuurdatum (${String(p["sentOn"])}).`,
    en: (p) => `The follow-up date (${String(p["followUpOn"])}) is before the date sent (${String(p["sentOn"])}).`,
  },
  "referral.record.not-created": {
    nl: () => "Deze verwijzing is nog niet aangemaakt.",
    en: () => "This referral has not been created yet.",
  },
};
