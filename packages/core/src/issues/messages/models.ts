import { list } from "../../_lib/list.js";
import { fieldLabel } from "../../fields/index.js";
import type { MessageTable } from "./types.js";

/** Messages for the issue codes of the models and catalogues. */
export const modelsMessages: MessageTable = {
  "child.childId.bsn": {
    nl: () => "Kind-ID lijkt op een BSN. Een welzijnsorganisatie mag geen BSN verwerken: gebruik een pseudoniem.",
    en: () => "Child ID looks like a BSN (citizen service number). A welfare organisation may not process BSNs: use a pseudonym.",
  },
  "child.childId.name-like": {
    nl: () => "Kind-ID lijkt op een naam: één woord met een hoofdletter, of zonder cijfers. Gebruik een pseudoniem, nooit een naam.",
    en: () => "Child ID looks like a name: one capitalised word, or no digits. Use a pseudonym, never a name.",
  },
  "activity.ageRange.order": {
    nl: (p) => `De minimumleeftijd (${String(p["min"])}) is hoger dan de maximumleeftijd (${String(p["max"])}).`,
    en: (p) => `The minimum age (${String(p["min"])}) is above the maximum age (${String(p["max"])}).`,
  },
  "activity.ageRange.outside-target-group": {
    nl: (p) =>
      `Leeftijd ${String(p["min"])} t/m ${String(p["max"])} valt buiten de doelgroep van ${String(p["targetMin"])} t/m ${String(p["targetMax"])} jaar. Zet "verruimde leeftijd" aan als dat de bedoeling is.`,
    en: (p) =>
      `Ages ${String(p["min"])} to ${String(p["max"])} fall outside the target group of ${String(p["targetMin"])} to ${String(p["targetMax"])}. Set "widened age range" if that is intended.`,
  },
  "activity.dates.order": {
    nl: (p) => `De einddatum (${String(p["endDate"])}) ligt voor de startdatum (${String(p["startDate"])}).`,
    en: (p) => `The end date (${String(p["endDate"])}) is before the start date (${String(p["startDate"])}).`,
  },
  "record.dates.order": {
    nl: (p) => `De datum bij "${fieldLabel([String(p["later"])], "nl")}" ligt voor de datum bij "${fieldLabel([String(p["earlier"])], "nl")}".`,
    en: (p) => `The date of "${fieldLabel([String(p["later"])], "en")}" is before the date of "${fieldLabel([String(p["earlier"])], "en")}".`,
  },
  "staff.staffId.name-like": {
    nl: () => "Medewerker-ID lijkt op een naam: één woord met een hoofdletter, of zonder cijfers. Gebruik een pseudoniem, nooit een naam.",
    en: () => "Staff ID looks like a name: one capitalised word, or no digits. Use a pseudonym, never a name.",
  },
  "catalogue.code.duplicate": {
    nl: (p) => `De code "${String(p["code"])}" staat meer dan eens in de catalogus.`,
    en: (p) => `The code "${String(p["code"])}" appears more than once in the catalogue.`,
  },
  "catalogue.code.unknown": {
    nl: (p, i) => `${fieldLabel(i.path, "nl")} heeft een code die niet in de catalogus staat. Kies uit: ${list(p["allowed"])}.`,
    en: (p, i) => `${fieldLabel(i.path, "en")} has a code that is not in the catalogue. Choose from: ${list(p["allowed"])}.`,
  },
  "value.unreadable": {
    nl: () => "De gegevens konden niet worden gelezen.",
    en: () => "The data could not be read.",
  },
};
