import { LANGS } from "../labels/index.js";
import type { Lang } from "../labels/index.js";
import type { Issue } from "./issue.js";
import { coreMessages } from "./messages/core.js";
import type { MessageTable } from "./messages/types.js";

/** Options for {@link formatIssue}. */
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
 * The message for an issue, in the coordinator's language.
 *
 * Looks the code up in the given tables first, then in the core table; an unknown code gets a
 * generic sentence that names the code, never the offending value.
 *
 * @param issue - the issue to explain
 * @param options - the language (an unknown language falls back to `nl`) and extra message tables
 * @returns one sentence
 * @example
 * formatIssue(issue("child.childId.bsn", ["childId"]));
 * // => "Kind-ID lijkt op een BSN. Een welzijnsorganisatie mag geen BSN verwerken: gebruik een pseudoniem."
 */
export function formatIssue(issue: Issue, options: FormatIssueOptions = {}): string {
  // An unknown language (from a URL or a user setting, say) falls back to Dutch rather than throwing.
  const lang: Lang = (LANGS as readonly unknown[]).includes(options.lang) ? (options.lang as Lang) : "nl";
  const extra = options.messages === undefined ? [] : Array.isArray(options.messages) ? options.messages : [options.messages as MessageTable];
  for (const table of [...extra, coreMessages]) {
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
