// The worker: reading and checking happen here, away from the page, so that the page stays
// responsive with files of a million rows. One job at a time; a new check stops the one before.
import type { ReportAccumulator } from "@kinderwerk/reporting";
import { expandFiles } from "../dataset/expand.js";
import { REPORT_FORMATS } from "../report/formats.js";
import { reportFileName } from "../report/formats.js";
import type { FromWorker, ToWorker } from "../protocol.js";
import { check, CheckRefused } from "./check.js";
import { renderReport } from "./render.js";

const scope = self as unknown as { postMessage(message: FromWorker): void; onmessage: ((event: MessageEvent<ToWorker>) => void) | null };
const post = (message: FromWorker): void => scope.postMessage(message);

let running: { readonly job: number; readonly controller: AbortController } | undefined;
let lastAccumulator: { readonly accumulator: ReportAccumulator; readonly name: string } | undefined;

/** Progress, at most every 100 ms (and always the last). */
function progressPoster(job: number): (file: string, bytesRead: number, totalBytes: number) => void {
  let last = 0;
  return (file, bytesRead, totalBytes) => {
    const now = performance.now();
    if (now - last < 100 && bytesRead < totalBytes) return;
    last = now;
    post({ type: "progress", job, file, bytesRead, totalBytes });
  };
}

async function runCheck(message: Extract<ToWorker, { type: "check" }>): Promise<void> {
  running?.controller.abort();
  const controller = new AbortController();
  running = { job: message.job, controller };
  const started = performance.now();
  try {
    const result = await check(message, controller.signal, progressPoster(message.job));
    if (result.accumulator !== undefined && result.report !== undefined) {
      lastAccumulator = { accumulator: result.accumulator, name: reportFileName(result.report.period, "json", message.lang).replace(/^(rapport|report)/, message.lang === "nl" ? "deeltelling" : "partial-count") };
    }
    post({ type: "checked", job: message.job, files: result.files, complete: result.complete, report: result.report, ms: performance.now() - started });
  } catch (error) {
    if (error instanceof CheckRefused) post({ type: "failed", job: message.job, reason: error.reason, detail: "" });
    else post({ type: "failed", job: message.job, reason: "unexpected", detail: error instanceof Error ? error.message.slice(0, 300) : String(error).slice(0, 300) });
  } finally {
    if (running?.job === message.job) running = undefined;
  }
}

scope.onmessage = (event) => {
  const message = event.data;
  switch (message.type) {
    case "expand":
      void expandFiles(message.files.map((f) => ({ name: f.name, blob: f }))).then(
        (expanded) => post({ type: "expanded", job: message.job, files: expanded.files, passedBy: expanded.passedBy }),
        (error: unknown) => post({ type: "failed", job: message.job, reason: "unexpected", detail: String(error).slice(0, 300) }),
      );
      return;
    case "check":
      void runCheck(message);
      return;
    case "cancel":
      if (running?.job === message.job) running.controller.abort();
      return;
    case "render": {
      const format = REPORT_FORMATS.find((f) => f.id === message.format)!;
      const text = renderReport(message.doc, message.format, message.lang);
      const period = { from: message.doc.period.from, to: message.doc.period.to, id: message.periodId };
      post({ type: "rendered", job: message.job, blob: new Blob([text], { type: format.type }), fileName: reportFileName(period, format.extension, message.lang) });
      return;
    }
    case "state": {
      if (lastAccumulator === undefined) {
        post({ type: "failed", job: message.job, reason: "unexpected", detail: "no report yet" });
        return;
      }
      post({ type: "rendered", job: message.job, blob: new Blob([JSON.stringify(lastAccumulator.accumulator.toJSON())], { type: "application/json" }), fileName: lastAccumulator.name });
      return;
    }
  }
};
