// Inline SVG bar charts for the HTML report. Internal: not exported from the package barrel.
import { esc } from "./escape.js";

/** One bar of a chart: a label and a value, or a suppressed cell (no bar, only its marker). */
export interface Bar {
  readonly label: string;
  readonly value: number | null;
  readonly text: string;
  readonly suppressed: boolean;
}

const WIDTH = 520;
const LABEL_WIDTH = 190;
const VALUE_ROOM = 70;
const ROW = 28;
const BAR = 18;

function truncate(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}\u2026`;
}

/**
 * A horizontal bar chart, one row per bar, scaled to the largest shown value. A suppressed or
 * missing value draws no bar, only its marker.
 */
export function barChart(id: string, title: string, bars: readonly Bar[]): string {
  const max = Math.max(0, ...bars.map((b) => (b.suppressed || b.value === null ? 0 : b.value)));
  const scale = WIDTH - LABEL_WIDTH - VALUE_ROOM;
  const height = bars.length * ROW + 8;
  const rows = bars.map((b, i) => {
    const y = 4 + i * ROW;
    const len = !b.suppressed && b.value !== null && max > 0 ? Math.max(b.value > 0 ? 1 : 0, (b.value / max) * scale) : 0;
    const bar = len > 0 ? `<rect x="${LABEL_WIDTH}" y="${y + (ROW - BAR) / 2}" width="${len.toFixed(1)}" height="${BAR}" class="bar"/>` : "";
    const textClass = b.suppressed ? "val sup" : "val";
    return (
      `<g><text x="${LABEL_WIDTH - 8}" y="${y + ROW / 2}" class="lbl" text-anchor="end" dominant-baseline="central">${esc(truncate(b.label, 24))}</text>` +
      bar +
      `<text x="${LABEL_WIDTH + len + 6}" y="${y + ROW / 2}" class="${textClass}" dominant-baseline="central">${esc(b.text)}</text></g>`
    );
  });
  return (
    `<svg class="chart" role="img" aria-labelledby="${id}-title" viewBox="0 0 ${WIDTH} ${height}" width="100%">` +
    `<title id="${id}-title">${esc(title)}</title>` +
    `<line x1="${LABEL_WIDTH}" y1="0" x2="${LABEL_WIDTH}" y2="${height}" class="axis"/>` +
    rows.join("") +
    `</svg>`
  );
}

/** One pair of a comparison chart: the value now and the earlier value. */
export interface Pair {
  readonly label: string;
  readonly current: number | null;
  readonly currentText: string;
  readonly previous: number | null;
  readonly previousText: string;
}

const PAIR_ROW = 46;
const PAIR_BAR = 16;

/**
 * A comparison chart: per indicator two bars, this period (solid) and the earlier period
 * (light with an outline, so it reads in black and white), each pair scaled to its own larger
 * value. Values that are suppressed or missing draw no bar.
 */
export function pairChart(id: string, title: string, legend: { current: string; previous: string }, pairs: readonly Pair[]): string {
  const scale = WIDTH - LABEL_WIDTH - VALUE_ROOM;
  const top = 30;
  const height = top + pairs.length * PAIR_ROW + 4;
  const rows = pairs.map((p, i) => {
    const y = top + i * PAIR_ROW;
    const max = Math.max(0, p.current ?? 0, p.previous ?? 0);
    const len = (v: number | null): number => (v !== null && max > 0 ? Math.max(v > 0 ? 1 : 0, (v / max) * scale) : 0);
    const lc = len(p.current);
    const lp = len(p.previous);
    const y1 = y + 4;
    const y2 = y + 4 + PAIR_BAR + 4;
    return (
      `<g><text x="${LABEL_WIDTH - 8}" y="${y + PAIR_ROW / 2 - 2}" class="lbl" text-anchor="end" dominant-baseline="central">${esc(truncate(p.label, 24))}</text>` +
      (lc > 0 ? `<rect x="${LABEL_WIDTH}" y="${y1}" width="${lc.toFixed(1)}" height="${PAIR_BAR}" class="bar"/>` : "") +
      `<text x="${LABEL_WIDTH + lc + 6}" y="${y1 + PAIR_BAR / 2}" class="val${p.current === null ? " sup" : ""}" dominant-baseline="central">${esc(p.currentText)}</text>` +
      (lp > 0 ? `<rect x="${LABEL_WIDTH}" y="${y2}" width="${lp.toFixed(1)}" height="${PAIR_BAR}" class="bar prev"/>` : "") +
      `<text x="${LABEL_WIDTH + lp + 6}" y="${y2 + PAIR_BAR / 2}" class="val${p.previous === null ? " sup" : ""}" dominant-baseline="central">${esc(p.previousText)}</text></g>`
    );
  });
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
