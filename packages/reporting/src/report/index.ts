import type { AgeBand, Catalogues, Labels } from "@kinderwerk/core";
import { ageBandLabel, defaultAgeBands, defaultCatalogues } from "@kinderwerk/core";
import { ageScheme } from "../_lib/age.js";
import type { IndicatorResults } from "../accumulator/result.js";
import { withExtensions } from "../accumulator/result.js";
import type {
  BreakdownRow,
  IndicatorId,
  ReportBudget,
  ReportDocument,
  ReportIndicator,
  ReportOrganisation,
  ReportPopulation,
  ReportRegion,
  ReportWarning,
} from "../document/index.js";
import { INDICATOR_IDS } from "../document/index.js";
import type { ComparisonInput } from "./comparison.js";
import { comparisonOf, spanOf } from "./comparison.js";
import { partlyCoveredWarning } from "./coverage.js";
import type { ReportAudience } from "./version2.js";
import { casesBehind, definitionsVersionOf, presentIds, publishDerivedRows, publishShares, targetRows } from "./version2.js";
import { rowCatalogues } from "../document/labels.js";
import { indicatorDefinitions, specOf } from "../indicators/index.js";
import type { SuppressedRow } from "../suppression/index.js";
import type { ResultRow } from "../indicators/rows.js";
import type { SuppressionRule } from "../suppression/index.js";
import { DEFAULT_SUPPRESSION_THRESHOLD, hiddenBy, isGroupRecoverable, isPrimarySuppressed, suppressBreakdown } from "../suppression/index.js";
import type { TrendGranularity } from "../trend/buckets.js";
import { trendSection } from "../trend/publish.js";

/** What {@link buildReport} needs. */
export interface BuildReportOptions {
  /** The organisation the report is about. */
  readonly organisation?: ReportOrganisation | undefined;
  /** The period the results were computed over. */
  readonly period: { readonly from: string; readonly to: string };
  /** The school-holiday region used for `holidayReach`. */
  readonly region?: ReportRegion | undefined;
  /** The catalogues used (named in the report; they label the rows). */
  readonly catalogues?: Catalogues | undefined;
  /** The definitions version: 1 or 2. The report states 2 when it shows any indicator of version 2, whatever is given here. */
  readonly definitionsVersion?: 1 | 2 | undefined;
  /** Who the report is for: `published` (default) suppresses staff counts below the threshold too; `internal` leaves them. */
  readonly audience?: ReportAudience | undefined;
  /** Counts above 0 and below it are suppressed; default 5, 0 disables. */
  readonly suppressionThreshold?: number | undefined;
  /** When the report was made (ISO date-time), passed in by the caller. */
  readonly generatedAt?: string | undefined;
  /** The unsuppressed results of the period (`accumulator.result()`). */
  readonly results: IndicatorResults;
  /** Which indicators to include, in this order; every indicator when left out (extensions only when their input is given). */
  readonly indicators?: readonly IndicatorId[] | undefined;
  /** N of `regulars`, to state in the report. */
  readonly regularsMinimum?: number | undefined;
  /** The budget, for `costPerChild` and `costPerContactHour`. */
  readonly budget?: ReportBudget | undefined;
  /** Children aged 4 to 12 in the area, for `reachShare`. */
  readonly population?: ReportPopulation | undefined;
  /**
   * The earlier period to compare with, its unsuppressed results, and its own budget and
   * population (this period's are never used for it: see {@link ComparisonInput}).
   */
  readonly comparison?: ComparisonInput | undefined;
  /**
   * The known neighbourhood codes of the area. Rows of `reach.byNeighbourhood` not on the list are
   * published only as part of the row `other`; without a list, only suppressed rows go there.
   */
  readonly neighbourhoods?: readonly string[] | undefined;
  /** Warnings to carry (for example rows rejected on import). */
  readonly warnings?: readonly ReportWarning[] | undefined;
  /**
   * The age bands with their own labels, for a report on results whose bands lost their labels on
   * the way (partial states carry keys and ages only); the results' bands when left out.
   */
  readonly ageBands?: readonly AgeBand[] | undefined;
  /**
   * The trend section: attendances and reach per `week`, `month` or `quarter`, as the results hold
   * it (`result({ trend })`, by month by default), or `none` to leave it out. Left out, the
   * results' trend is published when they hold one.
   */
  readonly trend?: TrendGranularity | "none" | undefined;
}

const isDefaultBands = (bands: readonly AgeBand[]): boolean =>
  bands.length === defaultAgeBands.length && bands.every((b, i) => b.key === defaultAgeBands[i]!.key && b.minAge === defaultAgeBands[i]!.minAge && b.maxAge === defaultAgeBands[i]!.maxAge && b.label === undefined);

/** What disclosure control decides over the whole of the results, before each indicator is published. */
interface Disclosure {
  readonly threshold: number;
  /** Whether staff counts are suppressed (published reports). */
  readonly staffSuppressed: boolean;
  /** `reach` is a suppressed count: the indicators that follow it are suppressed with it. */
  readonly reachHidden: boolean;
  /** `reach.targetGroup` is suppressed (and with it every age band). */
  readonly targetHidden: boolean;
  /** The age bands after suppression, protected inside the target group and inside the rest. */
  readonly bandsPublished: SuppressedRow[];
  /** Whether an indicator's count is suppressed: primarily, or as the complement of a suppressed count. */
  hiddenOf(id: IndicatorId): boolean;
  /** The rule that hides an indicator's count, `undefined` when it is shown. */
  ruleOf(id: IndicatorId): SuppressionRule | undefined;
}

/**
 * The age bands, protected inside the target group and inside the rest as if both sums were
 * published (a stronger reader than the document allows), and whether `reach.targetGroup` must be
 * suppressed: when it or the rest of reach is a suppressed count, or when a group cannot be
 * protected that way (nothing left to suppress in it).
 */
function protectAgeBands(results: IndicatorResults, t: number): Pick<Disclosure, "targetHidden" | "bandsPublished"> & { readonly targetRule: SuppressionRule | undefined } {
  const reach = results.reach;
  const target = results["reach.targetGroup"];
  const scheme = ageScheme(results.ageBands);
  const targetRows = [...scheme.target];
  const outsideRows = scheme.outside;
  const bands = results["reach.byAgeBand"];
  const bandsPublished = suppressBreakdown(bands, { threshold: t, additive: true, groups: [targetRows, outsideRows] });
  const targetRule: SuppressionRule | undefined =
    isPrimarySuppressed(target, t) ? "primary"
    : isPrimarySuppressed(reach - target, t) ? "part-of-whole"
    : isGroupRecoverable(bands, bandsPublished, targetRows, t) || isGroupRecoverable(bands, bandsPublished, outsideRows, t) ? "secondary"
    : undefined;
  return { targetHidden: targetRule !== undefined, targetRule, bandsPublished };
}

/** Disclosure control over the whole of the results: the age bands, reach, and the counts that are parts of a shown whole. */
function disclose(results: IndicatorResults, t: number, audience: ReportAudience): Disclosure {
  const { targetHidden, targetRule, bandsPublished } = protectAgeBands(results, t);
  const reach = results.reach;
  // A count that is part of a shown whole is suppressed when the rest of the whole is a suppressed count.
  const complement = (part: number | null, whole: number): SuppressionRule | undefined => (part !== null && isPrimarySuppressed(whole - part, t) ? "part-of-whole" : undefined);
  const countRule: Partial<Record<IndicatorId, SuppressionRule | undefined>> = {
    "reach.targetGroup": targetRule,
    newChildren: complement(results.newChildren, reach),
    regulars: complement(results.regulars, reach),
    holidayReach: complement(results.holidayReach, reach),
    "referrals.accepted": complement(results["referrals.accepted"], results.referrals),
  };
  const ruleOf = (id: IndicatorId): SuppressionRule | undefined => {
    const value = results[id as "reach"] as number | null;
    return value !== null && isPrimarySuppressed(value, t) ? "primary" : countRule[id];
  };
  const hiddenOf = (id: IndicatorId): boolean => ruleOf(id) !== undefined;
  return { threshold: t, staffSuppressed: audience === "published", reachHidden: isPrimarySuppressed(reach, t), targetHidden, bandsPublished, hiddenOf, ruleOf };
}

// Attendances and contact hours are reach when every child came once to one session.
const FOLLOWS_REACH: ReadonlySet<IndicatorId> = new Set<IndicatorId>(["attendances", "attendancesPerSession", "contactHours", "costPerContactHour"]);

/** A scalar indicator's published cell, by its disclosure rule. */
function publishScalar(id: IndicatorId, results: IndicatorResults, d: Disclosure): { value: number | null; suppressed: boolean; suppressedBy?: SuppressionRule } {
  const def = indicatorDefinitions[id];
  const value = results[id as "reach"] as number | null;
  const t = d.threshold;
  if (value === null || value === undefined) return { value: null, suppressed: false };
  if (d.reachHidden && FOLLOWS_REACH.has(id)) return hiddenBy("derived");
  if (def.disclosure === "count" && specOf(id).staffCount === true && !d.staffSuppressed) return { value, suppressed: false };
  if (def.disclosure === "count") {
    const rule = d.ruleOf(id);
    return rule === undefined ? { value, suppressed: false } : hiddenBy(rule);
  }
  if (def.disclosure === "median") {
    const n = casesBehind(id, results);
    return t > 0 && n > 0 && n < t ? hiddenBy("basis") : { value, suppressed: false };
  }
  if (def.disclosure === "derived" && def.derivedFrom && d.hiddenOf(def.derivedFrom)) return hiddenBy("derived");
  return { value, suppressed: false };
}

/** The labels a breakdown's rows carry: the catalogue's, and for age bands other than INDICATORS.md's defaults their own. */
function rowLabelsOf(id: IndicatorId, keys: readonly string[], catalogues: Catalogues | undefined, ageBands: readonly AgeBand[]): Map<string, Labels> {
  const labels = new Map<string, Labels>();
  const cat = rowCatalogues[id];
  if (cat && catalogues) for (const e of catalogues[cat].entries) labels.set(e.code, e.labels);
  // Bands other than INDICATORS.md's defaults carry their labels, so that every renderer shows them.
  if (id === "reach.byAgeBand" && !isDefaultBands(ageBands)) {
    for (const key of keys) labels.set(key, { nl: ageBandLabel(key, "nl", [...ageBands]), en: ageBandLabel(key, "en", [...ageBands]) });
  }
  return labels;
}

/** The options of {@link publishIndicators}, as its signature states them. */
type PublishOptions = NonNullable<Parameters<typeof publishIndicators>[1]>;

/** A breakdown's published rows, with their labels. */
function publishBreakdown(id: IndicatorId, results: IndicatorResults, d: Disclosure, options: PublishOptions): BreakdownRow[] {
  const rows = (results[id as "reach.byAgeBand"] as readonly ResultRow[] | undefined) ?? [];
  const labels = rowLabelsOf(id, rows.map((r) => r.key), options.catalogues, options.ageBands ?? results.ageBands);
  let suppressed = suppressedRows(id, rows, results, d, options);
  if (id === "reach.byNeighbourhood" || id === "families.byNeighbourhood") suppressed = foldNeighbourhoods(suppressed, options.neighbourhoods);
  if (id === "reach.byAgeBand") suppressed = inAgeOrder(suppressed, options.ageBands ?? results.ageBands);
  return suppressed.map((r): BreakdownRow => {
    const label = labels.get(r.key);
    return label ? { ...r, label: { nl: label.nl, en: label.en } } : { ...r };
  });
}

/**
 * The rows of `reach.byAgeBand` youngest first: below the bands, the bands, above them, then
 * `unknown` (and any other key, in its order).
 */
function inAgeOrder(rows: readonly SuppressedRow[], bands: readonly AgeBand[]): SuppressedRow[] {
  const scheme = ageScheme(bands);
  const order = [...scheme.keys].sort((a, b) => rankOf(scheme.rank, a) - rankOf(scheme.rank, b));
  const at = (key: string): number => {
    const i = order.indexOf(key);
    return i < 0 ? order.length : i;
  };
  return rows.map((r, i) => ({ r, i })).sort((a, b) => at(a.r.key) - at(b.r.key) || a.i - b.i).map(({ r }) => r);
}

/** A key's rank by age, `unknown` last. */
const rankOf = (rank: ReadonlyMap<string, number>, key: string): number => (key === "unknown" ? Number.MAX_SAFE_INTEGER : (rank.get(key) ?? Number.MAX_SAFE_INTEGER - 1));

/** A breakdown's rows after disclosure control, by its rule. */
function suppressedRows(id: IndicatorId, rows: readonly ResultRow[], results: IndicatorResults, d: Disclosure, options: PublishOptions): SuppressedRow[] {
  const def = indicatorDefinitions[id];
  const open = def.disclosure === "none" || (specOf(id).staffCount === true && !d.staffSuppressed);
  if (open) return rows.map((r) => ({ key: r.key, value: r.value, suppressed: false }));
  if (id === "reach.byAgeBand") return d.targetHidden ? hideAll(d.bandsPublished) : d.bandsPublished;
  if (def.disclosure === "share-breakdown") return publishShares(id, rows, results, d.threshold);
  if (def.disclosure === "derived-breakdown" && def.derivedFrom !== undefined) return publishDerivedRows(rows, publishBreakdown(def.derivedFrom, results, d, options));
  return suppressBreakdown(rows, { threshold: d.threshold, additive: def.disclosure === "additive-breakdown" });
}

/**
 * Apply disclosure control to unsuppressed results and give the published indicators, as the report
 * document holds them. Counts above 0 and below the threshold are suppressed; breakdowns that add up
 * to a shown total get secondary suppression; `reach.targetGroup` is suppressed when the number of
 * children outside the target group would be a suppressed count; the median response time is
 * suppressed when fewer referrals than the threshold had a response; `costPerChild` and
 * `reachShare` are suppressed when the count they divide by is. Beyond INDICATORS.md (see
 * docs/disclosure-control.md): secondary suppression goes on while suppressed rows can be worked
 * out; `newChildren`, `regulars`, `holidayReach` (parts of `reach`) and `referrals.accepted` (part of
 * `referrals`) are suppressed when the rest of the whole is a suppressed count; `attendances`,
 * `attendancesPerSession`, `contactHours` and `costPerContactHour` are suppressed with `reach`; the
 * suppressed (and unlisted) rows of `reach.byNeighbourhood` are published as one row `other`.
 *
 * @param results - the unsuppressed results
 * @param options - `threshold` (default 5), `indicators` (which, in order), `catalogues` (row labels), `neighbourhoods` (known codes), `ageBands` (labels of bands other than the defaults)
 * @returns the published indicators
 * @example
 * publishIndicators(acc.result(), { threshold: 5 }).find((i) => i.id === "reach");
 * // => { id: "reach", unit: "children", value: 123, suppressed: false }
 */
export function publishIndicators(
  results: IndicatorResults,
  options: {
    readonly threshold?: number;
    readonly indicators?: readonly IndicatorId[];
    readonly catalogues?: Catalogues;
    readonly neighbourhoods?: readonly string[] | undefined;
    readonly ageBands?: readonly AgeBand[] | undefined;
    readonly audience?: ReportAudience | undefined;
  } = {},
): ReportIndicator[] {
  const d = disclose(results, options.threshold ?? DEFAULT_SUPPRESSION_THRESHOLD, options.audience ?? "published");
  return (options.indicators ?? INDICATOR_IDS).map((id): ReportIndicator => {
    const { shape, unit } = indicatorDefinitions[id];
    return shape === "breakdown" ? { id, unit, rows: publishBreakdown(id, results, d, options) } : { id, unit, ...publishScalar(id, results, d) };
  });
}

/**
 * Every row suppressed, zeros included. With `reach.targetGroup` hidden, a reader who knows the rule
 * can still work out single age bands from the pattern of what was hidden (and from which rows are
 * 0); hiding them all leaves nothing to work from.
 */
function hideAll(rows: readonly BreakdownRow[]): BreakdownRow[] {
  // One rule for every row: a rule per row would give the pattern away again.
  return rows.map((r) => ({ key: r.key, ...hiddenBy("derived") }));
}

/** The key of the combined row of `reach.byNeighbourhood` that stands for the suppressed and the unlisted neighbourhoods. */
export const OTHER_NEIGHBOURHOOD = "other";

/**
 * Fold the rows of `reach.byNeighbourhood` whose names must not be published into one row
 * `other`: every suppressed row (a small neighbourhood's name is itself a clue, and a name typed
 * into the wijk column could be anything), and, when a list of known neighbourhood codes is
 * given, every row not on it (and not `unknown`). `other` is suppressed when any folded row is;
 * otherwise it holds their sum. A row whose own key is `other` is folded too.
 *
 * @param rows - the rows after suppression
 * @param known - the known neighbourhood codes, if any
 * @returns the rows to publish, `other` before `unknown`
 * @example
 * foldNeighbourhoods([{ key: "Noord", value: 20, suppressed: false }, { key: "Dijkje 3", value: null, suppressed: true }]);
 * // => [{ key: "Noord", value: 20, suppressed: false }, { key: "other", value: null, suppressed: true, suppressedBy: "derived" }]
 */
export function foldNeighbourhoods(rows: readonly SuppressedRow[], known?: readonly string[]): SuppressedRow[] {
  const kept: SuppressedRow[] = [];
  let folded = 0;
  let anySuppressed = false;
  let sum = 0;
  for (const r of rows) {
    const unlisted = known !== undefined && r.key !== "unknown" && !known.includes(r.key);
    if (r.suppressed || unlisted || r.key === OTHER_NEIGHBOURHOOD) {
      folded++;
      if (r.suppressed) anySuppressed = true;
      else sum += r.value ?? 0;
    } else kept.push(r);
  }
  if (folded === 0) return kept;
  const other: SuppressedRow = anySuppressed ? { key: OTHER_NEIGHBOURHOOD, ...hiddenBy("derived") } : { key: OTHER_NEIGHBOURHOOD, value: sum, suppressed: false };
  const at = kept.findIndex((r) => r.key === "unknown");
  if (at < 0) kept.push(other);
  else kept.splice(at, 0, other);
  return kept;
}

/** Every indicator, the extensions when their input is given, and those of version 2 when the results use version 2 data. */
function defaultIds(options: BuildReportOptions): IndicatorId[] {
  const v2 = options.results.usesVersion2;
  const budgetTable = v2 && options.results["budget.total"] !== undefined;
  return INDICATOR_IDS.filter((id) => {
    if (indicatorDefinitions[id].version === 2) return v2;
    if (id === "costPerChild" || id === "costPerContactHour") return options.budget !== undefined || budgetTable;
    if (id === "reachShare") return options.population !== undefined;
    return true;
  });
}

/**
 * Build the report document of a period: the published (suppressed) indicators with their ids,
 * units and values or rows, the period, the definitions version, the threshold, the catalogues used,
 * and, when asked, the comparison with an earlier period. Suppression happens here, never in
 * partial states; the unsuppressed numbers stay in `options.results` for the organisation's own use.
 *
 * @param options - organisation, period, region, catalogues, threshold, generatedAt, results, …
 * @returns the report document
 * @throws RangeError when the threshold is not a whole number 0..1000, the definitions version is not 1 or 2, or `trend` asks for a grouping the results do not hold
 * @example
 * const doc = buildReport({ period: periodOfYear(2025), results: acc.result(), generatedAt: "2026-01-15T10:00:00Z" });
 * doc.indicators[0]; // => { id: "sessions", unit: "count", value: 48, suppressed: false }
 */
export function buildReport(options: BuildReportOptions): ReportDocument {
  const threshold = options.suppressionThreshold ?? DEFAULT_SUPPRESSION_THRESHOLD;
  if (!Number.isInteger(threshold) || threshold < 0 || threshold > 1000) throw new RangeError("suppressionThreshold: expected a whole number 0..1000");
  const asked = options.definitionsVersion ?? 1;
  if (asked !== 1 && asked !== 2) throw new RangeError("definitionsVersion: this package implements versions 1 and 2");
  const catalogues = options.catalogues ?? defaultCatalogues;
  const ext = { budget: options.budget?.amount, population: options.population?.children4to12 };
  const present = presentIds(options.indicators ?? defaultIds(options), options.results);
  const ids = present.ids;
  const version = definitionsVersionOf(ids);
  const publishOptions = { threshold, catalogues, neighbourhoods: options.neighbourhoods, ageBands: options.ageBands, audience: options.audience };
  // `own`: the results carry their own extension figures already (the earlier period's).
  const publish = (results: IndicatorResults, own = false): ReportIndicator[] => publishIndicators(own ? results : withExtensions(results, ext), { ...publishOptions, indicators: ids });
  const doc: ReportDocument = {
    definitionsVersion: version,
    period: { from: options.period.from, to: options.period.to },
    suppressionThreshold: threshold,
    indicators: publish(options.results),
    catalogues: (["programmeLines", "pillars", "signalCategories", "referralDestinations"] as const).map((kind) => ({
      kind,
      id: catalogues[kind].id,
      version: catalogues[kind].version,
    })),
  };
  if (options.organisation) doc.organisation = options.organisation;
  if (options.region) doc.region = options.region;
  if (options.generatedAt) doc.generatedAt = options.generatedAt;
  if (options.regularsMinimum !== undefined) doc.regularsMinimum = options.regularsMinimum;
  if (options.budget) doc.budget = options.budget;
  if (options.population) doc.population = options.population;
  const warnings: ReportWarning[] = [...(options.warnings ?? []), ...present.warnings];
  if (ids.includes("holidayReach") && options.results.holidayReach === null) {
    warnings.push({ code: "report.holidays.unknown", severity: "warning", params: { region: options.region ?? null } });
  }
  // No count: a small number of children would itself be a disclosure.
  if (options.results.raw.ageUnresolved > 0 && (ids.includes("reach.byAgeBand") || ids.includes("reach.targetGroup"))) {
    warnings.push({ code: "report.ages.unresolved", severity: "warning" });
  }
  if (options.results.targets.length > 0) {
    const byId = new Map(doc.indicators.map((i) => [i.id, i]));
    const extended = withExtensions(options.results, ext);
    doc.targets = targetRows(options.results, (id) => byId.get(id) ?? publishIndicators(extended, { ...publishOptions, indicators: [id] })[0]);
  }
  const trend = trendSection(options.results.trend, options.trend, threshold);
  if (trend !== undefined) doc.trend = trend;
  const span = spanOf(options.results.dataSpan, options.comparison?.results.dataSpan);
  if (span !== undefined) doc.dataSpan = span;
  const current = partlyCoveredWarning(doc.period, span, "current");
  if (current !== undefined) warnings.push(current);
  if (options.comparison) doc.comparison = comparisonOf(options.comparison, doc, (r) => publish(r, true), warnings);
  if (warnings.length > 0) doc.warnings = warnings;
  return doc;
}
