import { s } from "../_lib/messageText.js";
import type { CoreIssueCode } from "../issues/codes.js";
import type { MessagesFor } from "../issues/messageTable.js";

/** Messages for the checks of age bands an app supplies. */
export const ageBandsMessages = {
  "ageBands.duplicate-key": {
    nl: (p) => `Leeftijdsgroep "${s(p["key"])}" staat er twee keer in.`,
    en: (p) => `Age band "${s(p["key"])}" is given twice.`,
  },
  "ageBands.reserved-key": {
    nl: (p) => `"${s(p["key"])}" is gereserveerd voor leeftijden buiten de groepen; kies een andere naam.`,
    en: (p) => `"${s(p["key"])}" is reserved for ages outside the bands; choose another key.`,
  },
  "ageBands.reversed": {
    nl: (p) => `Leeftijdsgroep "${s(p["key"])}": de minimumleeftijd is hoger dan de maximumleeftijd.`,
    en: (p) => `Age band "${s(p["key"])}": the minimum age is above the maximum age.`,
  },
  "ageBands.overlap": {
    nl: (p) => `Leeftijdsgroep "${s(p["key"])}" overlapt met "${s(p["other"])}".`,
    en: (p) => `Age band "${s(p["key"])}" overlaps "${s(p["other"])}".`,
  },
  "ageBands.gap": {
    nl: (p) => `Tussen leeftijdsgroep "${s(p["other"])}" en "${s(p["key"])}" zit een gat; laat de groepen op elkaar aansluiten.`,
    en: (p) => `There is a gap between age band "${s(p["other"])}" and "${s(p["key"])}"; make the bands touch.`,
  },
} satisfies MessagesFor<Extract<CoreIssueCode, `ageBands.${string}`>>;
