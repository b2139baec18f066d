/** The languages the library speaks: Dutch (default) and English. */
export type Lang = "nl" | "en";

/** A label in both languages the library speaks. */
export interface Labels {
  readonly nl: string;
  readonly en: string;
}

/** The languages, Dutch first. */
export const LANGS = ["nl", "en"] as const satisfies readonly Lang[];
