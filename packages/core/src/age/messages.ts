import { s } from "../_lib/messageText.js";
import type { CoreIssueCode } from "../issues/codes.js";
import type { MessagesFor } from "../issues/messageTable.js";

/** Messages for the age checks: an age outside a range, a birth date missing or after the date. */
export const ageMessages = {
  "age.outside-target-group": {
    nl: (p) => `Leeftijd ${s(p["age"])} valt buiten de doelgroep van ${s(p["minAge"])} t/m ${s(p["maxAge"])} jaar.`,
    en: (p) => `Age ${s(p["age"])} is outside the target group of ${s(p["minAge"])} to ${s(p["maxAge"])} years.`,
  },
  "age.outside-activity-range": {
    nl: (p) => `Leeftijd ${s(p["age"])} valt buiten de leeftijdsgrens van deze activiteit (${s(p["minAge"])} t/m ${s(p["maxAge"])} jaar).`,
    en: (p) => `Age ${s(p["age"])} is outside this activity's age range (${s(p["minAge"])} to ${s(p["maxAge"])} years).`,
  },
  "age.unknown": {
    nl: () => "Leeftijd onbekend: er is geen geldige geboortedatum.",
    en: () => "Age unknown: there is no valid birth date.",
  },
  "age.before-birth": {
    nl: (p) => `De datum${p["on"] ? ` ${s(p["on"])}` : ""} ligt vóór de geboortedatum.`,
    en: (p) => `The date${p["on"] ? ` ${s(p["on"])}` : ""} is before the birth date.`,
  },
} satisfies MessagesFor<Extract<CoreIssueCode, `age.${string}`>>;
