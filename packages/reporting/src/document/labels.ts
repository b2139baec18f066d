import type { Labels, MessageTable } from "@kinderwerk/core";

/**
 * The ids of the indicators of INDICATORS.md (version 1), in the order reports show them, followed
 * by the extension indicators `costPerChild`, `costPerContactHour` and `reachShare`.
 */
export const INDICATOR_IDS = [
  "sessions",
  "activities",
  "attendances",
  "reach",
  "reach.targetGroup",
  "reach.byAgeBand",
  "reach.byGender",
  "reach.byNeighbourhood",
  "reach.byProgrammeLine",
  "reach.byPillar",
  "reach.byActivityKind",
  "newChildren",
  "regulars",
  "attendancesPerSession",
  "activityHours",
  "contactHours",
  "staffHours.professional",
  "staffHours.intern",
  "staffHours.volunteer",
  "holidayReach",
  "signals",
  "signals.byCategory",
  "referrals",
  "referrals.byDestination",
  "referrals.accepted",
  "referrals.medianDaysToResponse",
  "referrals.overdue",
  "costPerChild",
  "costPerContactHour",
  "reachShare",
] as const;

/** The id of an indicator this package knows. */
export type IndicatorId = (typeof INDICATOR_IDS)[number];

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

/**
 * Dutch and English names, definitions and units of every indicator, keyed by indicator id.
 * Renderers use it for headings; indicator code can use it for its own descriptions.
 *
 * @example
 * indicatorLabels["reach.targetGroup"].label.nl; // => "Bereik in de doelgroep (4 t/m 12 jaar)"
 * indicatorLabels.contactHours.unit; // => "hours"
 */
export const indicatorLabels: Readonly<Record<IndicatorId, IndicatorLabel>> = {
  sessions: {
    label: l("Bijeenkomsten", "Sessions"),
    description: l("Bijeenkomsten in de periode.", "Sessions in the period."),
    unit: "count",
  },
  activities: {
    label: l("Activiteiten", "Activities"),
    description: l("Verschillende activiteiten met minstens één bijeenkomst in de periode.", "Distinct activities with at least one session in the period."),
    unit: "count",
  },
  attendances: {
    label: l("Aanwezigheden", "Attendances"),
    description: l("Getelde aanwezigheden: aanwezig, één keer per kind per bijeenkomst.", "Counted attendances: present, once per child per session."),
    unit: "count",
  },
  reach: {
    label: l("Bereik", "Reach"),
    description: l("Verschillende kinderen met minstens één getelde aanwezigheid.", "Distinct children with at least one counted attendance."),
    unit: "children",
  },
  "reach.targetGroup": {
    label: l("Bereik in de doelgroep (4 t/m 12 jaar)", "Reach in the target group (aged 4 to 12)"),
    description: l("Bereikte kinderen van 4 t/m 12 jaar op hun eerste getelde aanwezigheid.", "Children reached aged 4 to 12 at their first counted attendance."),
    unit: "children",
  },
  "reach.byAgeBand": {
    label: l("Bereik naar leeftijd", "Reach by age"),
    description: l("Bereik naar leeftijdsgroep; de rijen tellen op tot het bereik.", "Reach by age band; the rows add up to reach."),
    unit: "children",
    keyLabel: l("Leeftijd", "Age"),
  },
  "reach.byGender": {
    label: l("Bereik naar geslacht", "Reach by gender"),
    description: l("Bereik naar geslacht.", "Reach by gender."),
    unit: "children",
    keyLabel: l("Geslacht", "Gender"),
  },
  "reach.byNeighbourhood": {
    label: l("Bereik naar wijk", "Reach by neighbourhood"),
    description: l("Bereik naar de eigen wijk van het kind.", "Reach by the child's own neighbourhood."),
    unit: "children",
    keyLabel: l("Wijk", "Neighbourhood"),
  },
  "reach.byProgrammeLine": {
    label: l("Bereik naar programmalijn", "Reach by programme line"),
    description: l("Kinderen per programmalijn; een kind telt één keer per lijn, dus de rijen kunnen optellen tot meer dan het bereik.", "Children per programme line; a child counts once per line, so the rows may add up to more than reach."),
    unit: "children",
    keyLabel: l("Programmalijn", "Programme line"),
  },
  "reach.byPillar": {
    label: l("Bereik naar pijler", "Reach by pillar"),
    description: l("Kinderen per pijler; een kind telt één keer per pijler.", "Children per pillar; a child counts once per pillar."),
    unit: "children",
    keyLabel: l("Pijler", "Pillar"),
  },
  "reach.byActivityKind": {
    label: l("Bereik naar soort activiteit", "Reach by kind of activity"),
    description: l("Kinderen per soort activiteit; een kind telt één keer per soort.", "Children per kind of activity; a child counts once per kind."),
    unit: "children",
    keyLabel: l("Soort activiteit", "Kind of activity"),
  },
  newChildren: {
    label: l("Nieuwe kinderen", "New children"),
    description: l("Kinderen van wie de eerste aanwezigheid ooit in de periode valt.", "Children whose first attendance ever falls in the period."),
    unit: "children",
  },
  regulars: {
    label: l("Vaste deelnemers", "Regulars"),
    description: l("Kinderen met minstens N getelde aanwezigheden in de periode.", "Children with at least N counted attendances in the period."),
    unit: "children",
  },
  attendancesPerSession: {
    label: l("Gemiddelde opkomst per bijeenkomst", "Mean attendance per session"),
    description: l("Aanwezigheden gedeeld door bijeenkomsten.", "Attendances divided by sessions."),
    unit: "mean",
  },
  activityHours: {
    label: l("Activiteitsuren", "Activity hours"),
    description: l("Som van de duur van de bijeenkomsten.", "Sum of the session durations."),
    unit: "hours",
  },
  contactHours: {
    label: l("Contacturen", "Contact hours"),
    description: l("Som over bijeenkomsten van aanwezigheden × duur.", "Sum over sessions of attendances × duration."),
    unit: "hours",
  },
  "staffHours.professional": {
    label: l("Uren beroepskrachten", "Professional staff hours"),
    description: l("Som over bijeenkomsten van beroepskrachten × duur.", "Sum over sessions of professionals × duration."),
    unit: "hours",
  },
  "staffHours.intern": {
    label: l("Uren stagiairs", "Intern hours"),
    description: l("Som over bijeenkomsten van stagiairs × duur.", "Sum over sessions of interns × duration."),
    unit: "hours",
  },
  "staffHours.volunteer": {
    label: l("Uren vrijwilligers", "Volunteer hours"),
    description: l("Som over bijeenkomsten van vrijwilligers × duur.", "Sum over sessions of volunteers × duration."),
    unit: "hours",
  },
  holidayReach: {
    label: l("Bereik in schoolvakanties", "Reach in school holidays"),
    description: l("Verschillende kinderen met een getelde aanwezigheid op een schoolvakantiedag van de regio.", "Distinct children with a counted attendance on a school-holiday date of the region."),
    unit: "children",
  },
  signals: {
    label: l("Signalen", "Signals"),
    description: l("Signalen met een datum in de periode.", "Signals dated in the period."),
    unit: "count",
  },
  "signals.byCategory": {
    label: l("Signalen naar categorie", "Signals by category"),
    description: l("Signalen naar categorie.", "Signals by category."),
    unit: "count",
    keyLabel: l("Categorie", "Category"),
  },
  referrals: {
    label: l("Verwijzingen", "Referrals"),
    description: l("Verwijzingen verstuurd in de periode.", "Referrals sent in the period."),
    unit: "count",
  },
  "referrals.byDestination": {
    label: l("Verwijzingen naar bestemming", "Referrals by destination"),
    description: l("Verwijzingen naar de organisatie waarnaar verwezen is.", "Referrals by the organisation referred to."),
    unit: "count",
    keyLabel: l("Verwezen naar", "Referred to"),
  },
  "referrals.accepted": {
    label: l("Verwijzingen geaccepteerd", "Referrals accepted"),
    description: l("Verwijzingen die aan het eind van de periode geaccepteerd of afgerond zijn.", "Referrals accepted or completed by the end of the period."),
    unit: "count",
  },
  "referrals.medianDaysToResponse": {
    label: l("Mediane reactietijd op verwijzingen", "Median days to a response to a referral"),
    description: l("Mediaan van de dagen van versturen tot reactie.", "Median of the days from sending to a response."),
    unit: "days",
  },
  "referrals.overdue": {
    label: l("Verwijzingen zonder reactie na de termijn", "Referrals overdue"),
    description: l("Verwijzingen zonder reactie aan het eind van de periode waarvan de opvolgdatum verstreken is.", "Referrals without a response at the end of the period whose follow-up date has passed."),
    unit: "count",
  },
  costPerChild: {
    label: l("Kosten per bereikt kind", "Cost per child reached"),
    description: l("Budget gedeeld door het bereik.", "Budget divided by reach."),
    unit: "euro",
  },
  costPerContactHour: {
    label: l("Kosten per contactuur", "Cost per contact hour"),
    description: l("Budget gedeeld door de contacturen.", "Budget divided by contact hours."),
    unit: "euro",
  },
  reachShare: {
    label: l("Bereikpercentage", "Share of children reached"),
    description: l("Bereik in de doelgroep als deel van alle kinderen van 4 t/m 12 jaar in het gebied.", "Reach in the target group as a share of all children aged 4 to 12 in the area."),
    unit: "percent",
  },
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
};

const num = (v: unknown): string => (typeof v === "number" || typeof v === "string" ? String(v) : "?");

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
  "report.suppressed.value": {
    nl: () => "Een afgeschermde waarde moet leeg (null) zijn.",
    en: () => "A suppressed value must be empty (null).",
  },
  "report.period.order": {
    nl: (p) => `De periode eindigt (${num(p["to"])}) voordat die begint (${num(p["from"])}).`,
    en: (p) => `The period ends (${num(p["to"])}) before it starts (${num(p["from"])}).`,
  },
};
