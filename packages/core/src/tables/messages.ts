import { fieldLabel } from "../fields/index.js";
import type { MessagesFor } from "../issues/messageTable.js";

/** Messages for the checks of a table's records beyond their schema (see `checks.ts`): ids that read like names, dates in the wrong order. */
export const tableMessages = {
  "child.childId.name-like": {
    nl: () => "Kind-ID lijkt op een naam: één woord met een hoofdletter, of zonder cijfers. Gebruik een pseudoniem, nooit een naam.",
    en: () => "Child ID looks like a name: one capitalised word, or no digits. Use a pseudonym, never a name.",
  },
  "staff.staffId.name-like": {
    nl: () => "Medewerker-ID lijkt op een naam: één woord met een hoofdletter, of zonder cijfers. Gebruik een pseudoniem, nooit een naam.",
    en: () => "Staff ID looks like a name: one capitalised word, or no digits. Use a pseudonym, never a name.",
  },
  "record.dates.order": {
    nl: (p) => `De datum bij "${fieldLabel([String(p["later"])], "nl")}" ligt voor de datum bij "${fieldLabel([String(p["earlier"])], "nl")}".`,
    en: (p) => `The date of "${fieldLabel([String(p["later"])], "en")}" is before the date of "${fieldLabel([String(p["earlier"])], "en")}".`,
  },
} satisfies MessagesFor<"child.childId.name-like" | "staff.staffId.name-like" | "record.dates.order">;
