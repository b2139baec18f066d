// The HTML report as Chromium draws it: every chart label and value fully visible, nothing cut or
// clipped, the age bands youngest first. With REPORT_SCREENSHOTS=1 it writes the screenshots of
// docs/images (report-nl.png, report-en.png).
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import type { ReportDocument } from "../../document/index.js";
import { fixture } from "../_fixture.js";
import { renderHtml } from "./index.js";

const CHROMIUM = "/usr/bin/chromium";
const present = existsSync(CHROMIUM);
if (!present) console.warn(`renderHtml in Chromium: skipped, ${CHROMIUM} is not installed (apt-get install chromium)`);

/** The fixture with the long names real catalogues and neighbourhoods have. */
const doc: ReportDocument = {
  ...fixture,
  indicators: [
    ...fixture.indicators.map((i) =>
      i.id === "reach.byNeighbourhood" && "rows" in i
        ? { ...i, rows: i.rows.map((r) => (r.key === "De Reit" ? { ...r, key: "Reeshof-Noord en Dalem (inclusief Quirijnstok-Oost)" } : r)) }
        : i,
    ),
    {
      id: "referrals.byDestination",
      unit: "count",
      rows: [
        { key: "cjg", value: 12, suppressed: false, label: { nl: "Centrum voor Jeugd en Gezin (CJG) Tilburg", en: "Centre for Youth and Family (CJG) Tilburg" } },
        { key: "school", value: 1234567, suppressed: false, label: { nl: "Intern begeleider basisschool", en: "School internal counsellor" } },
        { key: "wijkteam", value: null, suppressed: true, suppressedBy: "primary", label: { nl: "Sociaal wijkteam Tilburg-Noord, Reeshof en Udenhout", en: "Neighbourhood social team Tilburg-Noord, Reeshof and Udenhout" } },
        { key: "ggd", value: null, suppressed: true, suppressedBy: "secondary", label: { nl: "GGD Hart voor Brabant", en: "GGD Hart voor Brabant" } },
      ],
    },
  ],
};

interface Clipped {
  readonly text: string;
  readonly why: string;
}

/** In the page: every text of every chart whose box leaves its chart, and every table cell whose text overflows. */
async function clipped(page: Page): Promise<Clipped[]> {
  return page.evaluate(() => {
    const out: { text: string; why: string }[] = [];
    for (const svg of Array.from(document.querySelectorAll("svg.chart"))) {
      const box = svg.getBoundingClientRect();
      for (const t of Array.from(svg.querySelectorAll("text"))) {
        const r = t.getBoundingClientRect();
        const text = t.textContent ?? "";
        if (r.left < box.left - 0.5) out.push({ text, why: `left ${r.left.toFixed(1)} < ${box.left.toFixed(1)}` });
        if (r.right > box.right + 0.5) out.push({ text, why: `right ${r.right.toFixed(1)} > ${box.right.toFixed(1)}` });
        if (r.top < box.top - 0.5 || r.bottom > box.bottom + 0.5) out.push({ text, why: "outside vertically" });
      }
      // Lines of one label must not run into the label of the next row.
      const labels = Array.from(svg.querySelectorAll("text.lbl")).map((t) => t.getBoundingClientRect());
      labels.sort((a, b) => a.top - b.top);
      for (let i = 1; i < labels.length; i++) if (labels[i]!.top < labels[i - 1]!.bottom - 1 && labels[i]!.left < labels[i - 1]!.right) out.push({ text: `label ${i}`, why: "overlaps the label above" });
    }
    for (const cell of Array.from(document.querySelectorAll("td, th, .card .num"))) {
      const el = cell as HTMLElement;
      if (el.scrollWidth > el.clientWidth + 1) out.push({ text: el.textContent ?? "", why: `overflows its cell (${el.scrollWidth} > ${el.clientWidth})` });
    }
    if (document.documentElement.scrollWidth > document.documentElement.clientWidth + 1) out.push({ text: "page", why: "scrolls sideways" });
    return out;
  });
}

/** In the page: the full text of each chart label (its lines joined) of one chart, by its title's start. */
async function chartLabels(page: Page, title: string): Promise<string[]> {
  return page.evaluate((start) => {
    const svg = Array.from(document.querySelectorAll("svg.chart")).find((s) => (s.querySelector("title")?.textContent ?? "").startsWith(start));
    return svg ? Array.from(svg.querySelectorAll("text.lbl")).map((t) => Array.from(t.querySelectorAll("tspan")).map((s) => s.textContent).join(" ")) : [];
  }, title);
}

describe.skipIf(!present)("renderHtml in Chromium", () => {
  let browser: Browser;
  beforeAll(async () => {
    const { chromium } = await import("playwright-core");
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ["--headless", "--no-sandbox", "--disable-gpu"] });
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
  });

  const open = async (d: ReportDocument, lang: "nl" | "en", width: number): Promise<Page> => {
    const page = await browser.newPage({ viewport: { width, height: 1200 } });
    await page.setContent(renderHtml(d, { lang }), { waitUntil: "load" });
    return page;
  };

  for (const lang of ["nl", "en"] as const) {
    for (const width of [1200, 820, 600]) {
      it(`shows every chart label and value whole, in ${lang}, ${width}px wide`, async () => {
        const page = await open(doc, lang, width);
        expect(await clipped(page)).toEqual([]);
        // Wrapped, never cut: the label's lines are the whole label.
        const destinations = await chartLabels(page, lang === "nl" ? "Verwijzingen naar bestemming" : "Referrals by destination");
        expect(destinations).toContain(lang === "nl" ? "Centrum voor Jeugd en Gezin (CJG) Tilburg" : "Centre for Youth and Family (CJG) Tilburg");
        expect(destinations.join(" ")).not.toContain("\u2026");
        await page.close();
      }, 30_000);
    }
  }

  it("would catch a label drawn past the chart's left edge", async () => {
    // The check itself can fail: a label moved left of the chart is reported.
    const page = await open(doc, "nl", 1200);
    await page.evaluate(() => document.querySelector("svg.chart text.lbl tspan")?.setAttribute("x", "-40"));
    expect((await clipped(page)).some((c) => c.why.startsWith("left"))).toBe(true);
    await page.close();
  }, 30_000);

  it("puts the age bands youngest first, and the title once without an organisation", async () => {
    const page = await open({ ...doc, organisation: undefined } as unknown as ReportDocument, "nl", 1200);
    expect(await chartLabels(page, "Bereik naar leeftijd")).toEqual(["Jonger dan 4 jaar", "4 t/m 6 jaar", "7 t/m 9 jaar", "10 t/m 12 jaar", "Ouder dan 12 jaar", "Leeftijd onbekend"]);
    const header = await page.evaluate(() => document.querySelector("header.report")?.textContent ?? "");
    expect(header.match(/Rapportage kinderwerk/g)).toHaveLength(1);
    await page.close();
  }, 30_000);

  it.runIf(process.env["REPORT_SCREENSHOTS"] === "1")("writes the screenshots of docs/images", async () => {
    for (const lang of ["nl", "en"] as const) {
      const page = await open(fixture, lang, 1000);
      const path = fileURLToPath(new URL(`../../../../../docs/images/report-${lang}.png`, import.meta.url));
      // The top of the page: header, key figures, and the charts of the breakdowns.
      await page.screenshot({ path, fullPage: true, clip: { x: 0, y: 0, width: 1000, height: 2600 } });
      expect(existsSync(path)).toBe(true);
      await page.close();
    }
  }, 60_000);
});
