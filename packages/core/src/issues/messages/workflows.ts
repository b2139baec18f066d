import { fieldLabel } from "../../fields/index.js";
import type { Lang } from "../../labels/index.js";
import type { IssueParam } from "../issue.js";
import type { MessageTable } from "./types.js";

const KIND: Readonly<Record<string, { nl: string; en: string }>> = {
  bsn: { nl: "een BSN", en: "a citizen service number (BSN)" },
  phone: { nl: "een telefoonnummer", en: "a phone number" },
  email: { nl: "een e-mailadres", en: "an e-mail address" },
  address: { nl: "een adres (postcode met huisnummer)", en: "an address (postcode with house number)" },
  postcode: { nl: "een volledige postcode", en: "a full postcode" },
};

const list = (v: IssueParam | undefined, lang: Lang): string =>
  Array.isArray(v) && v.length > 0 ? v.join(", ") : lang === "nl" ? "geen" : "none";

/** Messages for the issue codes of the workflows: personal data in text, meldcode, referrals. */
export const workflowsMessages: MessageTable = {
  "text.personal-data": {
    nl: (p, i) =>
      `${fieldLabel(i.path, "nl") || "Tekst"} bevat mogelijk ${KIND[String(p["kind"])]?.nl ?? "persoonsgegevens"} (teken ${Number(p["start"]) + 1} t/m ${String(p["end"])}). Haal persoonsgegevens uit de tekst.`,
    en: (p, i) =>
      `${fieldLabel(i.path, "en") || "Text"} may contain ${KIND[String(p["kind"])]?.en ?? "personal data"} (characters ${Number(p["start"]) + 1} to ${String(p["end"])}). Remove personal data from the text.`,
  },
};
void list;
