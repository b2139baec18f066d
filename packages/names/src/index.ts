import type { PersonalNameList } from "@kinderwerk/core";
import { COMMON_WORDS } from "./data/commonWords.js";
import { FIRST_NAMES } from "./data/firstNames.js";
import { SURNAMES } from "./data/surnames.js";

const set = (words: string): ReadonlySet<string> => new Set(words.split(/\s+/).filter(Boolean));

/**
 * First names and surnames of the people of Dutch neighbourhoods — Dutch, Flemish, Turkish, Polish
 * and German from the lists of `@faker-js/faker`, Moroccan, Surinamese, Antillean, Syrian, Eritrean
 * and Somali compiled by hand — with the names that are also ordinary Dutch words (from OpenTaal's
 * word list). Pass it to the personal-data scan of `@kinderwerk/core`.
 *
 * @example
 * import { scanPersonalData } from "@kinderwerk/core";
 * import { names } from "@kinderwerk/names";
 * scanPersonalData("wiktoria was er niet", { names });
 * // => [{ kind: "name", start: 0, end: 8 }]
 */
export const names: PersonalNameList = {
  firstNames: set(FIRST_NAMES),
  surnames: set(SURNAMES),
  commonWords: set(COMMON_WORDS),
};
