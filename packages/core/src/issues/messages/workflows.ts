import { fieldLabel } from "../../fields/index.js";
import type { Labels, Lang } from "../../labels/index.js";
import { meldcodeEventLabels, meldcodeStatusLabels } from "../../meldcode/index.js";
import { referralEventLabels, referralStatusLabels } from "../../referralWorkflow/index.js";
import type { IssueParam } from "../issue.js";
import type { MessageTable } from "./types.js";

const KIND: Readonly<Record<string, Labels>> = {
  bsn: { nl: "een BSN", en: "a citizen service number (BSN)" },
  phone: { nl: "een telefoonnummer", en: "a phone number" },
  email: { nl: "een e-mailadres", en: "an e-mail address" },
  address: { nl: "een adres (postcode met huisnummer)", en: "an address (postcode with house number)" },
  postcode: { nl: "een volledige postcode", en: "a full postcode" },
};

const STATES: Readonly<Record<string, Readonly<Record<string, Labels>>>> = { meldcode: meldcodeStatusLabels, referral: referralStatusLabels };
const EVENTS: Readonly<Record<string, Readonly<Record<string, Labels>>>> = { meldcode: meldcodeEventLabels, referral: referralEventLabels };
const ROLES: Readonly<Record<string, Labels>> = {
  professional: { nl: "beroepskracht", en: "professional" },
  intern: { nl: "stagiair", en: "intern" },
  volunteer: { nl: "vrijwilliger", en: "volunteer" },
};

/** The label of a code in a table, or the code itself. */
function label(table: Readonly<Record<string, Labels>> | undefined, code: IssueParam | undefined, lang: Lang): string {
  const key = String(code);
  return table !== undefined && Object.hasOwn(table, key) ? (table[key] as Labels)[lang] : key;
}

function labels(table: Readonly<Record<string, Labels>> | undefined, codes: IssueParam | undefined, lang: Lang): string {
  if (!Array.isArray(codes) || codes.length === 0) return lang === "nl" ? "niets meer (afgesloten)" : "nothing (closed)";
  return codes.map((c) => label(table, c, lang)).join(", ");
}

const FIELD: Readonly<Record<string, Labels>> = {
  createdOn: { nl: "aanmaakdatum", en: "creation date" },
  sentOn: { nl: "verstuurdatum", en: "date sent" },
  respondedOn: { nl: "antwoorddatum", en: "response date" },
  closedOn: { nl: "afsluitdatum", en: "closing date" },
};

/** Messages for the issue codes of the workflows: personal data in text, meldcode, referrals. */
export const workflowsMessages: MessageTable = {
  "text.personal-data": {
    nl: (p, i) =>
      `${fieldLabel(i.path, "nl") || "Tekst"} bevat mogelijk ${label(KIND, p["kind"], "nl")} (teken ${Number(p["start"]) + 1} t/m ${String(p["end"])}). Haal persoonsgegevens uit de tekst.`,
    en: (p, i) =>
      `${fieldLabel(i.path, "en") || "Text"} may contain ${label(KIND, p["kind"], "en")} (characters ${Number(p["start"]) + 1} to ${String(p["end"])}). Remove personal data from the text.`,
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
    nl: (p) => `Een ${label(ROLES, p["role"], "nl")} mag deze stap niet zetten. Dat mag: ${labels(ROLES, p["allowed"], "nl")}.`,
    en: (p) => `A ${label(ROLES, p["role"], "en")} may not take this step. Who may: ${labels(ROLES, p["allowed"], "en")}.`,
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
    nl: () => "Het meldrecht (Wmo 2015 art. 5.2.6) geldt alleen voor een melding bij Veilig Thuis. Vraag toestemming of leg een andere grond vast.",
    en: () => "The right to report (Wmo 2015 art. 5.2.6) applies only to a report to Veilig Thuis. Ask for consent or record another ground.",
  },
  "referral.sentOn.missing": {
    nl: (p) => `Een verwijzing met status "${String(p["status"])}" moet een verstuurdatum hebben.`,
    en: (p) => `A referral with status "${String(p["status"])}" needs a date sent.`,
  },
  "referral.dates.order": {
    nl: (p) => `De ${label(FIELD, p["later"], "nl")} ligt voor de ${label(FIELD, p["earlier"], "nl")}.`,
    en: (p) => `The ${label(FIELD, p["later"], "en")} is before the ${label(FIELD, p["earlier"], "en")}.`,
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
