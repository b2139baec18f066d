// The table of targets against results (INDICATORS.md version 2), as every renderer shows it: per
// agreed target the indicator, the number agreed, the value realised and the percent realised.
import type { CsvCell, Lang } from "@kinderwerk/core";
import type { ReportDocument, ReportTarget } from "../document/index.js";
import { indicatorLabels } from "../document/index.js";
import { cellText, formatNumber, formatPeriod, indicatorName, unitName } from "./format.js";

/** The words of the targets table. */
export const targetWords = {
  heading: { nl: "Afspraken en resultaten", en: "Targets and results" },
  target: { nl: "Afgesproken", en: "Agreed" },
  realised: { nl: "Gerealiseerd", en: "Realised" },
  percent: { nl: "Gerealiseerd (%)", en: "Realised (%)" },
  period: { nl: "Afspraakperiode", en: "Period agreed" },
} as const;

/** The unit an indicator's numbers are shown in (`count` for an id the package does not know). */
const unitOf = (doc: ReportDocument, id: string): string =>
  doc.indicators.find((i) => i.id === id)?.unit ?? (Object.hasOwn(indicatorLabels, id) ? indicatorLabels[id as keyof typeof indicatorLabels].unit : "count");

/** One target as text cells: the indicator's name, the period agreed, the target, the realised value and the percent. */
export interface TargetTexts {
  readonly id: string;
  readonly name: string;
  readonly period: string;
  readonly target: string;
  readonly realised: string;
  readonly percent: string;
  readonly suppressed: boolean;
}

/**
 * The targets of a document as text, in the language asked for; none without targets.
 *
 * @param doc - the report document
 * @param lang - the language
 * @returns the rows
 */
export function targetTexts(doc: ReportDocument, lang: Lang): TargetTexts[] {
  return (doc.targets ?? []).map((t: ReportTarget) => {
    const unit = unitOf(doc, t.indicator);
    const period = t.from !== undefined && t.to !== undefined ? formatPeriod({ from: t.from, to: t.to }, lang) : t.from ?? t.to ?? "";
    return {
      id: t.indicator,
      name: indicatorName(t.indicator, lang),
      period,
      target: formatNumber(t.target, unit, lang),
      realised: cellText(t.realised, t.suppressed, unit, doc.suppressionThreshold, lang, t.suppressedBy),
      percent: t.percent === null ? "\u2013" : formatNumber(t.percent, "percent", lang),
      suppressed: t.suppressed,
    };
  });
}

/**
 * The CSV rows of the targets, in the columns of the report's CSV: three rows per target,
 * `targets.agreed`, `targets.realised` and `targets.percent`, keyed by the indicator id.
 *
 * @param doc - the report document
 * @param lang - the language
 * @returns the rows
 */
export function targetCsvRows(doc: ReportDocument, lang: Lang): CsvCell[][] {
  const { from, to } = doc.period;
  const rows: CsvCell[][] = [];
  for (const t of doc.targets ?? []) {
    const unit = unitName(unitOf(doc, t.indicator), lang);
    const name = indicatorName(t.indicator, lang);
    rows.push(["targets.agreed", targetWords.target[lang], t.indicator, name, t.target, unit, false, from, to, null, null, null, null]);
    rows.push(["targets.realised", targetWords.realised[lang], t.indicator, name, t.suppressed ? null : t.realised, unit, t.suppressed, from, to, null, null, null, t.suppressed ? (t.suppressedBy ?? null) : null]);
    rows.push(["targets.percent", targetWords.percent[lang], t.indicator, name, t.percent, unitName("percent", lang), t.suppressed, from, to, null, null, null, t.suppressed ? (t.suppressedBy ?? null) : null]);
  }
  return rows;
}
