// The trend section as every renderer shows it: per bucket its label, its days, whether the period
// holds only part of it, and its attendances and reach as text (or the word for a suppressed count).
import type { CsvCell, Lang } from "@kinderwerk/core";
import type { ReportDocument, ReportTrend, ReportTrendBucket } from "../document/index.js";
import { suppressedText, trendLabels } from "../document/labels.js";
import type { SuppressionRule } from "../suppression/index.js";
import { cellText, unitName } from "./format.js";

const LOCALE: Readonly<Record<Lang, string>> = { nl: "nl-NL", en: "en-GB" };

/** The unit of the attendances and of the reach of a bucket (those of the indicators they restrict). */
export const TREND_UNITS = { attendances: "count", reach: "children" } as const;

/** A month's name in a language, `long` (`januari`) or `short` (`jan`). */
function monthName(month: number, lang: Lang, width: "long" | "short"): string {
  return new Intl.DateTimeFormat(LOCALE[lang], { month: width, timeZone: "UTC" }).format(new Date(Date.UTC(2001, month - 1, 1))).replace(/\.$/, "");
}

/**
 * The label of a bucket's key: `maart 2025` / `March 2025`, `1e kwartaal 2025` / `Q1 2025`,
 * `week 1 (2025)` / `week 1 (2025)`; an unknown key is shown as itself.
 *
 * @param key - the bucket's key (`2025-03`, `2025-Q1`, `2025-W01`)
 * @param lang - the language
 * @param short - the short form for a chart's axis (`mrt`, `K1`, `1`)
 * @returns the label
 */
export function trendBucketLabel(key: string, lang: Lang, short = false): string {
  const m = /^(\d{4})-(?:(\d{2})|Q([1-4])|W(\d{2}))$/.exec(key);
  if (!m) return key;
  const year = m[1]!;
  if (m[2] !== undefined) return short ? monthName(Number(m[2]), lang, "short") : `${monthName(Number(m[2]), lang, "long")} ${year}`;
  if (m[3] !== undefined) {
    const q = m[3];
    if (short) return lang === "nl" ? `K${q}` : `Q${q}`;
    return lang === "nl" ? `${q}e kwartaal ${year}` : `Q${q} ${year}`;
  }
  const week = String(Number(m[4]));
  return short ? week : `week ${week} (${year})`;
}

/**
 * A bucket's count as text: the number, or the words of every renderer for a suppressed cell
 * (`suppressedText`): "afgeschermd (< 5)" only for a bucket the primary rule hid, "afgeschermd"
 * for one hidden to protect another.
 */
function countText(c: { readonly value: number | null; readonly suppressed: boolean; readonly suppressedBy?: SuppressionRule | undefined }, unit: string, threshold: number, lang: Lang): string {
  return c.suppressed ? suppressedText(c.suppressedBy, threshold, lang) : cellText(c.value, false, unit, threshold, lang);
}

/** One bucket of the trend as text. */
export interface TrendText {
  readonly bucket: ReportTrendBucket;
  /** The bucket's label, with `*` when the period holds only part of it. */
  readonly label: string;
  /** The short label for a chart's axis. */
  readonly shortLabel: string;
  /** The attendances, or "afgeschermd" ("suppressed"). */
  readonly attendances: string;
  /** The reach, or "afgeschermd" ("suppressed"). */
  readonly reach: string;
}

/**
 * The trend of a document as text, in a language; `undefined` when the document has no trend.
 *
 * @param doc - the report document
 * @param lang - the language
 * @returns the heading, the column names, the buckets as text and whether any bucket is partial
 */
export function trendTexts(doc: ReportDocument, lang: Lang): { readonly trend: ReportTrend; readonly heading: string; readonly bucketHeading: string; readonly rows: readonly TrendText[]; readonly anyPartial: boolean } | undefined {
  const trend = doc.trend;
  if (trend === undefined) return undefined;
  const t = doc.suppressionThreshold;
  const rows = trend.buckets.map(
    (b): TrendText => ({
      bucket: b,
      label: `${trendBucketLabel(b.key, lang)}${b.partial ? " *" : ""}`,
      shortLabel: trendBucketLabel(b.key, lang, true),
      attendances: countText(b.attendances, TREND_UNITS.attendances, t, lang),
      reach: countText(b.reach, TREND_UNITS.reach, t, lang),
    }),
  );
  return {
    trend,
    heading: trendLabels.heading[trend.granularity][lang],
    bucketHeading: trendLabels.bucket[trend.granularity][lang],
    rows,
    anyPartial: trend.buckets.some((b) => b.partial),
  };
}

/**
 * The CSV rows of the trend, in the columns of the report's CSV: per bucket a row
 * `trend.attendances` and a row `trend.reach`, keyed by the bucket (`2025-03`), labelled with its
 * name (and "deels in de periode" / "partly in the period" when partial), with the bucket's own
 * days inside the period in the period columns.
 *
 * @param doc - the report document
 * @param lang - the language
 * @returns the rows; none without a trend
 */
export function trendCsvRows(doc: ReportDocument, lang: Lang): CsvCell[][] {
  const rows: CsvCell[][] = [];
  const trend = doc.trend;
  if (trend === undefined) return rows;
  const heading = trendLabels.heading[trend.granularity][lang];
  for (const b of trend.buckets) {
    const label = `${trendBucketLabel(b.key, lang)}${b.partial ? ` (${trendLabels.partial[lang].toLowerCase()})` : ""}`;
    for (const which of ["attendances", "reach"] as const) {
      const cell = b[which];
      const name = `${heading}: ${trendLabels[which][lang].toLowerCase()}`;
      rows.push([`trend.${which}`, name, b.key, label, cell.suppressed ? null : cell.value, unitName(TREND_UNITS[which], lang), cell.suppressed, b.from, b.to, null, null, null, cell.suppressed ? (cell.suppressedBy ?? null) : null]);
    }
  }
  return rows;
}
