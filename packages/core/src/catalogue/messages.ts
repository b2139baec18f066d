import { list } from "../_lib/messageText.js";
import { fieldLabel } from "../fields/index.js";
import type { CoreIssueCode } from "../issues/codes.js";
import type { MessagesFor } from "../issues/messageTable.js";

/** Messages for the codes of a catalogue: a code given twice, a code that is not in it. */
export const catalogueMessages = {
  "catalogue.code.duplicate": {
    nl: (p) => `De code "${String(p["code"])}" staat meer dan eens in de catalogus.`,
    en: (p) => `The code "${String(p["code"])}" appears more than once in the catalogue.`,
  },
  "catalogue.code.unknown": {
    nl: (p, i) => `${fieldLabel(i.path, "nl")} heeft een code die niet in de catalogus staat. Kies uit: ${list(p["allowed"])}.`,
    en: (p, i) => `${fieldLabel(i.path, "en")} has a code that is not in the catalogue. Choose from: ${list(p["allowed"])}.`,
  },
} satisfies MessagesFor<Extract<CoreIssueCode, `catalogue.${string}`>>;
