// What the end-to-end test needs around the page: a static server that counts what it serves,
// Chromium, and the memory of the page, its worker and its renderer process.
import { createReadStream } from "node:fs";
import { readdir, readFile, stat } from "node:fs/promises";
import { createServer, type Server } from "node:http";
import { extname, join, normalize, sep } from "node:path";
import { chromium, type Browser, type CDPSession } from "playwright-core";

const TYPES: Readonly<Record<string, string>> = { ".html": "text/html; charset=utf-8", ".js": "text/javascript; charset=utf-8", ".css": "text/css; charset=utf-8" };

/** A static file server for the built page, which remembers every path asked for. */
export function serve(dir: string): Promise<{ readonly server: Server; readonly hits: string[] }> {
  const hits: string[] = [];
  const server = createServer((req, res) => {
    const pathname = decodeURIComponent(new URL(req.url ?? "/", "http://localhost").pathname);
    hits.push(pathname);
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
  return new Promise((resolve) => server.listen(0, "127.0.0.1", () => resolve({ server, hits })));
}

/** Debian's Chromium, headless (never a downloaded browser). */
export function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: "/usr/bin/chromium",
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run", "--disable-sync", "--disable-default-apps"],
  });
}

/** The pids of Chromium's renderer processes. */
export async function rendererPids(): Promise<number[]> {
  const pids: number[] = [];
  for (const name of await readdir("/proc")) {
    if (!/^\d+$/.test(name)) continue;
    const cmd = await readFile(`/proc/${name}/cmdline`, "utf8").catch(() => "");
    if (cmd.includes("chromium") && cmd.includes("--type=renderer")) pids.push(Number(name));
  }
  return pids;
}

/** A process's peak resident memory (VmHWM), in bytes. */
export async function peakRss(pid: number): Promise<number> {
  const status = await readFile(`/proc/${pid}/status`, "utf8");
  return Number(/VmHWM:\s+(\d+) kB/.exec(status)?.[1] ?? 0) * 1024;
}

/**
 * The JS heap of a page's dedicated worker, through the DevTools protocol: the page's session
 * attaches to the worker's target and asks `Runtime.getHeapUsage` there.
 *
 * @param cdp - a CDP session of the page (`context.newCDPSession(page)`)
 * @returns a function giving the worker's used heap in bytes
 */
export async function workerHeap(cdp: CDPSession): Promise<() => Promise<number>> {
  const attached = new Promise<string>((resolve) => {
    cdp.on("Target.attachedToTarget", (event) => {
      if (event.targetInfo.type === "worker") resolve(event.sessionId);
    });
  });
  await cdp.send("Target.setAutoAttach", { autoAttach: true, waitForDebuggerOnStart: false, flatten: false });
  const sessionId = await attached;
  let id = 0;
  const waiting = new Map<number, (result: { usedSize?: number }) => void>();
  cdp.on("Target.receivedMessageFromTarget", (event) => {
    const message = JSON.parse(event.message) as { id?: number; result?: { usedSize?: number } };
    if (message.id !== undefined) waiting.get(message.id)?.(message.result ?? {});
  });
  return () =>
    new Promise((resolve) => {
      const i = ++id;
      waiting.set(i, (r) => {
        waiting.delete(i);
        resolve(r.usedSize ?? 0);
      });
      void cdp.send("Target.sendMessageToTarget", { sessionId, message: JSON.stringify({ id: i, method: "Runtime.getHeapUsage", params: {} }) });
    });
}
