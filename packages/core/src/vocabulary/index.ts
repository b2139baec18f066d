import * as z from "zod";
import type { Labels, Lang } from "../labels/index.js";

/**
 * A closed vocabulary: its codes (a `const` tuple), a zod enum over them, and a label per code in
 * Dutch and English. Codes are part of the exchange format and never change meaning.
 */
export interface Vocabulary<Code extends string> {
  /** The codes, in their canonical order. */
  readonly codes: readonly [Code, ...Code[]];
  /** The zod enum of the codes. */
  readonly schema: z.ZodEnum<{ [K in Code]: K }>;
  /** A label per code, in Dutch and English. */
  readonly labels: Readonly<Record<Code, Labels>>;
}

/**
 * Define a closed vocabulary from its codes and labels.
 *
 * @param codes - the codes, in canonical order
 * @param labels - a label per code in Dutch and English
 * @returns the vocabulary
 * @example
 * const Weather = defineVocabulary(["sun", "rain"], {
 *   sun: { nl: "Zon", en: "Sun" },
 *   rain: { nl: "Regen", en: "Rain" },
 * });
 * Weather.schema.parse("rain"); // => "rain"
 */
export function defineVocabulary<const Code extends string>(
  codes: readonly [Code, ...Code[]],
  labels: Readonly<Record<Code, Labels>>,
): Vocabulary<Code> {
  return { codes, schema: z.enum(codes as unknown as [Code, ...Code[]]) as z.ZodEnum<{ [K in Code]: K }>, labels };
}

/**
 * Find a code of a vocabulary by its code or by its label in either language, ignoring case and
 * surrounding spaces (`"Knutselen"` finds `craft`).
 *
 * @param vocabulary - the vocabulary
 * @param text - a code or a label
 * @returns the code, or `undefined` when nothing matches
 * @example
 * codeOf(ActivityKindVocabulary, "Buitenspelen"); // => "outdoor-play"
 */
export function codeOf<Code extends string>(vocabulary: Vocabulary<Code>, text: string): Code | undefined {
  const wanted = text.trim().toLowerCase();
  for (const code of vocabulary.codes) {
    const l = vocabulary.labels[code];
    if (code.toLowerCase() === wanted || l.nl.toLowerCase() === wanted || l.en.toLowerCase() === wanted) return code;
  }
  return undefined;
}

/**
 * The label of a code in a language.
 *
 * @param vocabulary - the vocabulary
 * @param code - one of its codes
 * @param lang - `nl` or `en`
 * @returns the label
 * @example
 * labelOf(GenderVocabulary, "girl", "nl"); // => "Meisje"
 */
export function labelOf<Code extends string>(vocabulary: Vocabulary<Code>, code: Code, lang: Lang): string {
  return vocabulary.labels[code][lang];
}
