import type { Catalogues, Labels, MessageTable } from "@kinderwerk/core";
import { INDICATOR_IDS } from "../indicators/groups.js";
import type { IndicatorId } from "../indicators/groups.js";
import { specOf } from "../indicators/index.js";
import type { SuppressionRule } from "../suppression/rules.js";

export { INDICATOR_IDS };
export type { IndicatorId };

/** The words for one indicator: its name, a one-line definition, and its unit, in Dutch and English. */
export interface IndicatorLabel {
  /** The indicator's name, as a table heading. */
  readonly label: Labels;
  /** One sentence: what is counted. */
  readonly description: Labels;
  /** The unit code (`count`, `children`, `mean`, `hours`, `days`, `euro`, `percent`). */
  readonly unit: string;
  /** For breakdowns: what the row key is (`Leeftijdsgroep`, `Geslacht` …). */
  readonly keyLabel?: Labels;
}

const l = (nl: string, en: string): Labels => ({ nl, en });

function labelOf(id: IndicatorId): IndicatorLabel {
  const s = specOf(id);
  return s.keyLabel === undefined
    ? { label: s.label, description: s.description, unit: s.unit }
    : { label: s.label, description: s.description, unit: s.unit, keyLabel: s.keyLabel };
}

/**
 * Dutch and English names, definitions and units of every indicator, keyed by indicator id.
 * Renderers use it for headings; indicator code can use it for its own descriptions.
 *
 * @example
 * indicatorLabels["reach.targetGroup"].label.nl; // => "Bereik in de doelgroep (4 t/m 12 jaar)"
 * indicatorLabels.contactHours.unit; // => "hours"
 */
export const indicatorLabels: Readonly<Record<IndicatorId, IndicatorLabel>> = Object.fromEntries(INDICATOR_IDS.map((id) => [id, labelOf(id)])) as Record<
  IndicatorId,
  IndicatorLabel
>;

/**
 * The catalogue whose entries label the rows of a breakdown, by indicator id: for publishing the
 * rows with their labels and for labelling them in a renderer. Internal: not in the package barrel.
 */
export const rowCatalogues: Readonly<Record<string, keyof Catalogues>> = {
  "reach.byProgrammeLine": "programmeLines",
  "reach.byPillar": "pillars",
  "signals.byCategory": "signalCategories",
  "referrals.byDestination": "referralDestinations",
  "costPerChild.byProgrammeLine": "programmeLines",
};

/**
 * Dutch and English names of the units of report values. A renderer shows an unknown unit as its code.
 *
 * @example
 * unitLabels.children.nl; // => "kinderen"
 */
export const unitLabels: Readonly<Record<string, Labels>> = {
  count: l("aantal", "count"),
  children: l("kinderen", "children"),
  mean: l("gemiddelde", "mean"),
  hours: l("uren", "hours"),
  days: l("dagen", "days"),
  euro: l("euro", "euro"),
  percent: l("procent", "percent"),
  households: l("gezinnen", "households"),
  people: l("personen", "people"),
  fte: l("fte", "fte"),
  ftePer1000: l("fte per 1.000 kinderen", "fte per 1,000 children"),
  sessions: l("bijeenkomsten", "sessions"),
  trajectories: l("trajecten", "trajectories"),
};

/**
 * The word every renderer shows instead of a suppressed value, in Dutch and English.
 *
 * @example
 * suppressedWord.nl; // => "afgeschermd"
 */
export const suppressedWord: Labels = l("afgeschermd", "suppressed");

/**
 * What each rule of disclosure control means, in a sentence per language (for notes, legends and
 * the reference); the rule codes themselves are what JSON and CSV carry.
 *
 * @example
 * suppressionRuleLabels.secondary.en; // => "a larger number, hidden so that a small one cannot be worked out from the total"
 */
export const suppressionRuleLabels: Readonly<Record<SuppressionRule, Labels>> = {
  primary: l("een aantal van 1 tot de drempel", "a count from 1 to below the threshold"),
  basis: l("berekend uit een aantal van 1 tot de drempel", "computed from a count from 1 to below the threshold"),
  secondary: l("een groter aantal, afgeschermd zodat een klein aantal niet uit het totaal terug te rekenen is", "a larger number, hidden so that a small one cannot be worked out from the total"),
  group: l("een rij van een uitsplitsing waarvan alle rijen boven 0 zijn afgeschermd; groot of klein", "a row of a breakdown whose rows above 0 are all hidden; large or small"),
  "part-of-whole": l("een deel van een getoond geheel waarvan de rest een klein aantal is", "a part of a shown whole whose rest is a small count"),
  derived: l("berekend uit, of afgeschermd met, een ander afgeschermd getal", "computed from, or hidden with, another hidden number"),
};

/**
 * The text of a suppressed cell, the same in every renderer: `afgeschermd (< 5)` only for a cell the
 * primary rule hid (a count from 1 to 4, so the words are true), `afgeschermd (n < 5)` for a value
 * computed from such a count, and `afgeschermd` for every other rule — a cell hidden to protect
 * another may hold 10 or 12 — and for a cell whose rule is not known.
 *
 * @param rule - the rule that hid the cell (`suppressedBy`), if known
 * @param threshold - the document's suppression threshold
 * @param lang - the language
 * @returns the words
 * @example
 * suppressedText("primary", 5, "nl"); // => "afgeschermd (< 5)"
 * suppressedText("secondary", 5, "en"); // => "suppressed"
 */
export function suppressedText(rule: SuppressionRule | undefined, threshold: number, lang: "nl" | "en"): string {
  const word = suppressedWord[lang];
  if (threshold <= 0) return word;
  if (rule === "primary") return `${word} (< ${threshold})`;
  if (rule === "basis") return `${word} (n < ${threshold})`;
  return word;
}

/**
 * The note under a report that explains the suppression words.
 *
 * @param threshold - the document's suppression threshold
 * @param lang - the language
 * @returns the note
 * @example
 * suppressionNote(5, "en").startsWith("suppressed: not shown"); // => true
 */
export function suppressionNote(threshold: number, lang: "nl" | "en"): string {
  if (threshold <= 0) return lang === "nl" ? "afgeschermd: niet getoond om kinderen onherkenbaar te houden." : "suppressed: not shown to keep children from being recognised.";
  return lang === "nl"
    ? `afgeschermd: niet getoond, zodat geen kind herkenbaar is. afgeschermd (< ${threshold}): een aantal van 1 tot ${threshold}. afgeschermd (n < ${threshold}): berekend uit minder dan ${threshold} kinderen of verwijzingen. afgeschermd zonder meer: het getal kan groot of klein zijn; het is afgeschermd zodat een klein aantal niet uit een totaal terug te rekenen is, of omdat het uit een ander afgeschermd getal volgt.`
    : `suppressed: not shown, so that no child can be recognised. suppressed (< ${threshold}): a count from 1 to ${threshold - 1}. suppressed (n < ${threshold}): computed from fewer than ${threshold} children or referrals. suppressed alone: the number may be large or small; it is hidden so that a small count cannot be worked out from a total, or because it follows from another hidden number.`;
}

/**
 * The words of a report's trend section (attendances and reach per week, month or quarter), in
 * Dutch and English: headings, column names, and the note on buckets the period holds only part of.
 *
 * @example
 * trendLabels.heading.month.nl; // => "Verloop per maand"
 * trendLabels.bucket.quarter.en; // => "Quarter"
 */
export const trendLabels = {
  heading: { week: l("Verloop per week", "Trend by week"), month: l("Verloop per maand", "Trend by month"), quarter: l("Verloop per kwartaal", "Trend by quarter") },
  bucket: { week: l("Week", "Week"), month: l("Maand", "Month"), quarter: l("Kwartaal", "Quarter") },
  sheet: l("Verloop", "Trend"),
  attendances: l("Aanwezigheden", "Attendances"),
  reach: l("Bereik (kinderen)", "Reach (children)"),
  from: l("Van", "From"),
  to: l("Tot en met", "To"),
  partial: l("Deels in de periode", "Partly in the period"),
  chartSuppressed: l("× in de grafiek: afgeschermd.", "× in the chart: suppressed."),
  yes: l("ja", "yes"),
  no: l("nee", "no"),
  partialNote: l(
    "* Valt maar voor een deel in de rapportageperiode: alleen de dagen daarin zijn geteld.",
    "* Only partly inside the report period: only the days inside it are counted.",
  ),
  description: l(
    "Getelde aanwezigheden en verschillende kinderen per periode. Een kind dat in meer periodes kwam, telt in elk ervan mee; het bereik per periode telt dus op tot meer dan het bereik.",
    "Counted attendances and distinct children per period. A child who came in several periods counts in each, so the reach per period adds up to more than reach.",
  ),
  chart: l("Staafdiagram van het bereik en de aanwezigheden per periode; de waarden staan in de tabel eronder", "Bar chart of reach and attendances per period; the values are in the table below"),
} as const;

const num = (v: unknown): string => (typeof v === "number" || typeof v === "string" ? String(v) : "?");
const list = (v: unknown): string => (Array.isArray(v) ? v.map(num).join(", ") : num(v));
const isOne = (v: unknown): boolean => !Array.isArray(v) || v.length === 1;

/**
 * The words for the warnings a report document can carry (pass it to core's `formatIssue`).
 *
 * | code | params |
 * | --- | --- |
 * | `report.rows-rejected` | `count`: rows left out because they were rejected |
 * | `report.rows-skipped` | `count`: rows left out for another reason (`reason`) |
 * | `report.comparison.definitions` | `previous`: definitions version of the earlier period |
 * | `report.catalogue.custom` | `kind`: a catalogue the organisation replaced |
 * | `report.holidays.unknown` | `region`: holiday reach could not be computed (no region, or holidays not known) |
 * | `report.ages.unresolved` | none: some children were counted in the age band `unknown` because the merged partial states could not tell their band |
 * | `report.comparison.input-missing` | `input` (`budget` or `population`), `indicators`, `from`, `to`: the earlier period lacks an input, so those figures are not compared |
 * | `report.period.partly-covered` | `period` (`current` or `previous`), `from`, `to`, `first`, `last` (the data's dates), `uncoveredDays`, `days` |
 *
 * @example
 * formatIssue(issue("report.rows-rejected", [], { count: 3 }, "warning"), { messages: reportMessages });
 * // => "3 rijen zijn niet meegeteld omdat ze zijn afgekeurd."
 */
export const reportMessages: MessageTable = {
  "report.rows-rejected": {
    nl: (p) => (p["count"] === 1 ? "1 rij is niet meegeteld omdat die is afgekeurd." : `${num(p["count"])} rijen zijn niet meegeteld omdat ze zijn afgekeurd.`),
    en: (p) => (p["count"] === 1 ? "1 row was left out because it was rejected." : `${num(p["count"])} rows were left out because they were rejected.`),
  },
  "report.rows-skipped": {
    nl: (p) => `${num(p["count"])} rijen zijn overgeslagen${typeof p["reason"] === "string" ? ` (${p["reason"]})` : ""}.`,
    en: (p) => `${num(p["count"])} rows were skipped${typeof p["reason"] === "string" ? ` (${p["reason"]})` : ""}.`,
  },
  "report.comparison.definitions": {
    nl: (p) => `De vorige periode is geteld met definities versie ${num(p["previous"])}; vergelijk met voorzichtigheid.`,
    en: (p) => `The earlier period was counted with definitions version ${num(p["previous"])}; compare with care.`,
  },
  "report.catalogue.custom": {
    nl: (p) => `De organisatie gebruikt een eigen catalogus (${num(p["kind"])}).`,
    en: (p) => `The organisation uses its own catalogue (${num(p["kind"])}).`,
  },
  "report.holidays.unknown": {
    nl: (p) =>
      typeof p["region"] === "string"
        ? `De schoolvakanties van regio ${p["region"]} zijn voor deze periode niet bekend; het bereik in schoolvakanties is niet berekend.`
        : "De regio van de organisatie is niet opgegeven; het bereik in schoolvakanties is niet berekend.",
    en: (p) =>
      typeof p["region"] === "string"
        ? `The school holidays of region ${p["region"]} are not known for this period; reach in school holidays was not computed.`
        : "The organisation's region was not given; reach in school holidays was not computed.",
  },
  "report.ages.unresolved": {
    nl: () =>
      "Van een deel van de kinderen is de leeftijdsgroep niet bepaald: hun inschrijving en hun eerste aanwezigheid zaten in verschillende deelbestanden. Zij tellen mee als 'leeftijd onbekend'.",
    en: () =>
      "For some children the age band could not be determined: their registration and their first attendance were in different partial states. They are counted as 'age unknown'.",
  },
  "report.table-missing": {
    nl: (p) => `De tabel ${num(p["table"])} ontbreekt; ${Array.isArray(p["indicators"]) ? p["indicators"].join(", ") : "indicatoren die haar nodig hebben"} ${Array.isArray(p["indicators"]) && p["indicators"].length === 1 ? "is" : "zijn"} niet berekend.`,
    en: (p) => `The table ${num(p["table"])} is missing; ${Array.isArray(p["indicators"]) ? p["indicators"].join(", ") : "the indicators that need it"} ${Array.isArray(p["indicators"]) && p["indicators"].length === 1 ? "was" : "were"} not computed.`,
  },
  "report.comparison.input-missing": {
    nl: (p) =>
      `Voor de vorige periode (${num(p["from"])} t/m ${num(p["to"])}) ${p["input"] === "budget" ? "is geen budget opgegeven" : "is geen aantal kinderen in het gebied opgegeven"}; ${list(p["indicators"])} ${isOne(p["indicators"]) ? "is" : "zijn"} daarom niet vergeleken.`,
    en: (p) =>
      `No ${p["input"] === "budget" ? "budget" : "number of children in the area"} was given for the earlier period (${num(p["from"])} to ${num(p["to"])}); ${list(p["indicators"])} ${isOne(p["indicators"]) ? "was" : "were"} therefore not compared.`,
  },
  "report.period.partly-covered": {
    nl: (p) =>
      `${p["period"] === "previous" ? "De vorige periode" : "De periode"} (${num(p["from"])} t/m ${num(p["to"])}) valt maar voor een deel binnen de gegevens (eerste datum ${num(p["first"])}, laatste ${num(p["last"])}; ${num(p["uncoveredDays"])} van de ${num(p["days"])} dagen zonder gegevens). ${p["period"] === "previous" ? "De verschillen met die periode zeggen daardoor weinig." : "De cijfers tellen alleen het deel met gegevens."}`,
    en: (p) =>
      `${p["period"] === "previous" ? "The earlier period" : "The period"} (${num(p["from"])} to ${num(p["to"])}) is only partly covered by the data (first date ${num(p["first"])}, last ${num(p["last"])}; ${num(p["uncoveredDays"])} of ${num(p["days"])} days without data). ${p["period"] === "previous" ? "The changes against it therefore say little." : "The figures count only the part with data."}`,
  },
  "report.suppressed.value": {
    nl: () => "Een afgeschermde waarde moet leeg (null) zijn.",
    en: () => "A suppressed value must be empty (null).",
  },
  "report.period.order": {
    nl: (p) => `De periode eindigt (${num(p["to"])}) voordat die begint (${num(p["from"])}).`,
    en: (p) => `The period ends (${num(p["to"])}) before it starts (${num(p["from"])}).`,
  },
};
