// The page: the sections, the dataset the coordinator dropped, and the worker that reads it.
import type { Lang } from "@kinderwerk/core";
import type { FromWorker } from "./protocol.js";
import { defaultSettings, type ReportSettings } from "./report/settings.js";
import { addFiles, withTable, type AppState } from "./state.js";
import { el, onLang, say, saveBlob, setLang, currentLang } from "./ui/dom.js";
import { filesSection } from "./ui/files.js";
import { issuesSection } from "./ui/issues.js";
import { keySection } from "./ui/key.js";
import { reportSection } from "./ui/report.js";
import { WorkerClient } from "./worker/client.js";

const worker = new WorkerClient();
const state: AppState = { entries: [], outcomes: new Map(), passedBy: [], selected: undefined, report: undefined, reportStale: false, running: undefined, progress: undefined, status: undefined };

function render(): void {
  files.render(state);
  issues.render(state);
  report.render(state);
}

/** Read the dataset: a full check (issues, rejects files and the report), or the report only. */
function run(kind: "check" | "report", settings: ReportSettings = report.settings()): void {
  if (state.running !== undefined) worker.cancel(state.running.job);
  if (state.entries.every((e) => e.table === undefined)) {
    state.outcomes = new Map();
    countCheck();
    render();
    return;
  }
  const lang = currentLang();
  const job = worker.start({ type: "check", entries: state.entries, lang, key: key.key(), settings, issues: kind === "check" }, (message) => onCheck(job, kind, message));
  state.running = { job, kind };
  state.progress = undefined;
  state.status = undefined;
  render();
}

function onCheck(job: number, kind: "check" | "report", message: FromWorker): void {
  if (state.running?.job !== job) return;
  if (message.type === "progress") {
    state.progress = { file: message.file, bytesRead: message.bytesRead, totalBytes: message.totalBytes };
    files.render(state);
    return;
  }
  worker.done(job);
  state.running = undefined;
  state.progress = undefined;
  if (message.type === "failed") state.status = { kind: "failed", reason: message.reason, detail: message.detail };
  if (message.type === "checked") {
    if (kind === "check") {
      state.outcomes = new Map(message.files.map((f) => [f.id, f]));
      if (state.selected !== undefined && !state.outcomes.has(state.selected)) state.selected = undefined;
    }
    if (message.report !== undefined) {
      state.report = message.report;
      state.reportStale = false;
    }
    state.status = message.complete ? { kind: "done", files: message.files.length } : { kind: "stopped" };
    // For tests and for the curious: how long the last check took, and how many checks ended.
    document.body.dataset["checkedMs"] = String(Math.round(message.ms));
  }
  countCheck();
  render();
}

/** Count the checks that ended (tests wait for the next one). */
function countCheck(): void {
  document.body.dataset["checks"] = String(Number(document.body.dataset["checks"] ?? "0") + 1);
}

const files = filesSection({
  add(dropped) {
    void worker.ask({ type: "expand", files: dropped }).then((message) => {
      if (message.type !== "expanded") return;
      state.entries = addFiles(state.entries, message.files);
      state.passedBy = [...state.passedBy.filter((p) => !message.passedBy.some((q) => q.label === p.label)), ...message.passedBy];
      run("check");
    });
  },
  setTable(id, table) {
    state.entries = withTable(state.entries, id, table);
    run("check");
  },
  remove(id) {
    state.entries = state.entries.filter((e) => e.id !== id);
    state.outcomes.delete(id);
    if (state.selected === id) state.selected = undefined;
    if (state.entries.length === 0) clear();
    else run("check");
  },
  removeAll: clear,
  recheck: () => run("check"),
  showIssues(id) {
    state.selected = id;
    issues.reset();
    render();
    document.getElementById("issues-section")?.scrollIntoView({ block: "start" });
  },
  downloadRejects(id) {
    const rejects = state.outcomes.get(id)?.rejects;
    if (rejects !== undefined) saveBlob(rejects.blob, rejects.name);
  },
  stop() {
    if (state.running !== undefined) worker.cancel(state.running.job);
  },
});

function clear(): void {
  if (state.running !== undefined) worker.cancel(state.running.job);
  Object.assign(state, { entries: [], outcomes: new Map(), passedBy: [], selected: undefined, report: undefined, reportStale: false, running: undefined, progress: undefined, status: undefined });
  render();
}

const issues = issuesSection();
const key = keySection(() => {
  if (state.entries.length > 0) run("check");
});
const report = reportSection(defaultSettings(new Date()), {
  make: (settings) => run(state.outcomes.size === 0 ? "check" : "report", settings),
  download(format) {
    if (state.report === undefined) return;
    const lang = currentLang();
    void worker.ask({ type: "render", doc: state.report.doc, periodId: state.report.period.id, format, lang }).then((m) => {
      if (m.type === "rendered") saveBlob(m.blob, m.fileName);
    });
  },
  downloadState() {
    void worker.ask({ type: "state" }).then((m) => {
      if (m.type === "rendered") saveBlob(m.blob, m.fileName);
    });
  },
  changed() {
    if (state.report !== undefined && !state.reportStale) {
      state.reportStale = true;
      report.render(state);
    }
  },
});

// The report follows the language: it is rendered again from its document.
function rerenderReport(lang: Lang): void {
  const shown = state.report;
  if (shown === undefined) return;
  void worker.ask({ type: "render", doc: shown.doc, periodId: shown.period.id, format: "html", lang }).then(async (m) => {
    if (m.type !== "rendered" || state.report !== shown) return;
    state.report = { ...shown, html: await m.blob.text() };
    report.render(state);
  });
}

function languageSwitch(): HTMLElement {
  const nav = el("nav", { class: "lang" });
  onLang((t) => nav.setAttribute("aria-label", t.language));
  for (const [code, name] of [["nl", "Nederlands"], ["en", "English"]] as const) {
    const b = el("button", { type: "button", lang: code, "aria-pressed": String(code === "nl") }, name);
    b.addEventListener("click", () => {
      setLang(code);
      for (const other of nav.querySelectorAll("button")) other.setAttribute("aria-pressed", String(other === b));
      document.title = document.querySelector("h1")?.textContent ?? document.title;
      render();
      rerenderReport(code);
    });
    nav.append(b);
  }
  return nav;
}

const app = document.getElementById("app")!;
app.replaceChildren(
  el("header", {}, el("h1", {}, say((t) => t.title)), languageSwitch()),
  el("p", { class: "intro" }, say((t) => t.intro)),
  el("aside", { class: "privacy", id: "privacy", "aria-labelledby": "privacy-title" }, el("h2", { id: "privacy-title" }, say((t) => t.privacyTitle)), el("p", {}, say((t) => t.privacy))),
  el("main", {}, files.section, issues.section, key.section, report.section),
);
render();
document.body.dataset["ready"] = "true";
