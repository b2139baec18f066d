// Section 4: the report's choices, the report itself (reporting's HTML, embedded) and its downloads.
import { REPORT_FORMATS, type ReportFormatId } from "../report/formats.js";
import { PERIOD_CHOICES, PERIOD_EXAMPLES, REGIONS, readSettings, type PeriodChoice, type ReportSettings, type SettingsProblem } from "../report/settings.js";
import type { AppState } from "../state.js";
import { currentLang, el, onLang, say, words } from "./dom.js";
import type { Words } from "../text.js";

/** What the report section asks the page to do. */
export interface ReportActions {
  make(settings: ReportSettings): void;
  download(format: ReportFormatId): void;
  downloadState(): void;
  changed(): void;
}

function field(id: string, label: (t: Words) => string, control: HTMLElement, hint?: (t: Words) => string, optional = false): HTMLElement {
  const wrapper = el("div", { class: "field" }, el("label", { for: id }, say(label), ...(optional ? [" ", el("span", { class: "optional" }, say((t) => t.optional))] : [])));
  const described = [`${id}-error`];
  if (hint) {
    wrapper.append(el("p", { class: "hint", id: `${id}-hint` }, say(hint)));
    described.unshift(`${id}-hint`);
  }
  control.setAttribute("aria-describedby", described.join(" "));
  wrapper.append(control, el("p", { class: "field-error", id: `${id}-error` }));
  return wrapper;
}

/**
 * The report section.
 *
 * @param initial - the settings to start with
 * @param actions - what its controls do
 * @returns the section and its render function
 */
export function reportSection(initial: ReportSettings, actions: ReportActions): { readonly section: HTMLElement; render(state: AppState): void; settings(): ReportSettings } {
  const kind = el("select", { id: "period-kind" });
  onLang((t) => {
    const v = kind.value || initial.periodKind;
    kind.replaceChildren(...PERIOD_CHOICES.map((k) => el("option", { value: k }, t.kinds[k])));
    kind.value = v;
  });
  const value = el("input", { type: "text", id: "period-value", autocomplete: "off", spellcheck: "false", inputmode: "numeric" });
  value.value = initial.periodValue;
  const from = el("input", { type: "date", id: "period-from" });
  const to = el("input", { type: "date", id: "period-to" });
  from.value = initial.from;
  to.value = initial.to;
  const region = el("select", { id: "region" });
  onLang((t) => {
    const v = region.value;
    region.replaceChildren(el("option", { value: "" }, `— ${t.regionNone} —`), ...REGIONS.map((r) => el("option", { value: r }, t.regions[r])));
    region.value = v;
  });
  const organisation = el("input", { type: "text", id: "organisation", autocomplete: "organization" });
  const budget = el("input", { type: "text", id: "budget", inputmode: "decimal", autocomplete: "off" });
  const population = el("input", { type: "text", id: "population", inputmode: "numeric", autocomplete: "off" });
  const compare = el("input", { type: "checkbox", id: "compare" });
  const example = (t: Words): string => (kind.value === "custom" ? "" : t.periodExample(PERIOD_EXAMPLES[(kind.value || "year") as Exclude<PeriodChoice, "custom">]));
  const valueField = field("period-value", (t) => t.periodValue, value, example);
  const customFields = el("div", { class: "pair" }, field("period-from", (t) => t.from, from), field("period-to", (t) => t.to, to));
  const submit = el("button", { type: "submit", id: "make-report" }, say((t) => t.makeReport));
  const form = el(
    "form",
    { id: "report-form", novalidate: "" },
    el("div", { class: "grid" }, field("period-kind", (t) => t.periodKind, kind), valueField, customFields, field("region", (t) => t.region, region, (t) => t.regionHint, true)),
    el("div", { class: "grid" }, field("organisation", (t) => t.organisation, organisation, undefined, true), field("budget", (t) => t.budget, budget, (t) => t.budgetHint, true), field("population", (t) => t.population, population, (t) => t.populationHint, true)),
    el("p", {}, compare, el("label", { for: "compare", class: "inline" }, say((t) => t.compare))),
    el("p", {}, submit, " ", el("span", { id: "report-note", class: "hint", role: "status" })),
  );

  const settings = (): ReportSettings => ({
    periodKind: (kind.value || "year") as PeriodChoice,
    periodValue: value.value,
    from: from.value,
    to: to.value,
    region: region.value as ReportSettings["region"],
    budget: budget.value,
    population: population.value,
    organisation: organisation.value,
    comparePrevious: compare.checked,
  });
  const showKind = (): void => {
    valueField.hidden = kind.value === "custom";
    customFields.hidden = kind.value !== "custom";
    const hint = valueField.querySelector(".hint");
    if (hint) hint.textContent = example(words());
  };
  kind.addEventListener("change", showKind);
  onLang(() => showKind());
  form.addEventListener("input", actions.changed);
  form.addEventListener("change", actions.changed);

  const problemsOf: Record<SettingsProblem, { readonly controls: HTMLElement[]; readonly text: (t: Words) => string }> = {
    period: { controls: [value, from, to], text: (t) => t.periodProblem },
    budget: { controls: [budget], text: (t) => t.budgetProblem },
    population: { controls: [population], text: (t) => t.populationProblem },
  };
  const showProblems = (problems: readonly SettingsProblem[]): void => {
    for (const [name, p] of Object.entries(problemsOf) as [SettingsProblem, (typeof problemsOf)[SettingsProblem]][]) {
      const on = problems.includes(name);
      for (const c of p.controls) {
        if (on) c.setAttribute("aria-invalid", "true");
        else c.removeAttribute("aria-invalid");
        const message = document.getElementById(`${c.id}-error`);
        if (message) message.textContent = on && (c === p.controls[0] || name === "period") && !(c.closest("[hidden]")) ? p.text(words()) : "";
      }
    }
  };
  form.addEventListener("submit", (e) => {
    e.preventDefault();
    const read = readSettings(settings());
    showProblems(read.ok ? [] : read.problems);
    if (!read.ok) {
      const first = read.problems[0] === undefined ? undefined : problemsOf[read.problems[0]].controls.find((c) => !c.closest("[hidden]"));
      first?.focus();
      return;
    }
    actions.make(settings());
  });

  const frame = el("iframe", { id: "report-frame", sandbox: "allow-same-origin", class: "report-frame" });
  onLang((t) => frame.setAttribute("title", t.reportFrame));
  frame.addEventListener("load", () => {
    const doc = frame.contentDocument;
    if (doc?.documentElement) frame.style.height = `${doc.documentElement.scrollHeight + 24}px`;
  });
  const downloads = el("div", { class: "downloads", id: "report-downloads" });
  const stale = el("p", { id: "report-stale", class: "hint", hidden: "" }, say((t) => t.reportStale));
  let shownHtml = "";

  const section = el("section", { class: "card wide", "aria-labelledby": "report-title" }, el("h2", { id: "report-title" }, say((t) => t.reportTitle)), form, stale, downloads, frame);

  function render(state: AppState): void {
    const t = words();
    const lang = currentLang();
    submit.disabled = state.running !== undefined;
    const note = document.getElementById("report-note");
    if (note) note.textContent = state.entries.length === 0 ? t.reportNeedsFiles : "";
    stale.hidden = !(state.reportStale && state.report !== undefined);
    frame.hidden = state.report === undefined;
    downloads.hidden = state.report === undefined;
    if (state.report !== undefined && shownHtml !== state.report.html) {
      shownHtml = state.report.html;
      frame.srcdoc = state.report.html;
    }
    const buttons = REPORT_FORMATS.map((f) => {
      const b = el("button", { type: "button", class: "secondary", "data-format": f.id }, `⬇ ${f.label[lang]}`);
      b.addEventListener("click", () => actions.download(f.id));
      return b;
    });
    const state_ = el("button", { type: "button", class: "secondary", "data-format": "state" }, `⬇ ${t.downloadState}`);
    state_.addEventListener("click", actions.downloadState);
    const focused = document.activeElement instanceof HTMLElement ? document.activeElement.dataset["format"] : undefined;
    downloads.replaceChildren(el("span", { class: "label" }, `${t.download}:`), ...buttons, state_);
    if (focused !== undefined) downloads.querySelector<HTMLElement>(`[data-format="${focused}"]`)?.focus();
  }

  return { section, render, settings };
}
