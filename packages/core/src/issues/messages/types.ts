import type { Lang } from "../../labels/index.js";
import type { Issue, IssueParam } from "../issue.js";

/** Turns an issue's params into a sentence. */
export type MessageFn = (params: Readonly<Record<string, IssueParam>>, issue: Issue) => string;

/** Messages for a set of issue codes, in every language the library speaks. */
export type MessageTable = Readonly<Record<string, Readonly<Record<Lang, MessageFn>>>>;
