import type { Lang } from "@kinderwerk/core";
import { formatIssue } from "@kinderwerk/core";
import type { BreakdownIndicator, ReportDocument, ReportIndicator, ScalarIndicator } from "../../document/index.js";
import { isBreakdown } from "../../document/index.js";
import { reportMessages } from "../../document/labels.js";
import type { RenderOptions } from "../format.js";
import {
  catalogueKindNames,
  cellText,
  formatChange,
  formatDateTime,
  formatNumber,
  formatPercentChange,
  formatPeriod,
  indicatorDescription,
  indicatorName,
  keyHeading,
  regionName,
  rowLabel,
  sections,
  suppressionNote,
  unitName,
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

const capitalise = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

function table(head: readonly string[], rows: readonly (readonly string[])[], alignRight: readonly number[] = []): string {
  const sep = head.map((_, i) => (alignRight.includes(i) ? "---:" : "---"));
  return [head, sep, ...rows].map((r) => `| ${r.join(" | ")} |`).join("\n");
}

function scalarTable(items: readonly ScalarIndicator[], doc: ReportDocument, lang: Lang): string {
  const t = doc.suppressionThreshold;
  return table(
    [words.indicator[lang], words.value[lang], words.unit[lang]],
    items.map((i) => [md(indicatorName(i.id, lang)), cellText(i.value, i.suppressed, i.unit, t, lang), md(unitName(i.unit, lang))]),
    [1],
  );
}

function breakdownTable(b: BreakdownIndicator, doc: ReportDocument, lang: Lang, options: RenderOptions): string {
  return table(
    [md(keyHeading(b.id, lang)), md(capitalise(unitName(b.unit, lang)))],
    b.rows.map((r) => [md(rowLabel(b.id, r, lang, options.catalogues)), cellText(r.value, r.suppressed, b.unit, doc.suppressionThreshold, lang)]),
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
  const out: string[] = [];
  const title = doc.organisation ? `${words.title[lang]} — ${md(doc.organisation.name)}` : words.title[lang];
  out.push(`# ${title}`);
  const meta = [`**${words.period[lang]}:** ${formatPeriod(doc.period, lang)}`];
  if (doc.region) meta.push(`**${words.region[lang]}:** ${regionName(doc.region, lang)}`);
  if (doc.generatedAt) meta.push(`**${words.generated[lang]}:** ${formatDateTime(doc.generatedAt, lang, options.timeZone)}`);
  meta.push(`**${words.definitionsVersion[lang]}:** ${doc.definitionsVersion}`);
  out.push(meta.join("  \n"));

  if (doc.warnings && doc.warnings.length > 0) {
    out.push(
      `> **${words.warnings[lang]}**\n>\n` +
      doc.warnings
        .map((w) => `> - ${md(formatIssue({ code: w.code, severity: w.severity ?? "warning", path: w.path ?? [], params: w.params ?? {} }, { lang, messages: reportMessages }))}`)
        .join("\n"),
    );
  }

  const s = sections(doc);
  const parts: [string, readonly ReportIndicator[]][] = [
    [words.keyFigures[lang], s.keyFigures],
    [words.otherFigures[lang], s.otherFigures],
    [words.breakdowns[lang], s.breakdowns],
    [words.signals[lang], s.signals],
  ];
  for (const [heading, items] of parts) {
    if (items.length === 0) continue;
    out.push(`## ${heading}`);
    out.push(...block(items, doc, lang, options));
  }

  if (doc.comparison && doc.comparison.indicators.length > 0) {
    out.push(`## ${words.comparison[lang]}`);
    out.push(`${words.previous[lang]}: ${formatPeriod(doc.comparison.period, lang)}`);
    const rows: string[][] = [];
    for (const c of doc.comparison.indicators) {
      const current = doc.indicators.find((i) => i.id === c.id);
      if (!current || isBreakdown(current)) continue;
      const t = doc.suppressionThreshold;
      rows.push([
        md(indicatorName(c.id, lang)),
        cellText(current.value, current.suppressed, current.unit, t, lang),
        cellText(c.previous, c.previousSuppressed === true, current.unit, t, lang),
        current.suppressed || c.change === null ? "\u2013" : formatChange(c.change, current.unit, lang),
        current.suppressed || c.percentChange === null ? "\u2013" : formatPercentChange(c.percentChange, lang),
      ]);
    }
    out.push(table([words.indicator[lang], words.current[lang], words.previous[lang], words.change[lang], words.percentChange[lang]], rows, [1, 2, 3, 4]));
  }

  out.push(`## ${words.howWeCount[lang]}`);
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
  out.push(how.join("\n"));
  const defs = doc.indicators
    .map((i) => [i.id, indicatorDescription(i.id, lang)] as const)
    .filter((d): d is readonly [string, string] => d[1] !== undefined)
    .map(([id, text]) => `- **${md(indicatorName(id, lang))}** (\`${id}\`): ${text}`);
  if (defs.length > 0) {
    out.push(`### ${words.definitions[lang]}`);
    out.push(defs.join("\n"));
  }
  out.push("---");
  out.push(`${suppressionNote(doc.suppressionThreshold, lang)}  \n${words.notComputable[lang]}`);
  return `${out.join("\n\n")}\n`;
}
