// Section 3: the pseudonym key — made here with Web Crypto, shown so the coordinator can keep it,
// never stored or sent.
import { el, say, saveBlob, words } from "./dom.js";

/**
 * A new key: 32 random bytes from Web Crypto, written in base64url (43 characters). The import uses
 * the text of the key as it is, so the same text gives the same pseudonyms next time.
 *
 * @returns the key
 */
export function newKey(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(32));
  return btoa(String.fromCharCode(...bytes)).replaceAll("+", "-").replaceAll("/", "_").replace(/=+$/, "");
}

/**
 * The key section.
 *
 * @param onChange - the key in use changed (a new key, another key pasted, pseudonyms on or off)
 * @returns the section and the key in use (`undefined` when pseudonyms are off)
 */
export function keySection(onChange: () => void): { readonly section: HTMLElement; key(): string | undefined } {
  const use = el("input", { type: "checkbox", id: "key-use", checked: "" });
  const field = el("input", { type: "text", id: "key", autocomplete: "off", spellcheck: "false", "aria-describedby": "key-hint", class: "key" });
  field.value = newKey();
  const fresh = el("button", { type: "button", id: "key-new", class: "secondary" }, say((t) => t.keyNew));
  const copy = el("button", { type: "button", id: "key-copy", class: "secondary" }, say((t) => t.keyCopy));
  const save = el("button", { type: "button", id: "key-save", class: "secondary" }, say((t) => t.keySave));
  const copied = el("span", { class: "hint", role: "status" });
  fresh.addEventListener("click", () => {
    field.value = newKey();
    onChange();
  });
  copy.addEventListener("click", () => {
    field.select();
    void navigator.clipboard?.writeText(field.value).then(() => (copied.textContent = words().keyCopied), () => document.execCommand("copy"));
  });
  save.addEventListener("click", () => saveBlob(new Blob([`${field.value}\n`], { type: "text/plain" }), "kinderwerk-sleutel.txt"));
  field.addEventListener("change", onChange);
  use.addEventListener("change", () => {
    for (const c of [field, fresh, copy, save]) c.disabled = !use.checked;
    onChange();
  });
  const section = el(
    "section",
    { class: "card", "aria-labelledby": "key-title" },
    el("h2", { id: "key-title" }, say((t) => t.keyTitle)),
    el("p", {}, use, el("label", { for: "key-use", class: "inline" }, say((t) => t.keyUse))),
    el("div", { class: "field" }, el("label", { for: "key" }, say((t) => t.keyLabel)), field),
    el("p", { class: "tools" }, fresh, " ", copy, " ", save, " ", copied),
    el("p", { class: "hint", id: "key-hint" }, say((t) => t.keyHint), " ", say((t) => t.keyWhere)),
  );
  return { section, key: () => (use.checked ? field.value.trim() : undefined) };
}
