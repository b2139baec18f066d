// The languages live with the issues, whose messages are written in them; labels use the same two.
export { LANGS } from "../issues/lang.js";
export type { Lang } from "../issues/lang.js";

/** A label in both languages the library speaks. */
export interface Labels {
  readonly nl: string;
  readonly en: string;
}
