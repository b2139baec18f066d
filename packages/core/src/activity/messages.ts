import type { CoreIssueCode } from "../issues/codes.js";
import type { MessagesFor } from "../issues/messageTable.js";

/** Messages for the checks of an activity: its age range and its dates. */
export const activityMessages = {
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
} satisfies MessagesFor<Extract<CoreIssueCode, `activity.${string}`>>;
