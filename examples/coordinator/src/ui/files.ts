// Section 1: the drop zone, the files with their table and counts, the progress of a check.
import { TABLE_NAMES, tables, type TableName } from "@kinderwerk/core";
import type { DatasetEntry } from "../protocol.js";
import { datasetTotals } from "../dataset/totals.js";
import { addsTo, type AppState } from "../state.js";
import { formatCount, type Words } from "../text.js";
import { acceptDrops } from "./drop.js";
import { currentLang, el, onLang, say, sayAttr, words } from "./dom.js";

/** What the files section asks the page to do. */
export interface FilesActions {
  add(files: File[]): void;
  setTable(id: string, table: TableName | undefined): void;
  remove(id: string): void;
  removeAll(): void;
  recheck(): void;
  showIssues(id: string): void;
  downloadRejects(id: string): void;
  stop(): void;
}

const ACCEPT = ".csv,.tsv,.txt,.xlsx,.ndjson,.jsonl,.json,.zip";

/** The summary of a check in words: the rows still rejected once the later files (fixed rejects files) came in. */
export function summaryText(state: Pick<AppState, "entries" | "outcomes">, t: Words, lang: "nl" | "en"): string {
  const read = state.entries.flatMap((e) => state.outcomes.get(e.id) ?? []);
  const sum = datasetTotals(read);
  const main = sum.rejected === 0 ? t.allAccepted(formatCount(sum.rows, lang)) : t.someRejected(formatCount(sum.rejected, lang), formatCount(sum.rows, lang));
  return sum.laterRows === 0 ? main : `${main} ${t.later(formatCount(sum.laterAccepted, lang), formatCount(sum.laterRows, lang))}`;
}

function tableSelect(entry: DatasetEntry, actions: FilesActions): HTMLSelectElement {
  const t = words();
  const lang = currentLang();
  const select = el("select", { "aria-label": t.tableOf(entry.label), "data-file": entry.name });
  select.append(el("option", { value: "" }, `— ${t.chooseTable} —`));
  for (const name of TABLE_NAMES) select.append(el("option", { value: name }, tables[name].labels[lang]));
  select.value = entry.table ?? "";
  select.addEventListener("change", () => actions.setTable(entry.id, select.value === "" ? undefined : (select.value as TableName)));
  return select;
}

function fileRow(state: AppState, entry: DatasetEntry, actions: FilesActions): HTMLTableRowElement {
  const t = words();
  const lang = currentLang();
  const o = state.outcomes.get(entry.id);
  const first = addsTo(state.entries, entry);
  const name = el("th", { scope: "row" }, el("span", { class: "file-name" }, entry.label));
  if (first !== undefined) name.append(el("span", { class: "adds-to" }, ` (${t.addsTo(first.label)})`));
  if (o !== undefined && !o.complete) name.append(el("span", { class: "adds-to" }, ` (${t.stoppedShort})`));
  const count = (n: number | undefined, cls = ""): HTMLTableCellElement => el("td", { class: `num ${cls}` }, n === undefined ? "–" : formatCount(n, lang));
  const actionsCell = el("td", { class: "actions" });
  if (o !== undefined && o.errors + o.warnings > 0) {
    const show = el("button", { type: "button", class: "secondary", "aria-label": t.showIssuesOf(entry.label), "data-action": "issues" }, t.showIssues);
    if (state.selected === entry.id) show.setAttribute("aria-pressed", "true");
    show.addEventListener("click", () => actions.showIssues(entry.id));
    actionsCell.append(show);
  }
  if (o?.rejects !== undefined) {
    const dl = el("button", { type: "button", class: "secondary", "aria-label": t.downloadRejectsOf(entry.label), "data-action": "rejects" }, `⬇ ${t.downloadRejects}`);
    dl.addEventListener("click", () => actions.downloadRejects(entry.id));
    actionsCell.append(dl);
  }
  const remove = el("button", { type: "button", class: "link", "aria-label": t.removeOf(entry.label), "data-action": "remove" }, t.remove);
  remove.addEventListener("click", () => actions.remove(entry.id));
  actionsCell.append(remove);
  const row = el("tr", { "data-file": entry.label }, name, el("td", {}, tableSelect(entry, actions)));
  if (o === undefined) row.append(el("td", { class: "num muted", colspan: "4" }, entry.table === undefined ? t.chooseTable : state.running ? "…" : t.notRead));
  else row.append(count(o.rows, "rows"), count(o.accepted, "accepted"), count(o.rejected, o.rejected > 0 ? "rejected bad" : "rejected"), count(o.warnings, "warnings"));
  row.append(actionsCell);
  return row;
}

/** Rebuild a part of the page and give the focus back to the same control (same row, same action). */
function keepFocus(container: HTMLElement, rebuild: () => void): void {
  const active = document.activeElement;
  const row = active instanceof HTMLElement && container.contains(active) ? active.closest("tr")?.dataset["file"] : undefined;
  const action = active instanceof HTMLElement ? (active.dataset["action"] ?? active.tagName.toLowerCase()) : undefined;
  rebuild();
  if (row === undefined || action === undefined) return;
  const again = [...container.querySelectorAll<HTMLElement>("tr")].find((tr) => tr.dataset["file"] === row);
  (again?.querySelector<HTMLElement>(`[data-action="${action}"]`) ?? again?.querySelector<HTMLElement>(action) ?? again?.querySelector<HTMLElement>("button"))?.focus();
}

/**
 * The files section.
 *
 * @param actions - what its controls do
 * @returns the section and its render function
 */
export function filesSection(actions: FilesActions): { readonly section: HTMLElement; render(state: AppState): void } {
  const input = el("input", { type: "file", id: "file-input", multiple: "", accept: ACCEPT, class: "visually-hidden" });
  input.addEventListener("change", () => {
    const files = [...(input.files ?? [])];
    input.value = "";
    if (files.length > 0) actions.add(files);
  });
  const zone = el(
    "div",
    { class: "drop", id: "drop" },
    el("p", { class: "drop-title" }, say((t) => t.dropHint)),
    el("p", {}, el("label", { for: "file-input", class: "button" }, say((t) => t.pick), input)),
    el("p", { class: "hint" }, say((t) => t.fixHint)),
  );
  acceptDrops(zone, actions.add);

  const head = el("tr");
  onLang((t) => {
    head.replaceChildren(
      ...[t.colFile, t.colTable, t.colRows, t.colAccepted, t.colRejected, t.colWarnings, t.colActions].map((h, i) => el("th", { scope: "col", class: i >= 2 && i <= 5 ? "num" : "" }, h)),
    );
  });
  const body = el("tbody");
  const table = el("table", { id: "files" }, el("thead", {}, head), body);
  const empty = el("p", { class: "empty", id: "no-files" }, say((t) => t.noFiles));
  const passed = el("p", { id: "passed-by", class: "hint" });
  const summary = el("p", { id: "summary", class: "summary-line" });

  const bar = el("progress", { id: "progress-bar", max: "1", value: "0" });
  const progressText = el("span", { id: "progress-text" });
  const stop = el("button", { type: "button", id: "stop", class: "secondary" }, say((t) => t.stop));
  stop.addEventListener("click", actions.stop);
  const progress = el("div", { id: "progress", class: "progress", hidden: "" }, bar, progressText, stop);
  sayAttr(bar, "aria-label", (t) => t.reading("", "", "").replace(/[: ]+$/, ""));
  const status = el("p", { id: "status", role: "status", "aria-live": "polite" });

  const recheck = el("button", { type: "button", id: "recheck", class: "secondary" }, say((t) => t.recheck));
  recheck.addEventListener("click", actions.recheck);
  const removeAll = el("button", { type: "button", id: "remove-all", class: "link" }, say((t) => t.removeAll));
  removeAll.addEventListener("click", actions.removeAll);
  const tools = el("p", { class: "tools" }, recheck, " ", removeAll);

  const section = el("section", { class: "card", "aria-labelledby": "files-title" }, el("h2", { id: "files-title" }, say((t) => t.filesTitle)), zone, progress, status, empty, el("div", { class: "table-wrap" }, table), summary, passed, tools);

  function render(state: AppState): void {
    const t = words();
    const lang = currentLang();
    keepFocus(body, () => body.replaceChildren(...state.entries.map((e) => fileRow(state, e, actions))));
    table.hidden = state.entries.length === 0;
    empty.hidden = state.entries.length > 0;
    tools.hidden = state.entries.length === 0;
    recheck.disabled = state.running !== undefined;
    const needTable = state.entries.filter((e) => e.table === undefined).length;
    summary.textContent = [state.outcomes.size > 0 ? summaryText(state, t, lang) : "", needTable > 0 ? t.needTable(needTable) : ""].filter(Boolean).join(" ");
    passed.textContent = state.passedBy.length === 0 ? "" : `${t.passedBy}: ${state.passedBy.map((p) => `${p.label} (${t.reasons[p.reason]})`).join("; ")}.`;
    progress.hidden = state.running === undefined;
    if (state.progress !== undefined) {
      bar.value = state.progress.totalBytes === 0 ? 0 : state.progress.bytesRead / state.progress.totalBytes;
      progressText.textContent = t.reading(state.progress.file, t.sizes(state.progress.bytesRead), t.sizes(state.progress.totalBytes));
    } else {
      bar.value = 0;
      progressText.textContent = "";
    }
    const s = state.status;
    status.className = s?.kind === "failed" ? "status bad" : "status";
    status.textContent =
      s === undefined ? ""
      : s.kind === "done" ? t.done(s.files, summaryText(state, t, lang))
      : s.kind === "stopped" ? t.stopped
      : s.reason === "key-too-short" ? t.keyTooShort
      : s.reason === "no-crypto" ? t.noCrypto
      : `${t.failed}${s.detail}`;
  }
  return { section, render };
}
