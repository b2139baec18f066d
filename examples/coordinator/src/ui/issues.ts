// Section 2: the issues of one file, a page of them at a time — a real table however many issues a
// file has (100,000 issues are 1,000 pages of 100 rows; the page holds one).
import { formatIssue } from "@kinderwerk/core";
import { importMessages, recordMessages } from "@kinderwerk/import";
import type { ShownIssue } from "../protocol.js";
import type { AppState } from "../state.js";
import { formatCount } from "../text.js";
import { currentLang, el, onLang, say, words } from "./dom.js";

/** The rows of one page of the issue table. */
export const PAGE_SIZE = 100;

export type IssueFilter = "all" | "error" | "warning";

/**
 * The issues that pass a filter, without copying when nothing is filtered.
 *
 * @param issues - the issues of a file
 * @param filter - which to keep
 * @returns the issues kept
 */
export function filterIssues(issues: readonly ShownIssue[], filter: IssueFilter): readonly ShownIssue[] {
  return filter === "all" ? issues : issues.filter((i) => i.severity === filter);
}

/**
 * One page of issues.
 *
 * @param count - how many issues there are
 * @param page - the page asked for (0 is the first; beyond the last gives the last)
 * @returns the first index, the index after the last, the page and the number of pages
 */
export function pageWindow(count: number, page: number): { readonly start: number; readonly end: number; readonly page: number; readonly pages: number } {
  const pages = Math.max(1, Math.ceil(count / PAGE_SIZE));
  const p = Math.min(Math.max(0, Math.trunc(page)), pages - 1);
  return { start: p * PAGE_SIZE, end: Math.min(count, (p + 1) * PAGE_SIZE), page: p, pages };
}

/** An issue's message, in the page's language (the place is in its own columns). */
export function issueText(issue: ShownIssue, lang: "nl" | "en"): string {
  return formatIssue(issue, { lang, messages: [recordMessages, importMessages] });
}

/**
 * The issues section.
 *
 * @returns the section, its render function, and `reset` (back to the first page, for another file)
 */
export function issuesSection(): { readonly section: HTMLElement; render(state: AppState): void; reset(): void } {
  let page = 0;
  let filter: IssueFilter = "all";
  let last: AppState | undefined;
  const title = el("h2", { id: "issues-title" });
  const select = el("select", { id: "issue-filter" });
  onLang((t) => {
    const value = select.value || "all";
    select.replaceChildren(el("option", { value: "all" }, t.filterAll), el("option", { value: "error" }, t.filterErrors), el("option", { value: "warning" }, t.filterWarnings));
    select.value = value;
  });
  select.addEventListener("change", () => {
    filter = select.value as IssueFilter;
    page = 0;
    if (last) render(last);
  });
  const filterField = el("p", { class: "inline-field" }, el("label", { for: "issue-filter" }, say((t) => t.filter)), " ", select);
  const head = el("tr");
  onLang((t) => head.replaceChildren(...[t.colRow, t.colColumn, t.colKind, t.colMessage].map((h, i) => el("th", { scope: "col", class: i === 0 ? "num" : "" }, h))));
  const body = el("tbody");
  const table = el("table", { id: "issues", "aria-describedby": "issues-range" }, el("thead", {}, head), body);
  const range = el("p", { id: "issues-range", "aria-live": "polite" });
  const prev = el("button", { type: "button", id: "issues-prev", class: "secondary" }, say((t) => `‹ ${t.previous}`));
  const next = el("button", { type: "button", id: "issues-next", class: "secondary" }, say((t) => `${t.next} ›`));
  prev.addEventListener("click", () => turn(-1));
  next.addEventListener("click", () => turn(1));
  const pager = el("div", { class: "pager" }, prev, range, next);
  const note = el("p", { id: "issues-truncated", class: "hint" });
  const none = el("p", { class: "empty", id: "issues-none" });
  const section = el("section", { class: "card", id: "issues-section", "aria-labelledby": "issues-title" }, title, none, filterField, pager, el("div", { class: "table-wrap" }, table), note);

  function turn(by: number): void {
    page += by;
    if (last) render(last);
  }

  function render(state: AppState): void {
    last = state;
    const t = words();
    const lang = currentLang();
    const entry = state.entries.find((e) => e.id === state.selected);
    const outcome = state.selected === undefined ? undefined : state.outcomes.get(state.selected);
    title.textContent = entry === undefined ? t.issuesTitle : `${t.issuesTitle}: ${entry.label}`;
    const issues = outcome === undefined ? [] : filterIssues(outcome.issues, filter);
    const showing = outcome !== undefined && outcome.issues.length > 0;
    none.hidden = showing;
    none.textContent = outcome === undefined ? t.issuesNone : t.issuesEmpty;
    for (const part of [filterField, pager, table]) part.hidden = !showing;
    const w = pageWindow(issues.length, page);
    page = w.page;
    const rows: HTMLTableRowElement[] = [];
    for (let i = w.start; i < w.end; i++) {
      const issue = issues[i]!;
      rows.push(
        el(
          "tr",
          { class: issue.severity },
          el("td", { class: "num" }, issue.row === undefined ? t.fileLevel : String(issue.row)),
          el("td", {}, issue.column ?? ""),
          el("td", {}, issue.severity === "error" ? t.error : t.warning),
          el("td", {}, issueText(issue, lang)),
        ),
      );
    }
    body.replaceChildren(...rows);
    range.textContent = issues.length === 0 ? "" : t.pageOf(formatCount(w.start + 1, lang), formatCount(w.end, lang), formatCount(issues.length, lang));
    prev.disabled = w.page === 0;
    next.disabled = w.page >= w.pages - 1;
    const more = outcome === undefined ? 0 : outcome.errors + outcome.warnings - outcome.issues.length;
    note.textContent = outcome?.truncated === true && more > 0 ? t.truncated(formatCount(more, lang)) : "";
  }

  return {
    section,
    render,
    reset() {
      page = 0;
    },
  };
}
