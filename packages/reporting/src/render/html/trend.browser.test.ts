// The trend section as Chromium draws it: the columns have their height in proportion to the
// values, the chart stays inside its figure, and every week's row is in the table.
import { chromium } from "playwright-core";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ReportDocument } from "../../document/index.js";
import { fixture } from "../_fixture.js";
import { renderHtml } from "./index.js";

let browser: Browser;
beforeAll(async () => {
  browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--headless", "--no-sandbox", "--disable-gpu"] });
}, 60_000);
afterAll(() => browser?.close());

const cell = (value: number | null) => (value === null ? { value: null, suppressed: true } : { value, suppressed: false });

describe("the trend in Chromium", () => {
  it("draws each shown month as a column as tall as its value, none for a suppressed month, inside the page", async () => {
    const reach = [40, 80, null, null, 20, 60];
    const doc: ReportDocument = {
      ...fixture,
      trend: {
        granularity: "month",
        buckets: reach.map((r, i) => ({ key: `2025-0${i + 1}`, from: `2025-0${i + 1}-01`, to: `2025-0${i + 1}-28`, partial: i === 0, attendances: cell(r === null ? null : r * 3), reach: cell(r) })),
      },
    };
    const page = await browser.newPage({ viewport: { width: 900, height: 1200 } });
    await page.setContent(renderHtml(doc));
    const drawn = await page.$$eval("#trend svg rect", (rects) => rects.map((r) => ({ h: r.getBoundingClientRect().height, right: r.getBoundingClientRect().right })));
    // Four shown months in each of the two panels.
    expect(drawn).toHaveLength(8);
    const heights = drawn.slice(0, 4).map((d) => d.h);
    // 40, 80, 20, 60 children: the heights keep those proportions.
    expect(heights[1]! / heights[0]!).toBeCloseTo(2, 1);
    expect(heights[2]! / heights[0]!).toBeCloseTo(0.5, 1);
    const figure = await page.$eval("#trend figure", (f) => f.getBoundingClientRect().right);
    for (const d of drawn) expect(d.right).toBeLessThanOrEqual(figure + 0.5);
    const rows = await page.$$eval("#trend tbody tr", (trs) => trs.map((tr) => tr.textContent));
    expect(rows).toHaveLength(6);
    expect(rows[2]).toContain("afgeschermd");
    await page.close();
  }, 60_000);
});
