import type { HolidayKind, SchoolRegion } from "../../holidays/vocabulary.js";
import { holidayKindLabels, schoolRegionLabels } from "../../holidays/vocabulary.js";
import type { Lang } from "../../labels/index.js";
import type { IssueParam } from "../issue.js";
import type { MessageTable } from "./types.js";

const s = (v: IssueParam | undefined): string => (v === undefined || v === null ? "" : String(v));
const kind = (v: IssueParam | undefined, lang: Lang): string =>
  !Object.hasOwn(holidayKindLabels, s(v))
    ? s(v)
    : lang === "en" && s(v) === "kerst"
      ? holidayKindLabels.kerst.en // "Christmas" keeps its capital
      : holidayKindLabels[s(v) as HolidayKind][lang].toLowerCase();
const region = (v: IssueParam | undefined, lang: Lang): string =>
  Object.hasOwn(schoolRegionLabels, s(v)) ? schoolRegionLabels[s(v) as SchoolRegion][lang] : s(v);

/** `"2025-02-30" ` when the issue carries the value it is about (see the echo policy), else the fallback. */
const what = (p: Readonly<Record<string, IssueParam>>, fallback: string): string => (typeof p["value"] === "string" && p["value"] !== "" ? `"${p["value"]}"` : fallback);

/** Messages for the dates, school years, holidays, ages and age bands issue codes. */
export const datesMessages: MessageTable = {
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
  "schoolYear.invalid": {
    nl: (p) => `${what(p, "Dit")} is geen schooljaar; schrijf bijvoorbeeld 2025-2026.`,
    en: (p) => `${what(p, "This")} is not a school year; write for example 2025-2026.`,
  },
  "period.invalid": {
    nl: (p) => `${what(p, "Dit")} is geen periode; schrijf een jaar (2025), kwartaal (2025-Q3) of maand (2025-09).`,
    en: (p) => `${what(p, "This")} is not a period; write a year (2025), quarter (2025-Q3) or month (2025-09).`,
  },
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
  "age.outside-target-group": {
    nl: (p) => `Leeftijd ${s(p["age"])} valt buiten de doelgroep van ${s(p["minAge"])} t/m ${s(p["maxAge"])} jaar.`,
    en: (p) => `Age ${s(p["age"])} is outside the target group of ${s(p["minAge"])} to ${s(p["maxAge"])} years.`,
  },
  "age.outside-activity-range": {
    nl: (p) => `Leeftijd ${s(p["age"])} valt buiten de leeftijdsgrens van deze activiteit (${s(p["minAge"])} t/m ${s(p["maxAge"])} jaar).`,
    en: (p) => `Age ${s(p["age"])} is outside this activity's age range (${s(p["minAge"])} to ${s(p["maxAge"])} years).`,
  },
  "age.unknown": {
    nl: () => "Leeftijd onbekend: er is geen geldige geboortedatum.",
    en: () => "Age unknown: there is no valid birth date.",
  },
  "age.before-birth": {
    nl: (p) => `De datum${p["on"] ? ` ${s(p["on"])}` : ""} ligt vóór de geboortedatum.`,
    en: (p) => `The date${p["on"] ? ` ${s(p["on"])}` : ""} is before the birth date.`,
  },
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
};
