/** The languages the library speaks: Dutch (default) and English. */
export type Lang = "nl" | "en";

/** The languages, Dutch first. */
export const LANGS = ["nl", "en"] as const satisfies readonly Lang[];
