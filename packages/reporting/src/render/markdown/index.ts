import type { Lang } from "@kinderwerk/core";
import type { BreakdownIndicator, ReportDocument, ReportIndicator, ScalarIndicator } from "../../document/index.js";
import { isBreakdown } from "../../document/index.js";
import type { RenderOptions } from "../format.js";
import { targetTexts, targetWords } from "../targets.js";
import { trendBlocks } from "./trend.js";
import {
  capitalise,
  catalogueKindNames,
  cellText,
  comparedScalars,
  comparisonCaveats,
  definitionsOf,
  formatDateTime,
  formatNumber,
  formatPeriod,
  indicatorName,
  keyHeading,
  regionName,
  rowLabel,
  sections,
  suppressionNote,
  unitName,
  warningText,
  words,
} from "../format.js";

/** Options for {@link renderMarkdown}. */
export type RenderMarkdownOptions = RenderOptions;

/** Escape text from the document for Markdown: no markup, no HTML, one line. */
function md(text: string): string {
  return text
    .replace(/[\r\n\t]+/g, " ")
    .replace(/[\\`*_[\]|~]/g, (c) => `\\${c}`)
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;");
}

function table(head: readonly string[], rows: readonly (readonly string[])[], alignRight: readonly number[] = []): string {
  const sep = head.map((_, i) => (alignRight.includes(i) ? "---:" : "---"));
  return [head, sep, ...rows].map((r) => `| ${r.join(" | ")} |`).join("\n");
}

function scalarTable(items: readonly ScalarIndicator[], doc: ReportDocument, lang: Lang): string {
  const t = doc.suppressionThreshold;
  return table(
    [words.indicator[lang], words.value[lang], words.unit[lang]],
    items.map((i) => [md(indicatorName(i.id, lang)), cellText(i.value, i.suppressed, i.unit, t, lang, i.suppressedBy), md(unitName(i.unit, lang))]),
    [1],
  );
}

function breakdownTable(b: BreakdownIndicator, doc: ReportDocument, lang: Lang, options: RenderOptions): string {
  return table(
    [md(keyHeading(b.id, lang)), md(capitalise(unitName(b.unit, lang)))],
    b.rows.map((r) => [md(rowLabel(b.id, r, lang, options.catalogues)), cellText(r.value, r.suppressed, b.unit, doc.suppressionThreshold, lang, r.suppressedBy)]),
    [1],
  );
}

function block(items: readonly ReportIndicator[], doc: ReportDocument, lang: Lang, options: RenderOptions): string[] {
  const out: string[] = [];
  const scalars = items.filter((i): i is ScalarIndicator => !isBreakdown(i));
  if (scalars.length > 0) out.push(scalarTable(scalars, doc, lang));
  for (const b of items.filter(isBreakdown)) {
    out.push(`### ${md(indicatorName(b.id, lang))}`);
    out.push(breakdownTable(b, doc, lang, options));
  }
  return out;
}

/** The title (with the organisation) and the period, region, generation time and definitions version. */
function titleBlocks(doc: ReportDocument, lang: Lang, options: RenderOptions): string[] {
  const title = doc.organisation ? `${words.title[lang]} — ${md(doc.organisation.name)}` : words.title[lang];
  const meta = [`**${words.period[lang]}:** ${formatPeriod(doc.period, lang)}`];
  if (doc.region) meta.push(`**${words.region[lang]}:** ${regionName(doc.region, lang)}`);
  if (doc.generatedAt) meta.push(`**${words.generated[lang]}:** ${formatDateTime(doc.generatedAt, lang, options.timeZone)}`);
  meta.push(`**${words.definitionsVersion[lang]}:** ${doc.definitionsVersion}`);
  return [`# ${title}`, meta.join("  \n")];
}

/** The document's warnings as one quoted list; nothing without warnings. */
function warningBlocks(doc: ReportDocument, lang: Lang): string[] {
  if (!doc.warnings || doc.warnings.length === 0) return [];
  return [`> **${words.warnings[lang]}**\n>\n` + doc.warnings.map((w) => `> - ${md(warningText(w, lang))}`).join("\n")];
}

/** The sections of indicators that have any: key figures, activities and staffing, breakdowns, signals and referrals. */
function indicatorSections(doc: ReportDocument, lang: Lang, options: RenderOptions): string[] {
  const s = sections(doc);
  const parts: [string, readonly ReportIndicator[]][] = [
    [words.keyFigures[lang], s.keyFigures],
    [words.otherFigures[lang], s.otherFigures],
    [words.breakdowns[lang], s.breakdowns],
    [words.signals[lang], s.signals],
  ];
  const out: string[] = [];
  for (const [heading, items] of parts) {
    if (items.length === 0) continue;
    out.push(`## ${heading}`);
    out.push(...block(items, doc, lang, options));
  }
  return out;
}

/** The comparison with the earlier period: its period and a table of the compared scalars; nothing without one. */
function comparisonBlocks(doc: ReportDocument, lang: Lang): string[] {
  if (!doc.comparison || doc.comparison.indicators.length === 0) return [];
  const rows = comparedScalars(doc, lang).map((c) => [md(indicatorName(c.entry.id, lang)), c.currentText, c.previousText, c.changeText, c.percentChangeText]);
  return [
    `## ${words.comparison[lang]}`,
    `${words.previous[lang]}: ${formatPeriod(doc.comparison.period, lang)}`,
    ...comparisonCaveats(doc, lang).map((text) => `> **${words.warnings[lang]}:** ${md(text)}`),
    table([words.indicator[lang], words.current[lang], words.previous[lang], words.change[lang], words.percentChange[lang]], rows, [1, 2, 3, 4]),
  ];
}

/** The targets against results as one table; nothing without targets. */
function targetBlocks(doc: ReportDocument, lang: Lang): string[] {
  const rows = targetTexts(doc, lang);
  if (rows.length === 0) return [];
  return [
    `## ${targetWords.heading[lang]}`,
    table(
      [words.indicator[lang], targetWords.period[lang], targetWords.target[lang], targetWords.realised[lang], targetWords.percent[lang]],
      rows.map((r) => [md(r.name), md(r.period), r.target, r.realised, r.percent]),
      [2, 3, 4],
    ),
  ];
}

/** How we count: definitions version, threshold, N of regulars, budget, population and catalogues, then the definitions. */
function howWeCountBlocks(doc: ReportDocument, lang: Lang): string[] {
  const how: string[] = [
    `- ${words.definitionsVersion[lang]}: ${doc.definitionsVersion}`,
    `- ${words.threshold[lang]}: ${doc.suppressionThreshold}`,
  ];
  if (doc.regularsMinimum !== undefined) {
    how.push(`- ${words.regulars[lang]}: ${doc.regularsMinimum} ${lang === "nl" ? "aanwezigheden" : "attendances"}`);
  }
  if (doc.budget) how.push(`- ${words.budget[lang]}: ${formatNumber(doc.budget.amount, "euro", lang)}`);
  if (doc.population) {
    how.push(`- ${words.population[lang]}: ${formatNumber(doc.population.children4to12, "count", lang)}${doc.population.source ? ` (${md(doc.population.source)})` : ""}`);
  }
  for (const c of doc.catalogues ?? []) {
    how.push(`- ${catalogueKindNames[c.kind][lang]}: ${md(c.id)}, ${lang === "nl" ? "versie" : "version"} ${md(c.version)}`);
  }
  const out = [`## ${words.howWeCount[lang]}`, how.join("\n")];
  const defs = definitionsOf(doc, lang).map(({ id, text }) => `- **${md(indicatorName(id, lang))}** (\`${id}\`): ${text}`);
  if (defs.length > 0) out.push(`### ${words.definitions[lang]}`, defs.join("\n"));
  return out;
}

/**
 * The report as Markdown: a title with the organisation, the period and definitions version; key
 * figures, activities and staffing, breakdowns, signals and referrals as tables; the comparison
 * with the earlier period; warnings; and how we count (definitions version, suppression threshold,
 * catalogues). A suppressed cell shows a marker such as `< 5`, explained in a note — never the
 * value. Text from the document (names of the organisation, neighbourhoods) is escaped, so it
 * cannot add markup or HTML.
 *
 * @param doc - the report document
 * @param options - language (`nl` default, `en`), catalogues to label codes, time zone of `generatedAt`
 * @returns the Markdown text, ending with a newline
 * @example
 * renderMarkdown(doc).split("\n")[0]; // => "# Rapportage kinderwerk — Stichting Kinderwerk Zuid"
 */
export function renderMarkdown(doc: ReportDocument, options: RenderMarkdownOptions = {}): string {
  const lang = options.lang ?? "nl";
  const out = [
    ...titleBlocks(doc, lang, options),
    ...warningBlocks(doc, lang),
    ...indicatorSections(doc, lang, options),
    ...trendBlocks(doc, lang, md),
    ...targetBlocks(doc, lang),
    ...comparisonBlocks(doc, lang),
    ...howWeCountBlocks(doc, lang),
    "---",
    `${suppressionNote(doc.suppressionThreshold, lang)}  \n${words.notComputable[lang]}`,
  ];
  return `${out.join("\n\n")}\n`;
}
