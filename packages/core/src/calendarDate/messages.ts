import { s, what } from "../_lib/messageText.js";
import type { CoreIssueCode } from "../issues/codes.js";
import type { MessagesFor } from "../issues/messageTable.js";

/** Messages for a date function misused: a date that does not exist, a week that does not, a reversed range. */
export const calendarDateMessages = {
  "dates.invalid-date": {
    nl: (p) => `${what(p, "Dit")} is geen geldige datum; schrijf bijvoorbeeld 2025-09-14.`,
    en: (p) => `${what(p, "This")} is not a valid date; write for example 2025-09-14.`,
  },
  "dates.invalid-week": {
    nl: (p) => `Week ${s(p["week"])} bestaat niet in ISO-jaar ${s(p["year"])}; een jaar heeft week 1 t/m 52 of 53.`,
    en: (p) => `Week ${s(p["week"])} does not exist in ISO year ${s(p["year"])}; a year has weeks 1 to 52 or 53.`,
  },
  "dates.invalid-range": {
    nl: (p) => `De periode klopt niet: de begindatum${p["from"] ? ` (${s(p["from"])})` : ""} ligt na de einddatum${p["to"] ? ` (${s(p["to"])})` : ""}.`,
    en: (p) => `The period is wrong: the start date${p["from"] ? ` (${s(p["from"])})` : ""} is after the end date${p["to"] ? ` (${s(p["to"])})` : ""}.`,
  },
} satisfies MessagesFor<Extract<CoreIssueCode, `dates.${string}`>>;
