// End to end: build the page with Vite, serve it on 127.0.0.1 (and open it from the folder), and use
// it as a coordinator would in headless Chromium — with the CLI's own answers as the expected ones.
import { cp, mkdir, mkdtemp, readFile, readdir, rm, writeFile } from "node:fs/promises";
import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { createRequire } from "node:module";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { run } from "@kinderwerk/cli";
import ExcelJS from "exceljs";
import type { Browser, Page } from "playwright-core";
import { build } from "vite";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launch, peakRss, rendererPids, serve, workerHeap } from "./browser.js";
import { LARGE, writeAllRejected, writeLargeDataset } from "./data.js";

const root = fileURLToPath(new URL("..", import.meta.url));
const repo = join(root, "..", "..");
const samples = join(repo, "fixtures", "samples");
/** axe-core, the accessibility checker, put into a page as a script of its own (no request). */
const AXE = await readFile(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");
// The page is given a budget; the CLI divides the demo's budget table: the costs differ by design.
const sameInputs = (id: string): boolean => id !== "costPerChild" && id !== "costPerContactHour";

const DEMO_FILES = [
  "kinderen.csv", "activiteiten.csv", "bijeenkomsten.csv", "aanwezigheid.csv", "signalen.csv", "verwijzingen.csv",
  "wijken.csv", "medewerkers.csv", "inzet.csv", "aanmeldingen.csv", "meldcode.csv", "begroting.csv", "afspraken.csv",
];

let work = "";
let outDir = "";
let server: Server | undefined;
let hits: string[] = [];
let hitsAtLoad = 0;
let browser: Browser | undefined;
let page: Page;
/** Every request the page made after it had loaded. */
const afterLoad: string[] = [];
/** What the test measured, printed at the end. */
const measured: Record<string, string | number> = {};

interface CliFile {
  readonly path: string;
  readonly rows: number;
  readonly accepted: number;
  readonly rejected: number;
  readonly warnings: number;
  readonly issues: readonly { row: number | null; column: string | null; severity: string; message: string }[];
}

/** Run the CLI in-process and give what it printed. */
async function cli(...argv: string[]): Promise<string> {
  const out: string[] = [];
  await run(argv, { stdout: { write: (s: string) => void out.push(s) }, stderr: { write: () => undefined }, cwd: work });
  return out.join("");
}
const cliValidate = async (...paths: string[]): Promise<CliFile[]> => (JSON.parse(await cli("validate", ...paths, "--format", "json", "--max-issues", "100000")) as { files: CliFile[] }).files;
const base = (path: string): string => path.slice(path.lastIndexOf("/") + 1);

/** Do something that starts a check, and wait for the check to end. */
async function andWait(action: () => Promise<unknown>, target: Page = page): Promise<void> {
  const before = Number((await target.getAttribute("body", "data-checks")) ?? "0");
  await action();
  await target.waitForFunction((n) => Number(document.body.dataset["checks"] ?? "0") > n, before, { timeout: 90_000 });
}
const addFiles = (paths: readonly string[], target: Page = page): Promise<void> => andWait(() => target.setInputFiles("#file-input", [...paths]), target);
const removeAll = async (): Promise<void> => {
  if (await page.isVisible("#remove-all")) await page.click("#remove-all");
};
/** The cells of a file's row: rows, accepted, rejected, warnings. */
async function countsOf(label: string, target: Page = page): Promise<number[]> {
  const row = target.locator(`#files tr[data-file="${label}"]`);
  const cells = await row.locator("td.num").allInnerTexts();
  return cells.map((c) => Number(c.replaceAll(".", "")));
}
/** Click something that downloads a file; give its name and bytes. */
async function download(selector: string): Promise<{ name: string; bytes: Buffer }> {
  const [d] = await Promise.all([page.waitForEvent("download"), page.click(selector)]);
  const path = join(work, "downloads", d.suggestedFilename());
  await d.saveAs(path);
  return { name: d.suggestedFilename(), bytes: await readFile(path) };
}
const rejectsButton = (label: string): string => `#files tr[data-file="${label}"] [data-action=rejects]`;

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), "kinderwerk-coordinator-"));
  await mkdir(join(work, "downloads"));
  outDir = join(work, "site");
  await build({ root, logLevel: "silent", build: { outDir, emptyOutDir: true } });
  ({ server, hits } = await serve(outDir));
  await cli("demo", "--out", join(work, "demo"));
  browser = await launch();
  page = await browser.newPage({ viewport: { width: 1280, height: 1000 } });
  page.on("request", (r) => void afterLoad.push(r.url()));
  const { port } = server.address() as AddressInfo;
  await page.goto(`http://127.0.0.1:${port}/`);
  await page.waitForSelector("body[data-ready=true]");
  afterLoad.length = 0;
  hitsAtLoad = hits.length;
}, 90_000);

afterAll(async () => {
  console.log(`coordinator e2e measured: ${JSON.stringify(measured, null, 2)}`);
  await browser?.close();
  await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
  if (work) await rm(work, { recursive: true, force: true });
});

describe("the coordinator's page", () => {
  it("builds to one self-contained HTML file that may connect to nothing", async () => {
    expect(await readdir(outDir)).toEqual(["index.html"]);
    const html = await readFile(join(outDir, "index.html"), "utf8");
    expect(html).toContain("connect-src 'none'");
    expect(html).not.toMatch(/<script[^>]+src=|<link[^>]+href=/);
    expect(html).not.toMatch(/from\s*["']node:/);
    measured["page size (bytes)"] = html.length;
  });

  it("checks the demo dataset as the CLI does: the same tables, counts and issues, in Dutch and English", async () => {
    const demo = join(work, "demo");
    expect(await page.locator("h1").innerText()).toBe("Kinderwerk — bestanden controleren en rapporteren");
    await addFiles([...DEMO_FILES, "LEESMIJ.md"].map((f) => join(demo, f)));
    const expected = await cliValidate(demo);
    for (const f of expected) expect([base(f.path), ...(await countsOf(base(f.path)))]).toEqual([base(f.path), f.rows, f.accepted, f.rejected, f.warnings]);
    expect(await page.inputValue('#files tr[data-file="aanwezigheid.csv"] select')).toBe("attendance");
    expect(await page.innerText("#summary")).toBe("Alle 6.946 rijen zijn goedgekeurd.");
    expect(await page.innerText("#passed-by")).toBe("Overgeslagen: LEESMIJ.md (geen gegevensbestand).");
    expect(await page.innerText("#status")).toBe("Klaar: 13 bestanden gecontroleerd. Alle 6.946 rijen zijn goedgekeurd.");

    await page.click('#files tr[data-file="verwijzingen.csv"] [data-action=issues]');
    const referrals = expected.find((f) => base(f.path) === "verwijzingen.csv")!;
    const shown = async (): Promise<string[]> =>
      (await page.locator("#issues tbody tr").evaluateAll((rows) => rows.map((r) => [...r.children].map((c) => (c as HTMLElement).innerText)))).map(([row, column, , message]) => `Rij ${row}, kolom ${column}: ${message}`);
    expect(await shown()).toEqual(referrals.issues.map((i) => i.message));
    expect(await page.locator("#issues tbody tr td:nth-child(3)").first().innerText()).toBe("waarschuwing");

    await page.click(".lang button[lang=en]");
    const english = (JSON.parse(await cli("validate", demo, "--format", "json", "--lang", "en")) as { files: CliFile[] }).files.find((f) => base(f.path) === "verwijzingen.csv")!;
    const shownEn = (await page.locator("#issues tbody tr td:nth-child(4)").allInnerTexts())[0];
    expect(english.issues[0]!.message).toBe(`Row 6, column consentGround: ${shownEn}`);
    expect(await page.innerText("#summary")).toBe("All 6,946 rows accepted.");
    expect(await page.evaluate(() => document.documentElement.lang)).toBe("en");
    await page.click(".lang button[lang=nl]");
  }, 60_000);

  it("makes the report of a period, with budget and population, as kinderwerk report does; downloads it as JSON and HTML", async () => {
    await page.selectOption("#period-kind", "year");
    await page.fill("#period-value", "2025");
    await page.selectOption("#region", "midden");
    await page.fill("#budget", "€ 120.000");
    await page.fill("#population", "2.400");
    await page.check("#compare");
    await andWait(() => page.click("#make-report"));
    expect(await page.locator("#report-frame").getAttribute("srcdoc")).toContain("Kerncijfers");

    const json = await download('#report-downloads [data-format="json"]');
    expect(json.name).toBe("rapport-2025.json");
    const doc = JSON.parse(json.bytes.toString("utf8")) as { period: unknown; region: string; indicators: { id: string; value?: number | null; rows?: unknown }[]; budget: unknown; population: unknown; comparison?: { indicators: unknown[] } };
    const cliDoc = JSON.parse(await cli("report", join(work, "demo"), "--year", "2025", "--region", "midden", "--compare-previous", "--format", "json", "--generated-at", "2026-01-15T09:00:00Z")) as typeof doc;
    expect(doc.period).toEqual(cliDoc.period);
    expect(doc.region).toBe("midden");
    for (const indicator of cliDoc.indicators.filter((i) => sameInputs(i.id))) expect(doc.indicators.find((i) => i.id === indicator.id)).toEqual(indicator);
    const compared = (d: typeof doc): unknown[] => (d.comparison?.indicators ?? []).filter((e) => sameInputs((e as { id: string }).id));
    expect(compared(cliDoc).length).toBeGreaterThan(0);
    for (const entry of compared(cliDoc)) expect(compared(doc)).toContainEqual(entry);
    expect(doc.budget).toEqual({ amount: 120000, currency: "EUR" });
    expect(doc.population).toEqual({ children4to12: 2400 });
    const reach = doc.indicators.find((i) => i.id === "reach")!.value!;
    expect(doc.indicators.find((i) => i.id === "costPerChild")!.value).toBeCloseTo(120000 / reach, 2);
    expect(doc.indicators.map((i) => i.id)).toContain("reachShare");

    const html = await download('#report-downloads [data-format="html"]');
    expect(html.name).toBe("rapport-2025.html");
    const text = html.bytes.toString("utf8");
    expect(text).toMatch(/^<!doctype html>/i);
    expect(text).toContain('<html lang="nl">');
    expect(text).toMatch(/<svg[^>]* role="img"/);

    // The report follows the language switch.
    await page.click(".lang button[lang=en]");
    await page.waitForFunction(() => document.querySelector("#report-frame")?.getAttribute("srcdoc")?.includes('<html lang="en">'));
    await page.click(".lang button[lang=nl]");
    await page.waitForFunction(() => document.querySelector("#report-frame")?.getAttribute("srcdoc")?.includes('<html lang="nl">'));
  }, 60_000);

  it("passes axe-core's WCAG 2.1 A and AA checks (names, labels, contrast, landmarks), in Dutch and English, the report too", async () => {
    // The page as the test before left it: the demo's files, the issues of one, a report.
    await page.click('#files tr[data-file="verwijzingen.csv"] [data-action=issues]');
    const violations = async (target: Page): Promise<string[]> => {
      if (!(await target.evaluate(() => "axe" in window))) await target.evaluate(AXE); // as the DevTools console runs it, past the page's script policy
      const found = await target.evaluate(async () => {
        const axe = (window as unknown as { axe: { run: (context: Document, options: object) => Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> } }).axe;
        const result = await axe.run(document, { runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] }, iframes: false });
        return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
      });
      return found;
    };
    expect(await violations(page)).toEqual([]);
    await page.click(".lang button[lang=en]");
    expect(await violations(page)).toEqual([]);
    await page.click(".lang button[lang=nl]");
    // The report shown in the page (and downloaded as HTML) on a page of its own.
    const report = await browser!.newPage();
    await report.setContent((await page.locator("#report-frame").getAttribute("srcdoc"))!);
    expect(await violations(report)).toEqual([]);
    await report.close();
  }, 60_000);

  it("pseudonymises with a key made in the page: the same key gives the same pseudonyms, another key others", async () => {
    const key = await page.inputValue("#key");
    expect(key).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const state = async (): Promise<string> => (await download('#report-downloads [data-format="state"]')).bytes.toString("utf8");
    const first = await state();
    expect(first).toMatch(/"kp-[a-z0-9]+/);
    expect(first).not.toContain("kw-0001");
    await andWait(() => page.click("#key-new"));
    const other = await state();
    expect(other).not.toBe(first);
    await andWait(async () => {
      await page.fill("#key", key);
      await page.press("#key", "Tab");
    });
    expect(await state()).toBe(first);
  }, 60_000);

  it("reads the sample files as Dutch Excel, Excel for Mac and a registration system write them", async () => {
    for (const set of [
      ["kinderen-excel-nl.csv", "aanwezigheid-utf8-bom.csv"].map((f) => join(samples, f)),
      [join(samples, "kinderen-excel-mac.csv")],
      (await readdir(join(samples, "registratie-export"))).map((f) => join(samples, "registratie-export", f)),
      (await readdir(join(samples, "excel-nl-v2"))).map((f) => join(samples, "excel-nl-v2", f)),
    ]) {
      await removeAll();
      await addFiles(set);
      for (const f of await cliValidate(...set)) expect([base(f.path), ...(await countsOf(base(f.path)))]).toEqual([base(f.path), f.rows, f.accepted, f.rejected, f.warnings]);
    }
    expect(await page.innerText('#files tr[data-file="aanwezigheid.csv"] th')).toBe("aanwezigheid.csv");
  }, 60_000);

  it("gives each file's rejected rows in the CLI's bytes, and takes them back fixed: the fixed rows come in", async () => {
    await removeAll();
    const broken = join(work, "broken");
    await cp(join(work, "demo"), broken, { recursive: true });
    const children = await readFile(join(broken, "kinderen.csv"), "utf8");
    const damaged = children.replace(/^(kw-0003;)[^;]*/m, "$131-02-2016").replace(/^(kw-0007;)[^;]*/m, "$107-13-2015");
    expect(damaged).not.toBe(children);
    await writeFile(join(broken, "kinderen.csv"), damaged);
    await cli("validate", broken, "--rejects", join(work, "cli-rejects") + "/");
    const expected = await cliValidate(broken);
    await addFiles(DEMO_FILES.map((f) => join(broken, f)));
    for (const f of expected) expect([base(f.path), ...(await countsOf(base(f.path)))]).toEqual([base(f.path), f.rows, f.accepted, f.rejected, f.warnings]);
    const rejectedFiles = expected.filter((f) => f.rejected > 0).map((f) => base(f.path));
    expect(rejectedFiles).toContain("aanwezigheid.csv");
    const rejected = expected.reduce((n, f) => n + f.rejected, 0);
    expect(await page.innerText("#summary")).toBe(`${rejected} van 6.946 rijen afgekeurd.`);

    await page.click('#files tr[data-file="kinderen.csv"] [data-action=issues]');
    expect(await page.locator("#issues tbody tr td:nth-child(4)").allInnerTexts()).toEqual(["31-02-2016 is geen bestaande datum.", expect.stringContaining("07-13-2015")]);
    const screenshot = process.env["COORDINATOR_SCREENSHOT"];
    if (screenshot) {
      await page.evaluate(() => window.scrollTo(0, 0));
      await page.screenshot({ path: screenshot, fullPage: true, clip: { x: 0, y: 0, width: 1280, height: 1180 } });
    }

    const fixes = join(work, "fixes");
    await mkdir(fixes);
    for (const name of rejectedFiles) {
      const got = await download(rejectsButton(name));
      const cliName = name.replace(/\.csv$/, ".afgekeurd.csv");
      expect(got.name).toBe(cliName);
      expect(got.bytes.equals(await readFile(join(work, "cli-rejects", cliName)))).toBe(true);
      // Fixed "in Excel": the two dates of the children; the rest goes back as it is.
      const fixed = name === "kinderen.csv" ? got.bytes.toString("utf8").replace(";kw-0003;31-02-2016", ";kw-0003;28-02-2016").replace(";kw-0007;07-13-2015", ";kw-0007;07-12-2015") : got.bytes.toString("utf8");
      await writeFile(join(fixes, got.name), fixed);
    }
    const kinderenRejects = (await readFile(join(fixes, "kinderen.afgekeurd.csv"), "utf8")).split("\r\n");
    expect(kinderenRejects[0]).toMatch(/^\uFEFF?importfouten;kindId;geboortedatum;/);
    await addFiles(rejectedFiles.map((f) => join(fixes, f.replace(/\.csv$/, ".afgekeurd.csv"))));
    for (const f of expected.filter((e) => e.rejected > 0)) {
      const label = base(f.path).replace(/\.csv$/, ".afgekeurd.csv");
      expect(await countsOf(label)).toEqual([f.rejected, f.rejected, 0, 0]);
      expect(await page.innerText(`#files tr[data-file="${label}"] th`)).toBe(`${label} (aanvulling op ${base(f.path)})`);
    }
    expect(await page.innerText("#summary")).toBe(`Alle 6.946 rijen zijn goedgekeurd. Aanvullingen: ${rejected} van ${rejected} rijen goedgekeurd.`);

    // With every row back, the report is that of the undamaged dataset.
    const json = JSON.parse((await download('#report-downloads [data-format="json"]')).bytes.toString("utf8")) as { indicators: { id: string }[]; warnings?: { code: string }[] };
    const cliDoc = JSON.parse(await cli("report", join(work, "demo"), "--year", "2025", "--region", "midden", "--format", "json")) as typeof json;
    for (const indicator of cliDoc.indicators.filter((i) => sameInputs(i.id))) expect(json.indicators.find((i) => i.id === indicator.id)).toEqual(indicator);
    expect(json.warnings?.some((w) => w.code === "report.rows-rejected")).not.toBe(true);
  }, 60_000);

  it("gives an XLSX input an XLSX rejects file, dropped onto the page, and takes it back fixed", async () => {
    await removeAll();
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet("Kinderen");
    sheet.addRow(["kindId", "geboortedatum", "geslacht"]);
    sheet.addRow(["kw-1", new Date(Date.UTC(2015, 8, 14)), "meisje"]);
    sheet.addRow(["kw-2", "31-02-2016", "jongen"]);
    sheet.addRow(["kw-3", new Date(Date.UTC(2017, 0, 1)), "meisje"]);
    const bytes = Buffer.from(await book.xlsx.writeBuffer());
    // Dropped, as a file dragged from the desktop.
    await andWait(() =>
      page.evaluate(async (b64) => {
        const data = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
        const transfer = new DataTransfer();
        transfer.items.add(new File([data], "kinderen.xlsx"));
        const drop = document.getElementById("drop")!;
        for (const type of ["dragenter", "dragover", "drop"]) drop.dispatchEvent(new DragEvent(type, { bubbles: true, cancelable: true, dataTransfer: transfer }));
      }, bytes.toString("base64")),
    );
    expect(await countsOf("kinderen.xlsx")).toEqual([3, 2, 1, 0]);
    const got = await download(rejectsButton("kinderen.xlsx"));
    expect(got.name).toBe("kinderen.afgekeurd.xlsx");
    expect(got.bytes.subarray(0, 2).toString("latin1")).toBe("PK");
    const rejects = new ExcelJS.Workbook();
    await rejects.xlsx.load(got.bytes as unknown as ArrayBuffer);
    const first = rejects.worksheets[0]!;
    expect(first.getRow(1).values).toEqual([undefined, "importfouten", "kindId", "geboortedatum", "geslacht"]);
    expect(first.getCell("B2").value).toBe("kw-2");
    first.getCell("C2").value = new Date(Date.UTC(2016, 1, 28));
    const fixed = join(work, "fixes", "kinderen.afgekeurd.xlsx");
    await writeFile(fixed, Buffer.from(await rejects.xlsx.writeBuffer()));
    await addFiles([fixed]);
    expect(await countsOf("kinderen.afgekeurd.xlsx")).toEqual([1, 1, 0, 0]);
    expect(await page.innerText("#summary")).toBe("Alle 3 rijen zijn goedgekeurd. Aanvullingen: 1 van 1 rijen goedgekeurd.");
  }, 60_000);

  it("shows 100,000 issues a page of 100 rows at a time, by mouse and by keyboard", async () => {
    await removeAll();
    const many = join(work, "many");
    await mkdir(many);
    await writeAllRejected(join(many, "aanwezigheid.csv"), 120_000);
    await addFiles([join(many, "aanwezigheid.csv")]);
    expect(await countsOf("aanwezigheid.csv")).toEqual([120_000, 0, 120_000, 2]);
    await page.click('#files tr[data-file="aanwezigheid.csv"] [data-action=issues]');
    expect(await page.locator("#issues tbody tr").count()).toBe(100);
    expect(await page.innerText("#issues-range")).toBe("Meldingen 1–100 van 100.000");
    expect(await page.innerText("#issues-truncated")).toContain("Nog 20.002 meldingen zijn niet getoond");
    const turn = await page.evaluate(() => {
      const t0 = performance.now();
      document.getElementById("issues-next")!.click();
      return performance.now() - t0;
    });
    expect(await page.innerText("#issues-range")).toBe("Meldingen 101–200 van 100.000");
    await page.focus("#issues-next");
    await page.keyboard.press("Enter");
    expect(await page.innerText("#issues-range")).toBe("Meldingen 201–300 van 100.000");
    expect(await page.locator("#issues tbody tr").count()).toBe(100);
    const elements = await page.evaluate(() => document.getElementsByTagName("*").length);
    expect(elements).toBeLessThan(3000);
    await page.selectOption("#issue-filter", "warning");
    expect(await page.innerText("#issues-range")).toBe("Meldingen 1–2 van 2");
    const rejects = await download(rejectsButton("aanwezigheid.csv"));
    // Every rejected row is in it, not only the 100,000 issues shown: the file is written as the rows come.
    expect(rejects.bytes.toString("utf8").trimEnd().split("\n")).toHaveLength(120_001);
    measured["issues: DOM rows in the issue table"] = 100;
    measured["issues: elements in the whole page"] = elements;
    measured["issues: turning a page (ms)"] = Math.round(turn);
  }, 90_000);

  it("reads a million attendance rows in its worker in bounded memory, with progress, and stops when asked", async () => {
    await removeAll();
    const large = join(work, "large");
    await mkdir(large);
    const paths = await writeLargeDataset(large);
    // A page of its own, so that its renderer's peak memory is this case's alone.
    const before = new Set(await rendererPids());
    const context = await browser!.newContext();
    const big = await context.newPage();
    big.on("request", (r) => void afterLoad.push(r.url()));
    const { port } = server!.address() as AddressInfo;
    await big.goto(`http://127.0.0.1:${port}/`);
    await big.waitForSelector("body[data-ready=true]");
    const renderer = (await rendererPids()).filter((p) => !before.has(p));
    const cdp = await context.newCDPSession(big);
    const heap = await workerHeap(cdp);
    let peakWorker = 0;
    let peakPage = 0;
    let sawProgress = false;
    const sample = setInterval(() => {
      void heap().then((h) => (peakWorker = Math.max(peakWorker, h)));
      void cdp.send("Runtime.getHeapUsage").then((h) => (peakPage = Math.max(peakPage, h.usedSize)));
      void big.evaluate(() => Number((document.getElementById("progress-bar") as HTMLProgressElement | null)?.value ?? 0)).then((v) => (sawProgress ||= v > 0 && v < 1), () => undefined);
    }, 50);
    const started = Date.now();
    await addFiles(paths, big);
    const wall = Date.now() - started;
    clearInterval(sample);
    expect(await countsOf("aanwezigheid.csv", big)).toEqual([LARGE.attendance, LARGE.attendance, 0, 0]);
    expect(await big.innerText("#summary")).toBe("Alle 1.025.010 rijen zijn goedgekeurd.");
    expect(await big.locator("#report-frame").getAttribute("srcdoc")).toContain("Kerncijfers");
    expect(sawProgress).toBe(true);
    const peakRenderer = Math.max(...(await Promise.all(renderer.map(peakRss))));
    measured["1M rows: check and report in the worker (ms)"] = Number(await big.getAttribute("body", "data-checked-ms"));
    measured["1M rows: from picking the files to the report (ms)"] = wall;
    measured["1M rows: worker JS heap, peak sampled every 50 ms (MB)"] = Math.round(peakWorker / 1e6);
    measured["1M rows: page JS heap, peak sampled (MB)"] = Math.round(peakPage / 1e6);
    measured["1M rows: renderer process (page + worker) peak RSS, VmHWM (MB)"] = Math.round(peakRenderer / 1e6);
    expect(peakWorker).toBeGreaterThan(0);
    expect(peakWorker).toBeLessThan(400e6);
    expect(peakRenderer).toBeLessThan(1.5e9);

    // Check again, and stop part way.
    await andWait(async () => {
      await big.click("#recheck");
      await big.waitForFunction(() => Number((document.getElementById("progress-bar") as HTMLProgressElement).value) > 0.1);
      await big.click("#stop");
    }, big);
    expect(await big.innerText("#status")).toBe("Gestopt: de controle is niet afgemaakt. De cijfers gelden voor wat gelezen was.");
    expect(await big.innerText('#files tr[data-file="aanwezigheid.csv"] th')).toBe("aanwezigheid.csv (gestopt)");
    const [rows] = await countsOf("aanwezigheid.csv", big);
    expect(rows).toBeGreaterThan(0);
    expect(rows).toBeLessThan(LARGE.attendance);
    await context.close();
  }, 120_000);

  it("works opened from a folder (file://)", async () => {
    const local = await browser!.newPage();
    local.on("request", (r) => void afterLoad.push(r.url()));
    await local.goto(`file://${join(outDir, "index.html")}`);
    await local.waitForSelector("body[data-ready=true]");
    await addFiles(DEMO_FILES.map((f) => join(work, "demo", f)), local);
    expect(await local.innerText("#summary")).toBe("Alle 6.946 rijen zijn goedgekeurd.");
    expect(await local.locator("#report-frame").getAttribute("srcdoc")).toContain("Kerncijfers");
    await local.close();
  }, 60_000);

  it("made no request after the page had loaded: the worker and the downloads are blob: URLs of bytes in the page", () => {
    const network = afterLoad.filter((url) => !url.startsWith("blob:") && !url.startsWith("data:"));
    // The second page (the million rows) and the folder page load once each: their own loads, nothing after.
    const { port } = server!.address() as AddressInfo;
    const loads = network.filter((url) => url === `http://127.0.0.1:${port}/` || url.startsWith("file://") && url.endsWith("/index.html"));
    expect(network).toEqual(loads);
    expect(loads).toHaveLength(2);
    expect(hits.length - hitsAtLoad).toBe(1);
    measured["requests after load (blob: downloads and worker)"] = afterLoad.length - network.length;
    measured["requests after load to the network"] = network.length - loads.length;
  });
});
