// Small DOM helpers: elements, and text that follows the page's language.
import type { Lang } from "@kinderwerk/core";
import { text, type Words } from "../text.js";

let lang: Lang = "nl";
const updaters: ((t: Words) => void)[] = [];

/** The page's language. */
export const currentLang = (): Lang => lang;
/** The words of the page's language. */
export const words = (): Words => text[lang];

/**
 * Switch the page's language: every text made with {@link say} and every {@link onLang} runs again.
 *
 * @param next - the language
 */
export function setLang(next: Lang): void {
  lang = next;
  document.documentElement.lang = next;
  for (const update of updaters) update(text[next]);
}

/** Run `update` now and on every switch of language. */
export function onLang(update: (t: Words) => void): void {
  update(text[lang]);
  updaters.push(update);
}

/** An element with attributes and children. */
export function el<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Readonly<Record<string, string>> = {}, ...children: (Node | string)[]): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) node.setAttribute(name, value);
  node.append(...children);
  return node;
}

/** A text node that follows the language. */
export function say(pick: (t: Words) => string): Text {
  const node = document.createTextNode("");
  onLang((t) => {
    node.data = pick(t);
  });
  return node;
}

/** An attribute that follows the language. */
export function sayAttr(node: Element, name: string, pick: (t: Words) => string): void {
  onLang((t) => node.setAttribute(name, pick(t)));
}

/**
 * Save a Blob as a file: the browser's own download of bytes it holds, no request leaves the page.
 *
 * @param blob - the bytes
 * @param name - the file name offered
 */
export function saveBlob(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const a = el("a", { href: url, download: name });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
