// Internal helpers shared by the renderers: labels, number and date formatting, suppression markers,
// and the pieces of a report every renderer that writes words shows (warnings, the comparison,
// the definitions). Not exported from the package barrel.
import type { Catalogue, Catalogues, Labels, Lang } from "@kinderwerk/core";
import { ActivityKindVocabulary, FunderKindVocabulary, GenderVocabulary, MeldcodeDecisionVocabulary, StaffingKindVocabulary, StaffRoleVocabulary, ageBandLabel, defaultCatalogues, findEntry, formatIssue } from "@kinderwerk/core";
import type { BreakdownRow, ComparisonEntry, ReportDocument, ReportIndicator, ReportWarning, ScalarIndicator } from "../document/index.js";
import { isBreakdown } from "../document/index.js";
import { indicatorLabels, reportMessages, rowCatalogues, suppressedText, suppressionNote, unitLabels } from "../document/labels.js";
import type { SuppressionRule } from "../suppression/rules.js";

export { suppressionNote };

/** Options every renderer that writes words understands. */
export interface RenderOptions {
  /** The language: `nl` (default) or `en`. */
  readonly lang?: Lang;
  /**
   * The catalogues the organisation uses, to label programme lines, pillars, signal categories and
   * referral destinations; any kind not given uses the default catalogue.
   */
  readonly catalogues?: Partial<Catalogues>;
  /** The time zone to show `generatedAt` in (default `Europe/Amsterdam`). */
  readonly timeZone?: string;
}

const has = <K extends string>(record: Readonly<Record<K, unknown>>, key: string): key is K => Object.hasOwn(record, key);

/** The name of an indicator in a language; an unknown id is shown as itself. */
export function indicatorName(id: string, lang: Lang): string {
  return has(indicatorLabels, id) ? indicatorLabels[id].label[lang] : id;
}

/** The definition sentence of an indicator, or `undefined` for an unknown id. */
export function indicatorDescription(id: string, lang: Lang): string | undefined {
  return has(indicatorLabels, id) ? indicatorLabels[id].description[lang] : undefined;
}

/** What the rows of a breakdown are keyed by, in a language. */
export function keyHeading(id: string, lang: Lang): string {
  if (has(indicatorLabels, id)) {
    const key = indicatorLabels[id].keyLabel;
    if (key) return key[lang];
  }
  return lang === "nl" ? "Code" : "Code";
}

/** The text with its first letter in upper case (a unit name as a column heading). */
export const capitalise = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

/** The name of a unit in a language; an unknown unit is shown as itself. */
export function unitName(unit: string, lang: Lang): string {
  return has(unitLabels, unit) ? (unitLabels[unit] as { nl: string; en: string })[lang] : unit;
}

/**
 * The label of a breakdown row's key: the organisation's catalogue first, then the row's own
 * label, then the vocabularies and default catalogues of `@kinderwerk/core`, then the key itself.
 */
export function rowLabel(indicatorId: string, row: BreakdownRow, lang: Lang, catalogues: Partial<Catalogues> = {}): string {
  const kind = rowCatalogues[indicatorId];
  if (kind) {
    const own: Catalogue | undefined = catalogues[kind];
    const entry = own ? findEntry(own, row.key) : undefined;
    if (entry) return entry.labels[lang];
  }
  if (row.label) return row.label[lang];
  if (kind) {
    const entry = findEntry(defaultCatalogues[kind], row.key);
    if (entry) return entry.labels[lang];
  }
  switch (indicatorId) {
    case "reach.byAgeBand":
      return ageBandLabel(row.key, lang);
    case "reach.byGender":
      return has(GenderVocabulary.labels, row.key) ? GenderVocabulary.labels[row.key][lang] : row.key;
    case "reach.byActivityKind":
      return has(ActivityKindVocabulary.labels, row.key) ? ActivityKindVocabulary.labels[row.key][lang] : row.key;
    case "reach.byNeighbourhood":
    case "families.byNeighbourhood":
    case "reach.shareByNeighbourhood":
      if (row.key === "other") return lang === "nl" ? "Overige wijken" : "Other neighbourhoods";
      return row.key === "unknown" ? UNKNOWN[lang] : row.key;
    default:
      return vocabularyLabel(indicatorId, row.key, lang);
  }
}

const UNKNOWN: Readonly<Record<Lang, string>> = { nl: "Onbekend", en: "Unknown" };

/** The vocabularies of the breakdowns of version 2, by indicator id. */
const ROW_VOCABULARIES: Readonly<Record<string, Readonly<Record<string, Labels>>>> = {
  "staff.people.byRole": StaffRoleVocabulary.labels,
  "staff.hours.byKind": StaffingKindVocabulary.labels,
  "budget.byFunderKind": FunderKindVocabulary.labels,
  "meldcode.byDecision": { ...MeldcodeDecisionVocabulary.labels, open: { nl: "Nog geen besluit", en: "Not decided yet" } },
};

/** A row key's label from the vocabulary of its breakdown; `unknown` as such; else the key. */
function vocabularyLabel(indicatorId: string, key: string, lang: Lang): string {
  const labels = ROW_VOCABULARIES[indicatorId];
  if (labels !== undefined && has(labels, key)) return labels[key]![lang];
  return key === "unknown" && labels !== undefined ? UNKNOWN[lang] : key;
}

const LOCALE: Readonly<Record<Lang, string>> = { nl: "nl-NL", en: "en-GB" };

/** The number of decimals a unit is shown with. */
function decimals(unit: string): { min: number; max: number } {
  switch (unit) {
    case "hours":
    case "mean":
    case "percent":
      return { min: 1, max: 1 };
    case "euro":
    case "fte":
    case "ftePer1000":
      return { min: 2, max: 2 };
    case "days":
      return { min: 0, max: 1 };
    default:
      return { min: 0, max: 1 };
  }
}

/**
 * A number in the language's style: `1.234,5` in Dutch, `1,234.5` in English. Euros get `€`,
 * percentages ` %` (Dutch) or `%` (English).
 */
export function formatNumber(value: number, unit: string, lang: Lang): string {
  const { min, max } = decimals(unit);
  const text = new Intl.NumberFormat(LOCALE[lang], { minimumFractionDigits: min, maximumFractionDigits: max, useGrouping: true }).format(value);
  if (unit === "euro") return lang === "nl" ? `€ ${text}` : `€${text}`;
  if (unit === "percent") return lang === "nl" ? `${text} %` : `${text}%`;
  return text;
}

/** A signed change: `+12`, `−3,5` (a real minus sign), `0`. */
export function formatChange(value: number, unit: string, lang: Lang): string {
  const text = formatNumber(Math.abs(value), unit, lang);
  if (value > 0) return `+${text}`;
  if (value < 0) return `\u2212${text}`;
  return text;
}

/** A percentage change: `+23,0 %`. */
export function formatPercentChange(value: number, lang: Lang): string {
  return formatChange(value, "percent", lang);
}

/**
 * The text of a value cell: the formatted number, the words of a suppressed cell (by the rule that
 * hid it, see `suppressedText`), or a dash for "not computable".
 */
export function cellText(value: number | null, suppressed: boolean, unit: string, threshold: number, lang: Lang, rule?: SuppressionRule): string {
  if (suppressed) return suppressedText(rule, threshold, lang);
  if (value === null) return "\u2013";
  return formatNumber(value, unit, lang);
}

/** A calendar date `YYYY-MM-DD` in words: `1 januari 2025`, `1 January 2025`. */
export function formatDate(date: string, lang: Lang): string {
  const [y, m, d] = date.split("-").map(Number);
  if (y === undefined || m === undefined || d === undefined) return date;
  return new Intl.DateTimeFormat(LOCALE[lang], { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" }).format(new Date(Date.UTC(y, m - 1, d)));
}

/** A period in words: `1 januari 2025 t/m 31 december 2025`. */
export function formatPeriod(period: { from: string; to: string }, lang: Lang): string {
  return `${formatDate(period.from, lang)} ${lang === "nl" ? "t/m" : "to"} ${formatDate(period.to, lang)}`;
}

/** A generation time in words, in a time zone (default `Europe/Amsterdam`). */
export function formatDateTime(iso: string, lang: Lang, timeZone = "Europe/Amsterdam"): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(LOCALE[lang], { dateStyle: "long", timeStyle: "short", timeZone }).format(date);
}

/** The label of a school-holiday region. */
export function regionName(region: string, lang: Lang): string {
  const names: Readonly<Record<string, { nl: string; en: string }>> = {
    noord: { nl: "Noord", en: "North" },
    midden: { nl: "Midden", en: "Central" },
    zuid: { nl: "Zuid", en: "South" },
  };
  return names[region]?.[lang] ?? region;
}

/** The names of the catalogue kinds. */
export const catalogueKindNames: Readonly<Record<keyof Catalogues, { nl: string; en: string }>> = {
  programmeLines: { nl: "Programmalijnen", en: "Programme lines" },
  pillars: { nl: "Pijlers", en: "Pillars" },
  signalCategories: { nl: "Signaalcategorieën", en: "Signal categories" },
  referralDestinations: { nl: "Verwijsbestemmingen", en: "Referral destinations" },
};

/** The ids of the key figures, in the order a report shows them first. */
export const KEY_FIGURES = ["reach", "reach.targetGroup", "sessions", "contactHours", "newChildren"] as const;

/** The ids of the signals and referrals section. */
export const SIGNAL_IDS = [
  "signals",
  "signals.byCategory",
  "referrals",
  "referrals.accepted",
  "referrals.medianDaysToResponse",
  "referrals.overdue",
  "referrals.byDestination",
] as const;

/** The sections of a report, and which indicators each shows. */
export interface Sections {
  readonly keyFigures: readonly ReportIndicator[];
  readonly otherFigures: readonly ReportIndicator[];
  readonly breakdowns: readonly ReportIndicator[];
  readonly signals: readonly ReportIndicator[];
}

/**
 * Sort a document's indicators into the sections of a report: key figures first (reach, target
 * group, sessions, contact hours, new children, then the extension figures), the other figures,
 * the reach breakdowns, then signals and referrals. Unknown ids go to the other figures or
 * breakdowns, in the document's order.
 */
export function sections(doc: ReportDocument): Sections {
  const byId = new Map(doc.indicators.map((i) => [i.id, i]));
  const used = new Set<string>();
  const take = (ids: readonly string[]): ReportIndicator[] => {
    const out: ReportIndicator[] = [];
    for (const id of ids) {
      const found = byId.get(id);
      if (found && !used.has(id)) {
        out.push(found);
        used.add(id);
      }
    }
    return out;
  };
  const keyFigures = take([...KEY_FIGURES, "reachShare", "costPerChild", "costPerContactHour"]);
  const signals = take(SIGNAL_IDS);
  const rest = doc.indicators.filter((i) => !used.has(i.id));
  const order = (i: ReportIndicator): number => {
    const at = (Object.keys(indicatorLabels) as string[]).indexOf(i.id);
    return at === -1 ? Number.MAX_SAFE_INTEGER : at;
  };
  const sorted = [...rest].sort((a, b) => order(a) - order(b));
  return {
    keyFigures,
    otherFigures: sorted.filter((i) => !("rows" in i)),
    breakdowns: sorted.filter((i) => "rows" in i),
    signals,
  };
}

/** The unit of an indicator, from the document, falling back to the label table. */
export function unitOf(indicator: ReportIndicator): string {
  return indicator.unit;
}

/** The heading words of a report, in both languages. */
export const words = {
  title: { nl: "Rapportage kinderwerk", en: "Children's work report" },
  period: { nl: "Periode", en: "Period" },
  region: { nl: "Regio", en: "Region" },
  generated: { nl: "Gemaakt op", en: "Generated" },
  keyFigures: { nl: "Kerncijfers", en: "Key figures" },
  otherFigures: { nl: "Activiteiten en inzet", en: "Activities and staffing" },
  breakdowns: { nl: "Wie we bereiken", en: "Who we reach" },
  signals: { nl: "Signalen en verwijzingen", en: "Signals and referrals" },
  comparison: { nl: "Vergelijking met de vorige periode", en: "Comparison with the earlier period" },
  howWeCount: { nl: "Zo tellen we", en: "How we count" },
  warnings: { nl: "Let op", en: "Please note" },
  indicator: { nl: "Indicator", en: "Indicator" },
  value: { nl: "Waarde", en: "Value" },
  unit: { nl: "Eenheid", en: "Unit" },
  current: { nl: "Deze periode", en: "This period" },
  previous: { nl: "Vorige periode", en: "Earlier period" },
  change: { nl: "Verschil", en: "Change" },
  percentChange: { nl: "Verschil in %", en: "Change in %" },
  definitionsVersion: { nl: "Versie van de definities", en: "Definitions version" },
  threshold: { nl: "Afschermdrempel", en: "Suppression threshold" },
  catalogues: { nl: "Catalogi", en: "Catalogues" },
  regulars: { nl: "Vaste deelnemer vanaf", en: "Regular from" },
  budget: { nl: "Budget", en: "Budget" },
  population: { nl: "Kinderen van 4 t/m 12 jaar in het gebied", en: "Children aged 4 to 12 in the area" },
  definitions: { nl: "Definities", en: "Definitions" },
  organisation: { nl: "Organisatie", en: "Organisation" },
  notComputable: { nl: "– : niet te berekenen (bijvoorbeeld delen door nul).", en: "– : cannot be computed (for example a division by zero)." },
} as const;

/** A warning of the document in words (core's `formatIssue` with the report's messages). */
export function warningText(warning: ReportWarning, lang: Lang): string {
  return formatIssue({ code: warning.code, severity: warning.severity ?? "warning", path: warning.path ?? [], params: warning.params ?? {} }, { lang, messages: reportMessages });
}

/**
 * The warnings a reader of the comparison must see next to it, in words: the earlier period only
 * partly covered by the data (so a change of "+1.383,4 %" is not read as growth), an input the
 * earlier period lacks.
 */
export function comparisonCaveats(doc: ReportDocument, lang: Lang): string[] {
  if (doc.comparison === undefined) return [];
  const about = (w: ReportWarning): boolean => w.code === "report.comparison.input-missing" || (w.code === "report.period.partly-covered" && w.params?.["period"] === "previous");
  return (doc.warnings ?? []).filter(about).map((w) => warningText(w, lang));
}

/** The comparison entries of a document by indicator id; none without a comparison. */
export function comparisonsById(doc: ReportDocument): ReadonlyMap<string, ComparisonEntry> {
  return new Map<string, ComparisonEntry>((doc.comparison?.indicators ?? []).map((c) => [c.id, c]));
}

/** A scalar indicator next to its value in the earlier period, with the text of each cell of its comparison row. */
export interface ComparedScalar {
  readonly entry: ComparisonEntry;
  readonly current: ScalarIndicator;
  /** The value in this period, or its suppression marker. */
  readonly currentText: string;
  /** The value in the earlier period, or its suppression marker. */
  readonly previousText: string;
  /** The signed change, or a dash when this period's value is suppressed or the change cannot be computed. */
  readonly changeText: string;
  /** The percentage change, or a dash as for the change. */
  readonly percentChangeText: string;
}

/**
 * The rows of a report's comparison: each compared indicator that is a scalar of this period, in the
 * comparison's order (breakdowns are compared in the CSV only).
 */
export function comparedScalars(doc: ReportDocument, lang: Lang): ComparedScalar[] {
  const t = doc.suppressionThreshold;
  const out: ComparedScalar[] = [];
  for (const entry of doc.comparison?.indicators ?? []) {
    const current = doc.indicators.find((i) => i.id === entry.id);
    if (current === undefined || isBreakdown(current)) continue;
    out.push({
      entry,
      current,
      currentText: cellText(current.value, current.suppressed, current.unit, t, lang, current.suppressedBy),
      previousText: cellText(entry.previous, entry.previousSuppressed === true, current.unit, t, lang, entry.previousSuppressedBy),
      changeText: current.suppressed || entry.change === null ? "\u2013" : formatChange(entry.change, current.unit, lang),
      percentChangeText: current.suppressed || entry.percentChange === null ? "\u2013" : formatPercentChange(entry.percentChange, lang),
    });
  }
  return out;
}

/** The definition sentence of each of the document's indicators that has one, in the document's order. */
export function definitionsOf(doc: ReportDocument, lang: Lang): { readonly id: string; readonly text: string }[] {
  const out: { id: string; text: string }[] = [];
  for (const i of doc.indicators) {
    const text = indicatorDescription(i.id, lang);
    if (text !== undefined) out.push({ id: i.id, text });
  }
  return out;
}
