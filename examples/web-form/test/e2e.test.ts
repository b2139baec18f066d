// End to end: build the page with Vite, serve it on 127.0.0.1, and fill it in with headless Chromium.
import { createReadStream } from "node:fs";
import { mkdtemp, rm, stat } from "node:fs/promises";
import { createServer } from "node:http";
import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { extname, join, normalize, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";
import type { Browser, Page } from "playwright-core";
import { build } from "vite";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const root = fileURLToPath(new URL("..", import.meta.url));
const TYPES: Readonly<Record<string, string>> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".svg": "image/svg+xml",
};

/** A tiny static file server for the built page. */
function serve(dir: string): Promise<Server> {
  const server = createServer((req, res) => {
    const pathname = decodeURIComponent(new URL(req.url ?? "/", "http://localhost").pathname);
    const file = normalize(join(dir, pathname === "/" ? "index.html" : pathname));
    if (!file.startsWith(dir + sep)) {
      res.writeHead(404).end();
      return;
    }
    stat(file).then(
      (s) => {
        if (!s.isFile()) throw new Error("not a file");
        res.writeHead(200, { "content-type": TYPES[extname(file)] ?? "application/octet-stream" });
        createReadStream(file).pipe(res);
      },
      () => res.writeHead(404).end(),
    );
  });
  return new Promise((resolve) => server.listen(0, "127.0.0.1", () => resolve(server)));
}

let outDir = "";
let server: Server | undefined;
let browser: Browser | undefined;
let page: Page;
let bundle = "";

beforeAll(async () => {
  outDir = await mkdtemp(join(tmpdir(), "kinderwerk-web-form-"));
  const output = await build({ root, logLevel: "silent", build: { outDir, emptyOutDir: true } });
  bundle = (Array.isArray(output) ? output : [output])
    .flatMap((o) => ("output" in o ? o.output : []))
    .map((chunk) => (chunk.type === "chunk" ? chunk.code : ""))
    .join("\n");
  server = await serve(outDir);
  browser = await chromium.launch({
    executablePath: "/usr/bin/chromium",
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run"],
  });
  page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
  const { port } = server.address() as AddressInfo;
  await page.goto(`http://127.0.0.1:${port}/`);
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
  if (outDir) await rm(outDir, { recursive: true, force: true });
});

async function fill(fields: Readonly<Record<string, string>>): Promise<void> {
  for (const [id, value] of Object.entries(fields)) await page.fill(`#${id}`, value);
}

const messageOf = (id: string): Promise<string> => page.locator(`#${id}-error`).innerText();

describe("the web form", () => {
  it("builds a browser bundle with no node: imports", () => {
    expect(bundle.length).toBeGreaterThan(1000);
    expect(bundle).not.toMatch(/["']node:/);
  });

  it("shows core's Dutch messages next to the fields, then registers the corrected child", async () => {
    await expect(page.locator("h1").innerText()).resolves.toBe("Kinderwerk — inschrijven en presentie");
    await expect(page.locator("label[for=child-birthDate]").innerText()).resolves.toBe("Geboortedatum");

    await fill({ "child-childId": "111222333", "child-birthDate": "2015-02-30", "child-postcode": "12345", "child-groep": "9" });
    await page.click("#child-form button[type=submit]");

    expect(await messageOf("child-childId")).toContain("lijkt op een BSN");
    expect(await messageOf("child-childId")).toBe("Kind-ID lijkt op een BSN. Een welzijnsorganisatie mag geen BSN verwerken: gebruik een pseudoniem.");
    expect(await messageOf("child-birthDate")).toBe('Geboortedatum is geen geldige datum (ingevuld: "2015-02-30"); schrijf bijvoorbeeld 2025-09-14.');
    expect(await messageOf("child-postcode")).toBe("Postcode is geen Nederlandse postcode; schrijf 1234 of 1234 AB.");
    expect(await messageOf("child-groep")).toBe('Groep mag hoogstens 8 zijn (ingevuld: "9").');
    expect(await messageOf("child-neighbourhood")).toBe("");
    expect(await page.locator("#child-summary").innerText()).toBe("Er zijn 4 velden die aandacht nodig hebben.");

    // Accessible: the invalid fields say so, point at their message, and the first one has focus.
    for (const field of ["childId", "birthDate", "postcode", "groep"]) {
      expect(await page.getAttribute(`#child-${field}`, "aria-invalid")).toBe("true");
      expect(await page.getAttribute(`#child-${field}`, "aria-describedby")).toContain(`child-${field}-error`);
    }
    expect(await page.getAttribute("#child-neighbourhood", "aria-invalid")).toBeNull();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("child-childId");
    // The BSN-like number is only in the field the coordinator typed it into, never in a message.
    expect(await page.locator("body").innerText()).not.toContain("111222333");

    // The language switch re-renders labels and messages.
    await page.click(".lang button[lang=en]");
    expect(await page.locator("label[for=child-birthDate]").innerText()).toBe("Birth date");
    expect(await messageOf("child-groep")).toBe('School group must be at most 8 (given: "9").');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe("en");
    await page.click(".lang button[lang=nl]");
    expect(await messageOf("child-childId")).toContain("lijkt op een BSN");

    await fill({ "child-childId": "kw-0101", "child-birthDate": "2015-02-28", "child-postcode": "5025 KL", "child-neighbourhood": "Groenewoud", "child-groep": "4" });
    await page.selectOption("#child-gender", "girl");
    await page.click("#child-form button[type=submit]");

    expect(await page.locator("#child-confirmation").innerText()).toBe("Kind kw-0101 is ingeschreven.");
    expect(await page.locator("#child-form [aria-invalid]").count()).toBe(0);
    expect(await page.locator("#child-summary").isHidden()).toBe(true);
    expect(await page.locator("#children-list tbody tr").allInnerTexts()).toEqual([expect.stringMatching(/^kw-0101\s+2015-02-28\s+Meisje\s+5025\s+Groenewoud\s+4$/)]);
    expect(await page.inputValue("#child-childId")).toBe("");
  }, 60_000);

  it("refuses a second child with the same id", async () => {
    await fill({ "child-childId": "kw-0101", "child-birthDate": "2016-05-01" });
    await page.click("#child-form button[type=submit]");
    expect(await messageOf("child-childId")).toBe("Er is al een kind met dit Kind-ID ingeschreven.");
    await fill({ "child-childId": "kw-0102" });
    await page.click("#child-form button[type=submit]");
    expect(await page.locator("#child-confirmation").innerText()).toBe("Kind kw-0102 is ingeschreven.");
    expect(await page.locator("#children-list tbody tr").count()).toBe(2);
  }, 60_000);

  it("saves a session's attendance once every child on the list is registered", async () => {
    await fill({ "session-sessionId": "b-1", "session-activityId": "knutselclub", "session-date": "2025-10-01", "session-durationMinutes": "0" });
    await fill({ "session-attendance-0-childId": "kw-0101" });
    await page.click("#session-form button.secondary");
    await fill({ "session-attendance-1-childId": "kw-0199" });
    await page.uncheck("#session-attendance-1-present");
    await page.click("#session-form button[type=submit]");

    expect(await messageOf("session-durationMinutes")).toBe('Duur in minuten moet minstens 1 zijn (ingevuld: "0").');
    expect(await messageOf("session-attendance-1-childId")).toBe("Dit kind is (nog) niet ingeschreven. Schrijf het eerst in.");
    expect(await messageOf("session-attendance-0-childId")).toBe("");
    expect(await page.getAttribute("#session-attendance-1-childId", "aria-invalid")).toBe("true");

    await fill({ "session-durationMinutes": "90", "session-attendance-1-childId": "kw-0102" });
    await page.click("#session-form button[type=submit]");
    expect(await page.locator("#session-confirmation").innerText()).toBe("Bijeenkomst b-1 is opgeslagen: 1 van 2 kinderen aanwezig.");
    expect(await page.locator("#sessions-list li").allInnerTexts()).toEqual(["b-1 · knutselclub · 2025-10-01: kw-0101 (aanwezig), kw-0102 (afwezig)"]);
    expect(await page.locator("#attendance-rows li").count()).toBe(1);

    const screenshot = process.env["WEB_FORM_SCREENSHOT"];
    if (screenshot) {
      await fill({ "child-childId": "111222333", "child-birthDate": "2015-02-30", "child-postcode": "12345", "child-groep": "9" });
      await page.click("#child-form button[type=submit]");
      await page.screenshot({ path: screenshot, fullPage: true });
    }
  }, 60_000);
});
