import * as z from "zod";
import type { Catalogue } from "../catalogue/index.js";
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
 * Find a code of a vocabulary or a catalogue by its code or by its label in either language,
 * ignoring case and surrounding spaces (`"Knutselen"` finds `craft`, `"Gezin"` finds `family`).
 *
 * @param source - a closed vocabulary, or a catalogue an organisation can replace
 * @param text - a code or a label
 * @returns the code, or `undefined` when nothing matches
 * @example
 * codeOf(ActivityKindVocabulary, "Buitenspelen"); // => "outdoor-play"
 * codeOf(defaultPillars, "Leefomgeving"); // => "environment"
 */
export function codeOf<Code extends string>(source: Vocabulary<Code>, text: string): Code | undefined;
export function codeOf(source: Catalogue, text: string): string | undefined;
export function codeOf(source: Vocabulary<string> | Catalogue, text: string): string | undefined {
  if (typeof text !== "string") return undefined;
  const wanted = text.trim().toLowerCase();
  const matches = (code: string, l: Labels): boolean => code.toLowerCase() === wanted || l.nl.toLowerCase() === wanted || l.en.toLowerCase() === wanted;
  if ("entries" in source) return source.entries.find((e) => matches(e.code, e.labels))?.code;
  return source.codes.find((code) => matches(code, source.labels[code] as Labels));
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
