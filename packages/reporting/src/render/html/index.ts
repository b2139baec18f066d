import type { Lang } from "@kinderwerk/core";
import type { BreakdownIndicator, ReportDocument, ReportIndicator, ScalarIndicator } from "../../document/index.js";
import { isBreakdown } from "../../document/index.js";
import type { RenderOptions } from "../format.js";
import { targetTexts, targetWords } from "../targets.js";
import { changeLine, comparisonPairs, comparisonPeriods, footerParts, headerFacts, howWeCountFacts, pageWords, reportTitle } from "../content.js";
import {
  capitalise,
  cellText,
  comparedScalars,
  comparisonCaveats,
  comparisonsById,
  definitionsOf,
  indicatorDescription,
  indicatorName,
  keyHeading,
  rowLabel,
  sections,
  suppressionNote,
  unitName,
  warningText,
  words,
} from "../format.js";
import { esc } from "./escape.js";
import { barChart, pairChart } from "./svg.js";
import { trendSectionHtml } from "./trend.js";

/** Options for {@link renderHtml}. */
export type RenderHtmlOptions = RenderOptions;

const CSS = `
@page { size: A4; margin: 15mm 14mm 17mm; }
:root { --ink: #1a1a1a; --muted: #4a4a4a; --line: #b8b8b8; --accent: #1d4e89; --soft: #eef3f9; }
* { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; }
body { margin: 0 auto; max-width: 60rem; padding: 2rem 1.5rem 1rem; color: var(--ink); background: #fff;
  font: 11pt/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; }
header.report { border-bottom: 3px solid var(--accent); padding-bottom: .8rem; margin-bottom: 1.2rem; }
header.report .kicker { margin: 0; font-size: .95rem; color: var(--muted); text-transform: uppercase; letter-spacing: .06em; }
h1 { margin: .15rem 0 .6rem; font-size: 1.9rem; line-height: 1.2; color: var(--accent); }
h2 { margin: 1.8rem 0 .7rem; font-size: 1.35rem; color: var(--accent); border-bottom: 1px solid var(--line); padding-bottom: .2rem; break-after: avoid; }
h3 { margin: 1.1rem 0 .4rem; font-size: 1.05rem; break-after: avoid; }
dl.meta { display: grid; grid-template-columns: max-content 1fr; gap: .15rem 1rem; margin: 0; }
dl.meta dt { font-weight: 600; } dl.meta dd { margin: 0; }
.cards { display: grid; grid-template-columns: repeat(auto-fit, minmax(10.5rem, 1fr)); gap: .7rem; margin: 0; padding: 0; list-style: none; }
.card { border: 1px solid var(--line); border-left: 5px solid var(--accent); border-radius: 4px; padding: .6rem .8rem; background: var(--soft); break-inside: avoid; }
.card .num { display: block; font-size: 1.75rem; font-weight: 700; line-height: 1.15; font-variant-numeric: tabular-nums; }
.card .name { display: block; font-weight: 600; }
.card .unit, .card .delta { display: block; font-size: .85rem; color: var(--muted); }
table { border-collapse: collapse; width: 100%; margin: .3rem 0 .4rem; break-inside: avoid; font-variant-numeric: tabular-nums; }
caption { text-align: left; font-weight: 600; padding-bottom: .25rem; }
th, td { text-align: left; padding: .25rem .5rem; border-bottom: 1px solid var(--line); vertical-align: top; }
tbody th { font-weight: 500; }
thead th { border-bottom: 2px solid var(--ink); font-size: .9rem; }
td.n, th.n { text-align: right; white-space: nowrap; }
td.n.sup { white-space: normal; }
.sup { font-style: italic; color: var(--muted); }
.breakdown { display: grid; grid-template-columns: minmax(0, 3fr) minmax(0, 2fr); gap: 1rem; align-items: start; break-inside: avoid; margin: 0 0 1rem; }
.breakdown figure { margin: 0; }
figure.comparison { margin: 0 0 .6rem; max-width: 36rem; }
figcaption { font-size: .85rem; color: var(--muted); }
svg.chart { display: block; max-width: 100%; height: auto; font: 13.5px system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif; }
svg .bar { fill: var(--accent); }
svg .bar.prev { fill: #c5d5e9; stroke: var(--accent); stroke-width: 1.2; }
svg .axis { stroke: var(--ink); stroke-width: 1; }
svg .lbl { fill: var(--ink); }
svg .val { fill: var(--ink); font-weight: 600; }
svg .val.sup { fill: var(--muted); font-style: italic; font-weight: 400; }
.caveat { border-left: 4px solid #8a5a00; background: #fff6e0; padding: .3rem .6rem; margin: .3rem 0 .6rem; }
.note { font-size: .85rem; color: var(--muted); margin: .2rem 0 .8rem; }
aside.warnings { border: 2px solid #8a5a00; background: #fff6e0; padding: .5rem .9rem; border-radius: 4px; margin: 0 0 1rem; break-inside: avoid; }
aside.warnings h2 { margin: 0 0 .3rem; border: 0; font-size: 1.05rem; color: #5c3c00; }
aside.warnings ul { margin: 0; padding-left: 1.2rem; }
dl.defs dt { font-weight: 600; margin-top: .4rem; } dl.defs dd { margin: 0 0 0 0; }
code { font-size: .85em; }
footer.report { margin-top: 2rem; padding-top: .5rem; border-top: 1px solid var(--line); font-size: .85rem; color: var(--muted); }
@media (max-width: 40rem) { .breakdown { grid-template-columns: 1fr; } body { padding: 1rem; } }
@media print {
  body { max-width: none; padding: 0; font-size: 10pt; }
  .card { background: #fff; }
  section { break-before: auto; }
  h2 { break-after: avoid-page; }
  .breakdown, table, figure, .card, aside.warnings { break-inside: avoid-page; }
  a { color: inherit; text-decoration: none; }
}
`;

function numCell(text: string, suppressed: boolean): string {
  return `<td class="n${suppressed ? " sup" : ""}">${esc(text)}</td>`;
}

function scalarTable(caption: string | undefined, items: readonly ScalarIndicator[], doc: ReportDocument, lang: Lang): string {
  const t = doc.suppressionThreshold;
  const body = items
    .map(
      (i) =>
        `<tr><th scope="row">${esc(indicatorName(i.id, lang))}</th>${numCell(cellText(i.value, i.suppressed, i.unit, t, lang, i.suppressedBy), i.suppressed)}<td>${esc(unitName(i.unit, lang))}</td></tr>`,
    )
    .join("");
  return (
    `<table>${caption ? `<caption>${esc(caption)}</caption>` : ""}` +
    `<thead><tr><th scope="col">${words.indicator[lang]}</th><th scope="col" class="n">${words.value[lang]}</th><th scope="col">${words.unit[lang]}</th></tr></thead>` +
    `<tbody>${body}</tbody></table>`
  );
}

function suppressedNoteLink(lang: Lang): string {
  return `<p class="note">${pageWords.suppressedSee[lang]} <a href="#how-we-count">${words.howWeCount[lang]}</a>.</p>`;
}

function breakdownBlock(b: BreakdownIndicator, index: number, doc: ReportDocument, lang: Lang, options: RenderOptions): string {
  const t = doc.suppressionThreshold;
  const name = indicatorName(b.id, lang);
  const labelled = b.rows.map((r) => ({ row: r, label: rowLabel(b.id, r, lang, options.catalogues), text: cellText(r.value, r.suppressed, b.unit, t, lang, r.suppressedBy) }));
  const chart = barChart(
    `chart-${index}`,
    `${name}: ${pageWords.barChartTitle[lang]}`,
    labelled.map((l) => ({ label: l.label, value: l.row.value, text: l.text, suppressed: l.row.suppressed })),
  );
  const rows = labelled.map((l) => `<tr><th scope="row">${esc(l.label)}</th>${numCell(l.text, l.row.suppressed)}</tr>`).join("");
  const description = indicatorDescription(b.id, lang);
  const anySuppressed = b.rows.some((r) => r.suppressed);
  return (
    `<h3 id="${esc(`ind-${b.id}`)}">${esc(name)}</h3>` +
    `<div class="breakdown"><figure>${chart}${description ? `<figcaption>${esc(description)}</figcaption>` : ""}</figure>` +
    `<div><table><thead><tr><th scope="col">${esc(keyHeading(b.id, lang))}</th><th scope="col" class="n">${esc(capitalise(unitName(b.unit, lang)))}</th></tr></thead><tbody>${rows}</tbody></table>` +
    (anySuppressed ? suppressedNoteLink(lang) : "") +
    `</div></div>`
  );
}

function keyFigureCards(items: readonly ReportIndicator[], doc: ReportDocument, lang: Lang): string {
  const t = doc.suppressionThreshold;
  const comparisons = comparisonsById(doc);
  const cards = items
    .filter((i): i is ScalarIndicator => !isBreakdown(i))
    .map((i) => {
      const c = comparisons.get(i.id);
      const change = changeLine(c, i.suppressed, i.unit, lang);
      const delta = change === undefined ? "" : `<span class="delta">${esc(change)}</span>`;
      return (
        `<li class="card"><span class="num${i.suppressed ? " sup" : ""}">${esc(cellText(i.value, i.suppressed, i.unit, t, lang, i.suppressedBy))}</span>` +
        `<span class="name">${esc(indicatorName(i.id, lang))}</span>${["count", "percent", "euro"].includes(i.unit) ? "" : `<span class="unit">${esc(unitName(i.unit, lang))}</span>`}${delta}</li>`
      );
    })
    .join("");
  return `<ul class="cards">${cards}</ul>`;
}

function indicatorBlock(items: readonly ReportIndicator[], startIndex: number, doc: ReportDocument, lang: Lang, options: RenderOptions): string {
  const scalars = items.filter((i): i is ScalarIndicator => !isBreakdown(i));
  let out = "";
  if (scalars.length > 0) {
    out += scalarTable(undefined, scalars, doc, lang);
    if (scalars.some((s) => s.suppressed)) out += suppressedNoteLink(lang);
  }
  items.filter(isBreakdown).forEach((b, i) => {
    out += breakdownBlock(b, startIndex + i, doc, lang, options);
  });
  return out;
}

function comparisonSection(doc: ReportDocument, lang: Lang): string {
  const cmp = doc.comparison;
  if (!cmp || cmp.indicators.length === 0) return "";
  const entries = comparedScalars(doc, lang);
  if (entries.length === 0) return "";
  const pairs = comparisonPairs(entries, lang);
  const chart = pairChart(
    "chart-comparison",
    `${words.comparison[lang]}: ${pageWords.pairChartTitle[lang]}`,
    { current: `${words.current[lang]}`, previous: `${words.previous[lang]}` },
    pairs,
  );
  const rows = entries
    .map(
      ({ entry: c, current, currentText, previousText, changeText, percentChangeText }) =>
        `<tr><th scope="row">${esc(indicatorName(c.id, lang))}</th>` +
        numCell(currentText, current.suppressed) +
        numCell(previousText, c.previousSuppressed === true) +
        numCell(changeText, false) +
        numCell(percentChangeText, false) +
        `</tr>`,
    )
    .join("");
  return (
    `<section id="comparison"><h2>${words.comparison[lang]}</h2>` +
    `<p>${esc(comparisonPeriods(doc, lang))}</p>` +
    comparisonCaveats(doc, lang).map((text) => `<p class="caveat"><strong>${words.warnings[lang]}:</strong> ${esc(text)}</p>`).join("") +
    `<figure class="comparison">${chart}<figcaption>${pageWords.pairScale[lang]}</figcaption></figure>` +
    `<table><thead><tr><th scope="col">${words.indicator[lang]}</th><th scope="col" class="n">${words.current[lang]}</th><th scope="col" class="n">${words.previous[lang]}</th><th scope="col" class="n">${words.change[lang]}</th><th scope="col" class="n">${words.percentChange[lang]}</th></tr></thead><tbody>${rows}</tbody></table>` +
    `</section>`
  );
}

/** The targets against results as one table; nothing without targets. */
function targetSection(doc: ReportDocument, lang: Lang): string {
  const rows = targetTexts(doc, lang);
  if (rows.length === 0) return "";
  const head = [words.indicator[lang], targetWords.period[lang]].map((h) => `<th scope="col">${esc(h)}</th>`).join("") +
    [targetWords.target[lang], targetWords.realised[lang], targetWords.percent[lang]].map((h) => `<th scope="col" class="n">${esc(h)}</th>`).join("");
  const body = rows
    .map((r) => `<tr><th scope="row">${esc(r.name)}</th><td>${esc(r.period)}</td>${numCell(r.target, false)}${numCell(r.realised, r.suppressed)}${numCell(r.percent, false)}</tr>`)
    .join("");
  return `<section id="targets"><h2>${esc(targetWords.heading[lang])}</h2><table><thead><tr>${head}</tr></thead><tbody>${body}</tbody></table></section>`;
}

function howWeCount(doc: ReportDocument, lang: Lang): string {
  const meta = howWeCountFacts(doc, lang).map(([k, v]) => `<dt>${esc(k)}</dt><dd>${esc(v)}</dd>`).join("");
  const defs = definitionsOf(doc, lang)
    .map((d) => `<dt>${esc(indicatorName(d.id, lang))} <code>${esc(d.id)}</code></dt><dd>${esc(d.text)}</dd>`)
    .join("");
  const intro = pageWords.howWeCountIntro[lang];
  return (
    `<section id="how-we-count"><h2>${words.howWeCount[lang]}</h2><p>${intro}</p>` +
    `<dl class="meta">${meta}</dl>` +
    `<p class="note" id="suppression-note">${esc(suppressionNote(doc.suppressionThreshold, lang))} ${esc(words.notComputable[lang])}</p>` +
    (defs ? `<h3>${words.definitions[lang]}</h3><dl class="defs">${defs}</dl>` : "") +
    `</section>`
  );
}

/**
 * The report as one standalone HTML page: no external fonts, scripts, styles or images (inline
 * CSS, inline SVG), printable on A4 and readable in black and white. Dutch by default
 * (`<html lang="nl">`), English with `lang: "en"`.
 *
 * The page shows a header (organisation, period, region, generation date), the key figures
 * (reach, target group, sessions, contact hours, new children, and cost and share figures when
 * present), activities and staffing, the breakdowns as bar charts with their tables, signals and
 * referrals, the comparison with the earlier period, and "how we count" (definitions version,
 * suppression threshold, catalogues, definitions). Every string from the document is escaped.
 * A suppressed cell says "afgeschermd" ("suppressed"), with "(< 5)" only when the primary rule hid
 * it, never its value, and charts draw no bar for it. Chart labels wrap instead of being cut.
 *
 * @param doc - the report document
 * @param options - language (`nl` default, `en`), catalogues to label codes, time zone of `generatedAt`
 * @returns the HTML page
 * @example
 * renderHtml(doc).startsWith('<!doctype html>\n<html lang="nl">'); // => true
 * renderHtml(doc, { lang: "en" }).includes('<html lang="en">'); // => true
 */
export function renderHtml(doc: ReportDocument, options: RenderHtmlOptions = {}): string {
  const lang = options.lang ?? "nl";
  const org = doc.organisation;
  const title = reportTitle(doc, lang);
  const meta = headerFacts(doc, lang, options.timeZone);

  const s = sections(doc);
  const body: string[] = [];
  body.push(
    // Without an organisation the heading is the report's title: no kicker above it saying the same.
    `<header class="report">${org ? `<p class="kicker">${words.title[lang]}</p>` : ""}<h1>${esc(org?.name ?? words.title[lang])}</h1>` +
      `<dl class="meta">${meta.map(([k, v]) => `<dt>${esc(k)}</dt><dd>${esc(v)}</dd>`).join("")}</dl></header>`,
  );
  if (doc.warnings && doc.warnings.length > 0) {
    const list = doc.warnings
      .map((w) => `<li>${esc(warningText(w, lang))}</li>`)
      .join("");
    body.push(`<aside class="warnings" aria-labelledby="warnings-title"><h2 id="warnings-title">${words.warnings[lang]}</h2><ul>${list}</ul></aside>`);
  }
  if (s.keyFigures.length > 0) {
    const breakdowns = s.keyFigures.filter(isBreakdown);
    body.push(
      `<section id="key-figures"><h2>${words.keyFigures[lang]}</h2>${keyFigureCards(s.keyFigures, doc, lang)}` +
        (s.keyFigures.some((i) => !isBreakdown(i) && i.suppressed) ? suppressedNoteLink(lang) : "") +
        breakdowns.map((b, i) => breakdownBlock(b, 100 + i, doc, lang, options)).join("") +
        `</section>`,
    );
  }
  let chartIndex = 0;
  const addSection = (id: string, heading: string, items: readonly ReportIndicator[]): void => {
    if (items.length === 0) return;
    body.push(`<section id="${id}"><h2>${heading}</h2>${indicatorBlock(items, chartIndex, doc, lang, options)}</section>`);
    chartIndex += items.filter(isBreakdown).length;
  };
  addSection("activities", words.otherFigures[lang], s.otherFigures);
  addSection("breakdowns", words.breakdowns[lang], s.breakdowns);
  addSection("signals", words.signals[lang], s.signals);
  body.push(trendSectionHtml(doc, lang));
  body.push(targetSection(doc, lang));
  body.push(comparisonSection(doc, lang));
  body.push(howWeCount(doc, lang));
  const footerBits = footerParts(doc, lang, options.timeZone);
  body.push(`<footer class="report"><p>${footerBits.map(esc).join(" · ")}</p></footer>`);

  return (
    `<!doctype html>\n<html lang="${lang}">\n<head>\n<meta charset="utf-8">\n` +
    `<meta name="viewport" content="width=device-width, initial-scale=1">\n` +
    `<title>${esc(title)}</title>\n<style>${CSS}</style>\n</head>\n<body>\n` +
    `<main>\n${body.filter((b) => b !== "").join("\n")}\n</main>\n</body>\n</html>\n`
  );
}
