import type { Issue, IssueParam } from "./issue.js";
import type { Lang } from "./lang.js";

/** Turns an issue's params into a sentence. */
export type MessageFn = (params: Readonly<Record<string, IssueParam>>, issue: Issue) => string;

/** Messages for a set of issue codes, in every language the library speaks. */
export type MessageTable = Readonly<Record<string, Readonly<Record<Lang, MessageFn>>>>;

/**
 * A message table with exactly the codes `Code`: check a table with
 * `satisfies MessagesFor<Code>`, and a missing or an extra code does not compile.
 */
export type MessagesFor<Code extends string> = Readonly<Record<Code, MessageTable[string]>>;
