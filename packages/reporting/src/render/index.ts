// The renderers: pure functions from a report document to text.
export { renderJson } from "./json/index.js";
export { renderCsv } from "./csv/index.js";
export type { RenderCsvOptions } from "./csv/index.js";
export { renderMarkdown } from "./markdown/index.js";
export type { RenderMarkdownOptions } from "./markdown/index.js";
export { renderHtml } from "./html/index.js";
export type { RenderHtmlOptions } from "./html/index.js";
export type { RenderOptions } from "./format.js";
