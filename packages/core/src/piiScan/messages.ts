import { label } from "../_lib/messageText.js";
import { fieldLabel } from "../fields/index.js";
import type { MessagesFor } from "../issues/messageTable.js";
import { personalDataKindLabels } from "./index.js";

/** Messages for personal data found in free text (`personalDataIssues`): where, and what kind; never the text. */
export const piiScanMessages = {
  "text.personal-data": {
    nl: (p, i) =>
      `${fieldLabel(i.path, "nl") || "Tekst"} bevat mogelijk een ${label(personalDataKindLabels, p["kind"], "nl")} (teken ${Number(p["start"]) + 1} t/m ${String(p["end"])}). Haal persoonsgegevens uit de tekst.`,
    en: (p, i) =>
      `${fieldLabel(i.path, "en") || "Text"} may contain personal data: ${label(personalDataKindLabels, p["kind"], "en")} (characters ${Number(p["start"]) + 1} to ${String(p["end"])}). Remove personal data from the text.`,
  },
} satisfies MessagesFor<"text.personal-data">;
