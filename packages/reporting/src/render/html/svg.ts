// Inline SVG bar charts for the HTML report. Internal: not exported from the package barrel.
import { esc } from "./escape.js";
import type { ComparisonPair } from "../content.js";

/** One bar of a chart: a label and a value, or a suppressed cell (no bar, only its marker). */
export interface Bar {
  readonly label: string;
  readonly value: number | null;
  readonly text: string;
  readonly suppressed: boolean;
}

const WIDTH = 520;
const LABEL_WIDTH = 190;
const MIN_VALUE_ROOM = 70;
const ROW = 28;
const BAR = 18;
/** The line height of a wrapped label. */
const LINE = 16;
/**
 * The widest a character of the chart's 13.5px sans-serif is taken to be: wider than the average
 * letter of the common system fonts (DejaVu Sans, Segoe UI, Roboto, Helvetica), so that text
 * measured by it fits.
 */
const CHAR = 13.5 * 0.64;

/** The width a text is taken to need, in chart units (see {@link CHAR}). */
export function textWidth(text: string): number {
  return [...text].length * CHAR;
}

/**
 * A label in lines that fit `width`: broken between words, a word longer than a line broken with a
 * hyphen. Never cut short: every character of the label is in a line.
 */
export function wrapLabel(text: string, width: number = LABEL_WIDTH - 12): string[] {
  const max = Math.max(4, Math.floor(width / CHAR));
  const lines: string[] = [];
  let line = "";
  for (let word of text.split(/\s+/).filter((w) => w !== "")) {
    while ([...word].length > max) {
      const room = line === "" ? max : max - [...line].length - 1;
      if (room < 3) {
        lines.push(line);
        line = "";
        continue;
      }
      const chars = [...word];
      const head = chars.slice(0, room - 1).join("") + "-";
      lines.push(line === "" ? head : `${line} ${head}`);
      line = "";
      word = chars.slice(room - 1).join("");
    }
    if (line === "") line = word;
    else if ([...line].length + 1 + [...word].length <= max) line = `${line} ${word}`;
    else {
      lines.push(line);
      line = word;
    }
  }
  if (line !== "" || lines.length === 0) lines.push(line);
  return lines;
}

/** A label's text element: one `tspan` per line, the block centred on `centre`, right-aligned at `x`. */
function labelText(lines: readonly string[], x: number, centre: number): string {
  const first = centre - ((lines.length - 1) * LINE) / 2;
  const spans = lines.map((l, i) => `<tspan x="${x}" y="${first + i * LINE}">${esc(l)}</tspan>`).join("");
  return `<text class="lbl" text-anchor="end" dominant-baseline="central">${spans}</text>`;
}

/** The room right of the longest bar: wide enough for the longest value text written there. */
function valueRoom(texts: readonly string[]): number {
  return Math.max(MIN_VALUE_ROOM, ...texts.map((t) => Math.ceil(textWidth(t) + 12)));
}

/**
 * A horizontal bar chart, one row per bar, scaled to the largest shown value. A suppressed or
 * missing value draws no bar, only its words. Labels wrap onto more lines (a row grows with them);
 * the room for the values grows with the longest value text, so nothing is cut.
 */
export function barChart(id: string, title: string, bars: readonly Bar[]): string {
  const max = Math.max(0, ...bars.map((b) => (b.suppressed || b.value === null ? 0 : b.value)));
  const scale = WIDTH - LABEL_WIDTH - valueRoom(bars.filter((b) => !b.suppressed && b.value !== null).map((b) => b.text));
  let y = 4;
  const rows = bars.map((b) => {
    const lines = wrapLabel(b.label);
    const height = Math.max(ROW, lines.length * LINE + 10);
    const centre = y + height / 2;
    const len = !b.suppressed && b.value !== null && max > 0 ? Math.max(b.value > 0 ? 1 : 0, (b.value / max) * scale) : 0;
    const bar = len > 0 ? `<rect x="${LABEL_WIDTH}" y="${centre - BAR / 2}" width="${len.toFixed(1)}" height="${BAR}" class="bar"/>` : "";
    const textClass = b.suppressed ? "val sup" : "val";
    y += height;
    return `<g>${labelText(lines, LABEL_WIDTH - 8, centre)}${bar}<text x="${(LABEL_WIDTH + len + 6).toFixed(1)}" y="${centre}" class="${textClass}" dominant-baseline="central">${esc(b.text)}</text></g>`;
  });
  const height = y + 4;
  return (
    `<svg class="chart" role="img" aria-labelledby="${id}-title" viewBox="0 0 ${WIDTH} ${height}" width="100%">` +
    `<title id="${id}-title">${esc(title)}</title>` +
    `<line x1="${LABEL_WIDTH}" y1="0" x2="${LABEL_WIDTH}" y2="${height}" class="axis"/>` +
    rows.join("") +
    `</svg>`
  );
}

/** One pair of a comparison chart: the value now and the earlier value (see `comparisonPairs`). */
export type Pair = ComparisonPair;

const PAIR_ROW = 46;
const PAIR_BAR = 16;

/**
 * A comparison chart: per indicator two bars, this period (solid) and the earlier period
 * (light with an outline, so it reads in black and white), each pair scaled to its own larger
 * value. Values that are suppressed or missing draw no bar. Labels wrap; the room for the values
 * grows with the longest value text.
 */
export function pairChart(id: string, title: string, legend: { current: string; previous: string }, pairs: readonly Pair[]): string {
  const scale = WIDTH - LABEL_WIDTH - valueRoom(pairs.flatMap((p) => [...(p.current === null ? [] : [p.currentText]), ...(p.previous === null ? [] : [p.previousText])]));
  const top = 30;
  let y = top;
  const rows = pairs.map((p) => {
    const lines = wrapLabel(p.label);
    const height = Math.max(PAIR_ROW, lines.length * LINE + 10);
    const max = Math.max(0, p.current ?? 0, p.previous ?? 0);
    const len = (v: number | null): number => (v !== null && max > 0 ? Math.max(v > 0 ? 1 : 0, (v / max) * scale) : 0);
    const lc = len(p.current);
    const lp = len(p.previous);
    const y1 = y + (height - 2 * PAIR_BAR - 4) / 2;
    const y2 = y1 + PAIR_BAR + 4;
    const label = labelText(lines, LABEL_WIDTH - 8, y + height / 2);
    y += height;
    return (
      `<g>${label}` +
      (lc > 0 ? `<rect x="${LABEL_WIDTH}" y="${y1}" width="${lc.toFixed(1)}" height="${PAIR_BAR}" class="bar"/>` : "") +
      `<text x="${(LABEL_WIDTH + lc + 6).toFixed(1)}" y="${y1 + PAIR_BAR / 2}" class="val${p.current === null ? " sup" : ""}" dominant-baseline="central">${esc(p.currentText)}</text>` +
      (lp > 0 ? `<rect x="${LABEL_WIDTH}" y="${y2}" width="${lp.toFixed(1)}" height="${PAIR_BAR}" class="bar prev"/>` : "") +
      `<text x="${(LABEL_WIDTH + lp + 6).toFixed(1)}" y="${y2 + PAIR_BAR / 2}" class="val${p.previous === null ? " sup" : ""}" dominant-baseline="central">${esc(p.previousText)}</text></g>`
    );
  });
  const height = y + 4;
  const legendSvg =
    `<g class="legend"><rect x="${LABEL_WIDTH}" y="6" width="14" height="14" class="bar"/>` +
    `<text x="${LABEL_WIDTH + 20}" y="13" class="lbl" dominant-baseline="central">${esc(legend.current)}</text>` +
    `<rect x="${LABEL_WIDTH + 140}" y="6" width="14" height="14" class="bar prev"/>` +
    `<text x="${LABEL_WIDTH + 160}" y="13" class="lbl" dominant-baseline="central">${esc(legend.previous)}</text></g>`;
  return (
    `<svg class="chart" role="img" aria-labelledby="${id}-title" viewBox="0 0 ${WIDTH} ${height}" width="100%">` +
    `<title id="${id}-title">${esc(title)}</title>` +
    legendSvg +
    `<line x1="${LABEL_WIDTH}" y1="${top}" x2="${LABEL_WIDTH}" y2="${height}" class="axis"/>` +
    rows.join("") +
    `</svg>`
  );
}
