// What the page-shaped reports (HTML and PDF) show besides the figures themselves: the facts in the
// header, the sentences around the tables and charts, the facts of "how we count" and the footer.
// One home for these words, so that the two renderers say the same thing. Internal: not exported
// from the package barrel.
import type { Lang } from "@kinderwerk/core";
import type { ComparisonEntry, ReportDocument } from "../document/index.js";
import type { ComparedScalar } from "./format.js";
import { catalogueKindNames, formatChange, formatDateTime, formatNumber, formatPercentChange, formatPeriod, indicatorName, regionName, words } from "./format.js";

/** The sentences of a page-shaped report, in both languages. */
export const pageWords = {
  municipality: { nl: "Gemeente", en: "Municipality" },
  /** Before a link to "how we count", under a table with suppressed cells. */
  suppressedSee: { nl: "Afgeschermde cellen: zie", en: "Suppressed cells: see" },
  /** After the change of a key figure. */
  versusEarlier: { nl: "t.o.v. vorige periode", en: "vs. earlier period" },
  /** Under the comparison chart. */
  pairScale: { nl: "Elk paar staven is geschaald op zijn eigen grootste waarde.", en: "Each pair of bars is scaled to its own larger value." },
  /** After the number of attendances that makes a child a regular. */
  attendancesInPeriod: { nl: "aanwezigheden in de periode", en: "attendances in the period" },
  version: { nl: "versie", en: "version" },
  /** The first paragraph of "how we count". */
  howWeCountIntro: {
    nl: "Elke organisatie telt op dezelfde manier, volgens vaste definities met een versienummer. Een aanwezigheid telt één keer per kind per bijeenkomst; de leeftijd is die op de eerste getelde aanwezigheid in de periode.",
    en: "Every organisation counts the same way, by fixed, versioned definitions. An attendance counts once per child per session; a child's age is its age at its first counted attendance in the period.",
  },
  /** The description of a breakdown's chart, for readers who cannot see it. */
  barChartTitle: { nl: "staafdiagram; de waarden staan in de tabel ernaast", en: "bar chart; the values are in the table beside it" },
  /** The description of the comparison chart, for readers who cannot see it. */
  pairChartTitle: {
    nl: "staafdiagram per indicator, deze periode en de vorige; de waarden staan in de tabel eronder",
    en: "bar chart per indicator, this period and the earlier one; the values are in the table below",
  },
} as const;

/** A label and its value, as a line of a list of facts. */
export type Fact = readonly [label: string, value: string];

/**
 * The title of a report: `Rapportage kinderwerk — <organisation> — <period>`.
 *
 * @param doc - the report document
 * @param lang - the language
 * @returns the title
 */
export function reportTitle(doc: ReportDocument, lang: Lang): string {
  return `${words.title[lang]}${doc.organisation ? ` — ${doc.organisation.name}` : ""} — ${formatPeriod(doc.period, lang)}`;
}

/**
 * The facts in a report's header: the period, the municipality, the region and when it was made,
 * each one the document has.
 *
 * @param doc - the report document
 * @param lang - the language
 * @param timeZone - the time zone of `generatedAt`
 * @returns the facts, in order
 */
export function headerFacts(doc: ReportDocument, lang: Lang, timeZone?: string): Fact[] {
  const facts: Fact[] = [[words.period[lang], formatPeriod(doc.period, lang)]];
  if (doc.organisation?.municipality) facts.push([pageWords.municipality[lang], doc.organisation.municipality]);
  if (doc.region) facts.push([words.region[lang], regionName(doc.region, lang)]);
  if (doc.generatedAt) facts.push([words.generated[lang], formatDateTime(doc.generatedAt, lang, timeZone)]);
  return facts;
}

/**
 * The facts of "how we count": the definitions version, the suppression threshold, the minimum for
 * a regular, the budget, the population and the catalogues, each one the document has.
 *
 * @param doc - the report document
 * @param lang - the language
 * @returns the facts, in order
 */
export function howWeCountFacts(doc: ReportDocument, lang: Lang): Fact[] {
  const facts: Fact[] = [
    [words.definitionsVersion[lang], String(doc.definitionsVersion)],
    [words.threshold[lang], String(doc.suppressionThreshold)],
  ];
  if (doc.regularsMinimum !== undefined) facts.push([words.regulars[lang], `${doc.regularsMinimum} ${pageWords.attendancesInPeriod[lang]}`]);
  if (doc.budget) facts.push([words.budget[lang], formatNumber(doc.budget.amount, "euro", lang) + (doc.budget.description ? ` (${doc.budget.description})` : "")]);
  if (doc.population) {
    facts.push([words.population[lang], formatNumber(doc.population.children4to12, "count", lang) + (doc.population.source ? ` (${doc.population.source})` : "")]);
  }
  for (const c of doc.catalogues ?? []) facts.push([catalogueKindNames[c.kind][lang], `${c.id}, ${pageWords.version[lang]} ${c.version}`]);
  return facts;
}

/**
 * The change of a key figure since the earlier period, as shown under it (`+29 (+10,0 %) t.o.v.
 * vorige periode`); `undefined` when the figure is suppressed or the change cannot be computed.
 *
 * @param entry - the figure's comparison entry
 * @param suppressed - whether this period's value is suppressed
 * @param unit - the figure's unit
 * @param lang - the language
 * @returns the text, or `undefined`
 */
export function changeLine(entry: ComparisonEntry | undefined, suppressed: boolean, unit: string, lang: Lang): string | undefined {
  if (entry === undefined || suppressed || entry.change === null) return undefined;
  const pct = entry.percentChange === null ? "" : ` (${formatPercentChange(entry.percentChange, lang)})`;
  return `${formatChange(entry.change, unit, lang)}${pct} ${pageWords.versusEarlier[lang]}`;
}

/**
 * The parts of a report's footer: the title and organisation, the period, the definitions version
 * and when it was made.
 *
 * @param doc - the report document
 * @param lang - the language
 * @param timeZone - the time zone of `generatedAt`
 * @returns the parts, to be joined with ` · `
 */
export function footerParts(doc: ReportDocument, lang: Lang, timeZone?: string): string[] {
  return [
    `${words.title[lang]}${doc.organisation ? ` · ${doc.organisation.name}` : ""}`,
    formatPeriod(doc.period, lang),
    `${words.definitionsVersion[lang].toLowerCase()} ${doc.definitionsVersion}`,
    ...(doc.generatedAt ? [`${words.generated[lang].toLowerCase()} ${formatDateTime(doc.generatedAt, lang, timeZone)}`] : []),
  ];
}

/**
 * The sentence that names the two periods of a comparison (`Deze periode: … . Vorige periode: … .`);
 * empty without a comparison.
 *
 * @param doc - the report document
 * @param lang - the language
 * @returns the sentence
 */
export function comparisonPeriods(doc: ReportDocument, lang: Lang): string {
  if (doc.comparison === undefined) return "";
  return `${words.current[lang]}: ${formatPeriod(doc.period, lang)}. ${words.previous[lang]}: ${formatPeriod(doc.comparison.period, lang)}.`;
}

/** One pair of the comparison chart: an indicator's value now and in the earlier period, `null` where suppressed. */
export interface ComparisonPair {
  readonly label: string;
  readonly current: number | null;
  readonly currentText: string;
  readonly previous: number | null;
  readonly previousText: string;
}

/**
 * The pairs of the comparison chart, the same in the HTML and the PDF report: each compared scalar
 * with its name, both values (`null` where suppressed) and their texts.
 *
 * @param entries - the compared scalars (`comparedScalars`)
 * @param lang - the language
 * @returns the pairs, in the same order
 */
export function comparisonPairs(entries: readonly ComparedScalar[], lang: Lang): ComparisonPair[] {
  return entries.map(({ entry: c, current, currentText, previousText }) => ({
    label: indicatorName(c.id, lang),
    current: current.suppressed ? null : current.value,
    currentText,
    previous: c.previousSuppressed === true ? null : c.previous,
    previousText,
  }));
}
