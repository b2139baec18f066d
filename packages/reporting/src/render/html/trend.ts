// The trend section of the HTML report: an inline SVG column chart (reach above, attendances
// below, each scaled to its own largest shown value) and the table with every number.
import type { Lang } from "@kinderwerk/core";
import type { ReportDocument } from "../../document/index.js";
import { trendLabels } from "../../document/labels.js";
import type { TrendText } from "../trend.js";
import { trendTexts } from "../trend.js";
import { esc } from "./escape.js";

const WIDTH = 640;
const LEFT = 14;
const RIGHT = 14;
const PANEL = 118;
const TITLE = 22;
const AXIS = 22;
/** Above this many buckets the columns carry no value text (the table has them) and the axis labels thin out. */
const LABELLED = 16;

/** One panel of the chart: its title and, per bucket, the value (or `null` when suppressed) and its text. */
interface Panel {
  readonly title: string;
  readonly cells: readonly { readonly value: number | null; readonly text: string; readonly partial: boolean }[];
}

function panelSvg(panel: Panel, top: number, labels: readonly string[]): string {
  const n = panel.cells.length;
  const step = (WIDTH - LEFT - RIGHT) / Math.max(1, n);
  const bar = Math.max(2, Math.min(42, step * 0.7));
  const base = top + TITLE + PANEL;
  const max = Math.max(0, ...panel.cells.map((c) => c.value ?? 0));
  const every = n <= LABELLED ? 1 : Math.ceil(n / 13);
  const parts: string[] = [`<text x="${LEFT}" y="${top + 14}" class="lbl">${esc(panel.title)}</text>`];
  panel.cells.forEach((c, i) => {
    const x = LEFT + i * step + (step - bar) / 2;
    const mid = (x + bar / 2).toFixed(1);
    const h = c.value !== null && max > 0 ? Math.max(c.value > 0 ? 1 : 0, (c.value / max) * (PANEL - 16)) : 0;
    if (h > 0) parts.push(`<rect x="${x.toFixed(1)}" y="${(base - h).toFixed(1)}" width="${bar.toFixed(1)}" height="${h.toFixed(1)}" class="${c.partial ? "bar prev" : "bar"}"/>`);
    const sup = c.value === null;
    if (n <= LABELLED || sup) {
      const text = sup ? "\u00d7" : c.text;
      parts.push(`<text x="${mid}" y="${(base - h - 4).toFixed(1)}" class="${sup ? "val sup" : "val"}" text-anchor="middle" font-size="11">${esc(text)}</text>`);
    }
    if (i % every === 0) parts.push(`<text x="${mid}" y="${base + 15}" class="lbl" text-anchor="middle" font-size="11">${esc(labels[i]!)}</text>`);
  });
  parts.push(`<line x1="${LEFT}" y1="${base}" x2="${WIDTH - RIGHT}" y2="${base}" class="axis"/>`);
  return parts.join("");
}

/** The chart: reach per bucket above, attendances below; partial buckets light with an outline, suppressed ones without a bar. */
function trendChart(rows: readonly TrendText[], title: string, lang: Lang): string {
  const labels = rows.map((r) => r.shortLabel);
  const panel = (which: "reach" | "attendances"): Panel => ({
    title: trendLabels[which][lang],
    cells: rows.map((r) => ({ value: r.bucket[which].suppressed ? null : r.bucket[which].value, text: r[which], partial: r.bucket.partial })),
  });
  const height = 2 * (TITLE + PANEL + AXIS) + 6;
  return (
    `<svg class="chart trend" role="img" aria-labelledby="chart-trend-title" viewBox="0 0 ${WIDTH} ${height}" width="100%">` +
    `<title id="chart-trend-title">${esc(title)}</title>` +
    panelSvg(panel("reach"), 0, labels) +
    panelSvg(panel("attendances"), TITLE + PANEL + AXIS + 6, labels) +
    `</svg>`
  );
}

/**
 * The trend as an HTML section: the chart, the table (bucket, its days, attendances, reach) and the
 * note on partial buckets; `""` without a trend.
 *
 * @param doc - the report document
 * @param lang - the language
 * @returns the section's HTML
 */
export function trendSectionHtml(doc: ReportDocument, lang: Lang): string {
  const t = trendTexts(doc, lang);
  if (t === undefined) return "";
  const num = (text: string, suppressed: boolean): string => `<td class="n${suppressed ? " sup" : ""}">${esc(text)}</td>`;
  const body = t.rows
    .map(
      (r) =>
        `<tr><th scope="row">${esc(r.label)}</th><td>${esc(r.bucket.from)} \u2013 ${esc(r.bucket.to)}</td>` +
        num(r.attendances, r.bucket.attendances.suppressed) +
        num(r.reach, r.bucket.reach.suppressed) +
        `</tr>`,
    )
    .join("");
  const anySuppressed = t.rows.some((r) => r.bucket.reach.suppressed || r.bucket.attendances.suppressed);
  const notes = [
    ...(t.anyPartial ? [trendLabels.partialNote[lang]] : []),
    ...(anySuppressed ? [trendLabels.chartSuppressed[lang]] : []),
  ];
  return (
    `<section id="trend"><h2>${esc(t.heading)}</h2>` +
    `<figure class="trend" style="margin: 0 0 .6rem">${trendChart(t.rows, `${t.heading}: ${trendLabels.chart[lang]}`, lang)}<figcaption>${esc(trendLabels.description[lang])}</figcaption></figure>` +
    `<table><thead><tr><th scope="col">${esc(t.bucketHeading)}</th><th scope="col">${esc(`${trendLabels.from[lang]} \u2013 ${trendLabels.to[lang].toLowerCase()}`)}</th>` +
    `<th scope="col" class="n">${esc(trendLabels.attendances[lang])}</th><th scope="col" class="n">${esc(trendLabels.reach[lang])}</th></tr></thead><tbody>${body}</tbody></table>` +
    notes.map((n) => `<p class="note">${esc(n)}</p>`).join("") +
    `</section>`
  );
}
