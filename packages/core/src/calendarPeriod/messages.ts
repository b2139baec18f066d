import { what } from "../_lib/messageText.js";
import type { MessagesFor } from "../issues/messageTable.js";

/** Messages for a period (year, quarter, month) that cannot be read. */
export const calendarPeriodMessages = {
  "period.invalid": {
    nl: (p) => `${what(p, "Dit")} is geen periode; schrijf een jaar (2025), kwartaal (2025-Q3) of maand (2025-09).`,
    en: (p) => `${what(p, "This")} is not a period; write a year (2025), quarter (2025-Q3) or month (2025-09).`,
  },
} satisfies MessagesFor<"period.invalid">;
