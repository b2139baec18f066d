// The page: builds the two forms, validates them with @kinderwerk/core on submit, shows the messages
// next to the fields and keeps the saved records in memory.
import { GENDERS, GenderVocabulary, fieldLabel, formatIssue, labelOf } from "@kinderwerk/core";
import type { Child, Issue, Lang } from "@kinderwerk/core";
import { CHILD_FIELDS, SESSION_FIELDS, checkChild, checkSession, formMessages, localToday, messagesByField } from "./form.js";
import type { AttendanceRowText, FieldText, SessionWithAttendance } from "./form.js";
import { text } from "./text.js";

type Words = (typeof text)[Lang];

// --- state ---
let lang: Lang = "nl";
const children: Child[] = [];
const sessions: SessionWithAttendance[] = [];
let rows: AttendanceRowText[] = [{ childId: "", present: true }];
const shown: Record<"child" | "session", readonly Issue[]> = { child: [], session: [] };
const confirmations: Record<"child" | "session", ((t: Words) => string) | undefined> = { child: undefined, session: undefined };
const confirmationWarnings: Record<"child" | "session", readonly Issue[]> = { child: [], session: [] };

/** Everything whose words depend on the language registers here and runs again on a switch. */
const updaters: ((t: Words) => void)[] = [];

// --- tiny DOM helpers ---
function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Readonly<Record<string, string>> = {},
  ...children: (Node | string)[]
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) node.setAttribute(name, value);
  node.append(...children);
  return node;
}

/** A text node that follows the language. */
function say(words: (t: Words) => string): globalThis.Text {
  const node = document.createTextNode("");
  const update = (t: Words): void => {
    node.data = words(t);
  };
  update(text[lang]);
  updaters.push(update);
  return node;
}

function byId<T extends HTMLElement>(id: string): T | null {
  return document.getElementById(id) as T | null;
}

// --- fields ---
interface FieldOptions {
  readonly hint?: (t: Words) => string;
  readonly optional?: boolean;
  readonly inputMode?: "numeric" | "text";
  readonly placeholder?: string;
}

/** A labelled text field with its hint and the element that shows its messages. */
function textField(form: string, name: string, options: FieldOptions = {}): HTMLElement {
  const id = `${form}-${name}`;
  const input = el("input", { id, name, type: "text", autocomplete: "off", spellcheck: "false" });
  if (options.inputMode) input.inputMode = options.inputMode;
  if (options.placeholder) input.placeholder = options.placeholder;
  if (!options.optional) input.setAttribute("aria-required", "true");
  return wrapField(name, input, options);
}

function genderField(form: string): HTMLElement {
  const select = el("select", { id: `${form}-gender`, name: "gender" });
  const empty = el("option", { value: "" }, say((t) => t.noGender));
  select.append(empty, ...GENDERS.map((code) => el("option", { value: code }, say(() => labelOf(GenderVocabulary, code, lang)))));
  return wrapField("gender", select, { optional: true });
}

function wrapField(name: string, control: HTMLInputElement | HTMLSelectElement, options: FieldOptions): HTMLElement {
  const id = control.id;
  const describedBy: string[] = [];
  const wrapper = el("div", { class: "field" });
  const label = el("label", { for: id }, say(() => fieldLabel([name], lang)));
  if (options.optional) label.append(" ", el("span", { class: "optional" }, say((t) => t.optional)));
  wrapper.append(label);
  if (options.hint) {
    wrapper.append(el("p", { id: `${id}-hint`, class: "hint" }, say(options.hint)));
    describedBy.push(`${id}-hint`);
  }
  describedBy.push(`${id}-error`);
  control.setAttribute("aria-describedby", describedBy.join(" "));
  wrapper.append(control, el("div", { id: `${id}-error`, class: "messages" }));
  return wrapper;
}

function readFields(form: string, fields: readonly string[]): FieldText {
  const values: Record<string, string> = {};
  for (const name of fields) values[name] = byId<HTMLInputElement>(`${form}-${name}`)?.value ?? "";
  return values;
}

// --- messages next to the fields ---
function showIssues(form: "child" | "session", issues: readonly Issue[]): void {
  shown[form] = issues;
  const root = byId(`${form}-form`);
  if (!root) return;
  for (const box of root.querySelectorAll<HTMLElement>(".messages")) box.replaceChildren();
  for (const control of root.querySelectorAll("[aria-invalid]")) control.removeAttribute("aria-invalid");
  const rest: string[] = [];
  let fieldsWithErrors = 0;
  for (const [id, messages] of messagesByField(form, issues, lang)) {
    const box = byId(`${id}-error`);
    if (!box) {
      rest.push(...messages.map((m) => m.text));
      continue;
    }
    box.replaceChildren(...messages.map((m) => el("p", { class: m.severity }, m.text)));
    if (messages.some((m) => m.severity === "error")) {
      fieldsWithErrors++;
      byId(id)?.setAttribute("aria-invalid", "true");
    }
  }
  const summary = byId(`${form}-summary`);
  if (summary) {
    const count = fieldsWithErrors + rest.length;
    summary.replaceChildren(...(count === 0 ? [] : [el("p", {}, text[lang].errorsSummary(count)), ...rest.map((r) => el("p", {}, r))]));
    summary.hidden = count === 0;
  }
}

function focusFirstInvalid(form: string): void {
  byId(`${form}-form`)?.querySelector<HTMLElement>("[aria-invalid='true']")?.focus();
}

function confirm(form: "child" | "session", words: ((t: Words) => string) | undefined, warnings: readonly Issue[] = []): void {
  confirmations[form] = words;
  confirmationWarnings[form] = warnings;
  const box = byId(`${form}-confirmation`);
  if (!box) return;
  const t = text[lang];
  box.replaceChildren(
    ...(words ? [el("p", {}, words(t))] : []),
    ...warnings.map((w) => el("p", { class: "warning" }, `${t.warning} ${formatIssue(w, { lang, messages: formMessages })}`)),
  );
  box.hidden = words === undefined;
}

// --- the child form ---
function childForm(): HTMLElement {
  const form = el("form", { id: "child-form", novalidate: "" });
  form.append(
    el("div", { id: "child-summary", class: "summary", role: "alert", hidden: "" }),
    textField("child", "childId", { hint: (t) => t.childIdHint, placeholder: "kw-0101" }),
    textField("child", "birthDate", { hint: (t) => t.birthDateHint, placeholder: "2016-04-23" }),
    genderField("child"),
    textField("child", "postcode", { hint: (t) => t.postcodeHint, optional: true, placeholder: "5025 KL" }),
    textField("child", "neighbourhood", { optional: true }),
    textField("child", "groep", { hint: (t) => t.groepHint, optional: true, inputMode: "numeric" }),
    el("button", { type: "submit" }, say((t) => t.childSubmit)),
    el("div", { id: "child-confirmation", class: "confirmation", role: "status", hidden: "" }),
  );
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    const result = checkChild(readFields("child", CHILD_FIELDS), new Set(children.map((c) => c.childId)), localToday(new Date()));
    if (!result.ok) {
      confirm("child", undefined);
      showIssues("child", result.issues);
      focusFirstInvalid("child");
      return;
    }
    children.push(result.value);
    const id = result.value.childId;
    form.reset();
    showIssues("child", []);
    confirm("child", (t) => t.childSaved(id), result.issues);
    renderLists();
  });
  return form;
}

// --- the session form with its attendance list ---
function sessionForm(): HTMLElement {
  const form = el("form", { id: "session-form", novalidate: "" });
  const list = el("ol", { id: "attendance-rows", class: "rows" });
  const addButton = el("button", { type: "button", class: "secondary" }, say((t) => t.addRow));
  addButton.addEventListener("click", () => {
    rows = [...readRows(), { childId: "", present: true }];
    renderRows(list);
    byId<HTMLInputElement>(`session-attendance-${rows.length - 1}-childId`)?.focus();
  });
  form.append(
    el("div", { id: "session-summary", class: "summary", role: "alert", hidden: "" }),
    textField("session", "sessionId", { placeholder: "b-2025-10-01" }),
    textField("session", "activityId", { placeholder: "knutselclub" }),
    textField("session", "date", { hint: (t) => t.dateHint, placeholder: "2025-10-01" }),
    textField("session", "startTime", { hint: (t) => t.startTimeHint, optional: true, placeholder: "14:30" }),
    textField("session", "durationMinutes", { inputMode: "numeric", placeholder: "90" }),
    el(
      "fieldset",
      { class: "attendance", "aria-describedby": "session-attendance-error" },
      el("legend", {}, say((t) => t.attendanceHeading)),
      list,
      el("div", { id: "session-attendance-error", class: "messages" }),
      addButton,
    ),
    el("datalist", { id: "known-children" }),
    el("button", { type: "submit" }, say((t) => t.sessionSubmit)),
    el("div", { id: "session-confirmation", class: "confirmation", role: "status", hidden: "" }),
  );
  renderRows(list);
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    rows = readRows();
    const result = checkSession(readFields("session", SESSION_FIELDS), rows, new Set(children.map((c) => c.childId)));
    if (!result.ok) {
      confirm("session", undefined);
      showIssues("session", result.issues);
      focusFirstInvalid("session");
      return;
    }
    sessions.push(result.value);
    const { session, attendance } = result.value;
    const present = attendance.filter((a) => a.present).length;
    form.reset();
    rows = [{ childId: "", present: true }];
    renderRows(list);
    showIssues("session", []);
    confirm("session", (t) => t.sessionSaved(session.sessionId, present, attendance.length), result.issues);
    renderLists();
  });
  return form;
}

function readRows(): AttendanceRowText[] {
  return rows.map((row, i) => ({
    childId: byId<HTMLInputElement>(`session-attendance-${i}-childId`)?.value ?? row.childId,
    present: byId<HTMLInputElement>(`session-attendance-${i}-present`)?.checked ?? row.present,
  }));
}

const rowUpdaters: ((t: Words) => void)[] = [];

function renderRows(list: HTMLElement): void {
  rowUpdaters.length = 0;
  list.replaceChildren(
    ...rows.map((row, i) => {
      const id = `session-attendance-${i}-childId`;
      const label = el("label", { for: id });
      const input = el("input", { id, type: "text", list: "known-children", autocomplete: "off", spellcheck: "false", "aria-describedby": `${id}-error` });
      input.value = row.childId;
      const presentId = `session-attendance-${i}-present`;
      const checkbox = el("input", { id: presentId, type: "checkbox" });
      checkbox.checked = row.present;
      const presentLabel = el("label", { for: presentId, class: "inline" });
      const remove = el("button", { type: "button", class: "link" });
      remove.addEventListener("click", () => {
        rows = readRows().filter((_, j) => j !== i);
        renderRows(list);
      });
      const update = (t: Words): void => {
        label.textContent = `${t.rowLabel(i + 1)} — ${fieldLabel(["childId"], lang)}`;
        presentLabel.textContent = fieldLabel(["present"], lang);
        remove.textContent = t.removeRow;
        remove.setAttribute("aria-label", `${t.removeRow}: ${t.rowLabel(i + 1)}`);
      };
      update(text[lang]);
      rowUpdaters.push(update);
      return el(
        "li",
        { class: "row" },
        el("div", { class: "row-id" }, label, input),
        el("div", { class: "row-present" }, checkbox, presentLabel),
        remove,
        el("div", { id: `${id}-error`, class: "messages" }),
      );
    }),
  );
  showIssues("session", shown.session);
}

// --- saved records ---
function renderLists(): void {
  const t = text[lang];
  const childList = byId("children-list");
  if (childList) {
    const columns = ["childId", "birthDate", "gender", "postcode", "neighbourhood", "groep"] as const;
    childList.replaceChildren(
      children.length === 0
        ? el("p", { class: "empty" }, t.none)
        : el(
            "table",
            {},
            el("thead", {}, el("tr", {}, ...columns.map((c) => el("th", { scope: "col" }, fieldLabel([c], lang))))),
            el(
              "tbody",
              {},
              ...children.map((c) =>
                el(
                  "tr",
                  {},
                  ...columns.map((col) => {
                    const value = c[col];
                    const shownValue = col === "gender" && c.gender ? labelOf(GenderVocabulary, c.gender, lang) : value === undefined ? "—" : String(value);
                    return el("td", {}, shownValue);
                  }),
                ),
              ),
            ),
          ),
    );
  }
  const sessionList = byId("sessions-list");
  if (sessionList) {
    sessionList.replaceChildren(
      sessions.length === 0
        ? el("p", { class: "empty" }, t.none)
        : el(
            "ul",
            {},
            ...sessions.map(({ session, attendance }) =>
              el(
                "li",
                {},
                el("strong", {}, session.sessionId),
                ` · ${session.activityId} · ${session.date}${session.startTime ? ` ${session.startTime}` : ""}: `,
                attendance.map((a) => `${a.childId} (${a.present ? t.presentYes : t.presentNo})`).join(", "),
              ),
            ),
          ),
    );
  }
  const datalist = byId("known-children");
  datalist?.replaceChildren(...children.map((c) => el("option", { value: c.childId })));
}

// --- the language switch ---
function languageSwitch(): HTMLElement {
  const group = el("div", { class: "lang", role: "group" });
  const buttons = (["nl", "en"] as const).map((code) => {
    const button = el("button", { type: "button", lang: code, "aria-pressed": String(code === lang) }, code.toUpperCase());
    button.addEventListener("click", () => setLanguage(code));
    return button;
  });
  updaters.push((t) => {
    group.setAttribute("aria-label", t.language);
    for (const b of buttons) b.setAttribute("aria-pressed", String(b.lang === lang));
  });
  group.append(...buttons);
  return group;
}

function setLanguage(next: Lang): void {
  lang = next;
  const t = text[lang];
  document.documentElement.lang = lang;
  document.title = t.title;
  for (const update of [...updaters, ...rowUpdaters]) update(t);
  showIssues("child", shown.child);
  showIssues("session", shown.session);
  confirm("child", confirmations.child, confirmationWarnings.child);
  confirm("session", confirmations.session, confirmationWarnings.session);
  renderLists();
}

// --- the page ---
const app = byId("app");
if (app) {
  app.replaceChildren(
    el("header", {}, el("h1", {}, say((t) => t.title)), languageSwitch()),
    el("p", { class: "intro" }, say((t) => t.intro)),
    el(
      "main",
      {},
      el("section", { "aria-labelledby": "child-heading", class: "card" }, el("h2", { id: "child-heading" }, say((t) => t.childHeading)), childForm()),
      el("section", { "aria-labelledby": "session-heading", class: "card" }, el("h2", { id: "session-heading" }, say((t) => t.sessionHeading)), sessionForm()),
      el(
        "section",
        { "aria-labelledby": "records-heading", class: "card records" },
        el("h2", { id: "records-heading" }, say((t) => t.registeredHeading)),
        el("div", { id: "children-list" }),
        el("h2", {}, say((t) => t.sessionsHeading)),
        el("div", { id: "sessions-list" }),
        el("p", { class: "hint" }, say((t) => t.storedNote)),
      ),
    ),
  );
  setLanguage(lang);
}
