// Render an HTML report in a local Chromium: a full-page PNG and an A4 PDF.
// Usage: node scripts/screenshot.mjs <report.html> <out.png> [out.pdf]
// CLIP_HEIGHT=1400 keeps only the top of the page in the PNG (for the docs).
// Uses the machine's Chromium (/usr/bin/chromium); never downloads a browser.
import { chromium } from "playwright-core";
import { readFileSync } from "node:fs";

const [input, png, pdf] = process.argv.slice(2);
if (!input || !png) {
  console.error("usage: node scripts/screenshot.mjs <report.html> <out.png> [out.pdf]");
  process.exit(2);
}
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium",
  args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run"],
});
try {
  const page = await browser.newPage({ viewport: { width: 900, height: 1200 }, deviceScaleFactor: 1 });
  const requests = [];
  page.on("request", (r) => { if (!r.url().startsWith("data:") && !r.url().startsWith("about:")) requests.push(r.url()); });
  await page.setContent(readFileSync(input, "utf8"), { waitUntil: "load" });
  const clipHeight = Number(process.env.CLIP_HEIGHT ?? 0);
  await page.screenshot(clipHeight > 0 ? { path: png, clip: { x: 0, y: 0, width: 900, height: clipHeight } } : { path: png, fullPage: true });
  if (pdf) {
    const bytes = await page.pdf({ format: "A4", printBackground: true });
    const pages = (bytes.toString("latin1").match(/\/Type\s*\/Page[^s]/g) ?? []).length;
    (await import("node:fs")).writeFileSync(pdf, bytes);
    console.log(`pdf pages: ${pages}`);
  }
  console.log(`network requests: ${requests.length}${requests.length ? ` ${requests.join(" ")}` : ""}`);
} finally {
  await browser.close();
}
