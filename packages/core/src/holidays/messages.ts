import { s } from "../_lib/messageText.js";
import type { CoreIssueCode } from "../issues/codes.js";
import type { IssueParam } from "../issues/issue.js";
import type { Lang } from "../issues/lang.js";
import type { MessagesFor } from "../issues/messageTable.js";
import type { HolidayKind, SchoolRegion } from "./vocabulary.js";
import { holidayKindLabels, schoolRegionLabels } from "./vocabulary.js";

const kind = (v: IssueParam | undefined, lang: Lang): string =>
  !Object.hasOwn(holidayKindLabels, s(v))
    ? s(v)
    : lang === "en" && s(v) === "kerst"
      ? holidayKindLabels.kerst.en // "Christmas" keeps its capital
      : holidayKindLabels[s(v) as HolidayKind][lang].toLowerCase();
const region = (v: IssueParam | undefined, lang: Lang): string =>
  Object.hasOwn(schoolRegionLabels, s(v)) ? schoolRegionLabels[s(v) as SchoolRegion][lang] : s(v);

/** Messages for the holiday calendar: a region or school year it does not know, and the checks of a calendar an app supplies. */
export const holidaysMessages = {
  "holidays.unknown-region": {
    nl: () => "Onbekende vakantieregio; kies noord, midden of zuid.",
    en: () => "Unknown holiday region; choose noord, midden or zuid.",
  },
  "holidays.year-not-covered": {
    nl: (p) =>
      `De schoolvakanties van schooljaar ${s(p["schoolYear"])}${p["region"] ? ` (regio ${region(p["region"], "nl")})` : ""} staan niet in de vakantiekalender${p["from"] && p["to"] ? `, dus voor ${s(p["from"])} t/m ${s(p["to"])} is niet te zeggen of het vakantie is` : ""}. Voeg dat schooljaar toe.`,
    en: (p) =>
      `The school holidays of school year ${s(p["schoolYear"])}${p["region"] ? ` (region ${region(p["region"], "en")})` : ""} are not in the holiday calendar${p["from"] && p["to"] ? `, so for ${s(p["from"])} to ${s(p["to"])} it cannot say whether it is a holiday` : ""}. Add that school year.`,
  },
  "holidays.duplicate-year": {
    nl: (p) => `Schooljaar ${p["schoolYear"] ? `${s(p["schoolYear"])} ` : ""}staat twee keer in de vakantiekalender.`,
    en: (p) => `School year ${p["schoolYear"] ? `${s(p["schoolYear"])} ` : ""}is in the holiday calendar twice.`,
  },
  "holidays.kind-missing": {
    nl: (p) => `De ${kind(p["kind"], "nl")} van schooljaar ${s(p["schoolYear"])} ontbreekt.`,
    en: (p) => `The ${kind(p["kind"], "en")} of school year ${s(p["schoolYear"])} is missing.`,
  },
  "holidays.kind-duplicate": {
    nl: (p) => `De ${kind(p["kind"], "nl")} van schooljaar ${s(p["schoolYear"])} staat er twee keer in; markeer een extra week met extraWeek.`,
    en: (p) => `The ${kind(p["kind"], "en")} of school year ${s(p["schoolYear"])} is given twice; mark an extra week with extraWeek.`,
  },
  "holidays.outside-school-year": {
    nl: (p) => `De ${kind(p["kind"], "nl")} in regio ${region(p["region"], "nl")} begint op ${s(p["from"])}, buiten schooljaar ${s(p["schoolYear"])}.`,
    en: (p) => `The ${kind(p["kind"], "en")} in region ${region(p["region"], "en")} starts on ${s(p["from"])}, outside school year ${s(p["schoolYear"])}.`,
  },
  "holidays.overlap": {
    nl: (p) => `De ${kind(p["kind"], "nl")} en de ${kind(p["other"], "nl")} overlappen in regio ${region(p["region"], "nl")} (schooljaar ${s(p["schoolYear"])}).`,
    en: (p) => `The ${kind(p["kind"], "en")} and the ${kind(p["other"], "en")} overlap in region ${region(p["region"], "en")} (school year ${s(p["schoolYear"])}).`,
  },
} satisfies MessagesFor<Extract<CoreIssueCode, `holidays.${string}`>>;
