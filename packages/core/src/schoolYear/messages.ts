import { what } from "../_lib/messageText.js";
import type { MessagesFor } from "../issues/messageTable.js";

/** Messages for a school year that cannot be read. */
export const schoolYearMessages = {
  "schoolYear.invalid": {
    nl: (p) => `${what(p, "Dit")} is geen schooljaar; schrijf bijvoorbeeld 2025-2026.`,
    en: (p) => `${what(p, "This")} is not a school year; write for example 2025-2026.`,
  },
} satisfies MessagesFor<"schoolYear.invalid">;
