import type { Issue } from "./issue.js";
import { LANGS, type Lang } from "./lang.js";
import type { MessageTable } from "./messageTable.js";

/** Options for `formatIssue`. */
export interface FormatIssueOptions {
  /** The language of the message: `nl` (default) or `en`. */
  readonly lang?: Lang;
  /**
   * Extra message tables, looked up before the core table: an app's own words, or another
   * package's codes (`@kinderwerk/import` passes its own).
   */
  readonly messages?: MessageTable | readonly MessageTable[];
}

/**
 * The message for an issue from the first of the tables that has its code, in the asked
 * language. This is the lookup behind `formatIssue`, which adds core's own table last.
 *
 * @param issue - the issue to explain
 * @param options - the language (an unknown language falls back to `nl`) and the tables an app passed
 * @param base - the tables looked up after the app's own (core's messages)
 * @returns one sentence; for an unknown code a generic one that names the code, never the value
 * @example
 * formatIn(issue("x.y"), { lang: "en" }, []); // => "Invalid value (x.y)."
 */
export function formatIn(issue: Issue, options: FormatIssueOptions, base: readonly MessageTable[]): string {
  // An unknown language (from a URL or a user setting, say) falls back to Dutch rather than throwing.
  const lang: Lang = (LANGS as readonly unknown[]).includes(options.lang) ? (options.lang as Lang) : "nl";
  const extra = options.messages === undefined ? [] : Array.isArray(options.messages) ? options.messages : [options.messages as MessageTable];
  for (const table of [...extra, ...base]) {
    const entry = Object.hasOwn(table, issue.code) ? table[issue.code] : undefined;
    const fn = entry?.[lang] ?? entry?.nl;
    if (typeof fn === "function") return fn(issue.params, issue);
  }
  return lang === "nl" ? `Ongeldige waarde (${issue.code}).` : `Invalid value (${issue.code}).`;
}

/**
 * Combine message tables into one; later tables win for the same code.
 *
 * @param tables - the tables to combine
 * @returns one table
 * @example
 * const mine = mergeMessages(coreMessages, { "value.required": { nl: () => "Vul dit in", en: () => "Fill this in" } });
 */
export function mergeMessages(...tables: readonly MessageTable[]): MessageTable {
  return Object.assign(Object.create(null) as Record<string, MessageTable[string]>, ...tables);
}
