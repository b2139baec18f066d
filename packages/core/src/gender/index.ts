import type * as z from "zod";
import { defineVocabulary } from "../vocabulary/index.js";

/** The gender codes of the exchange format. */
export const GENDERS = ["girl", "boy", "other", "unknown"] as const;

/** Gender: codes, zod enum and labels. */
export const GenderVocabulary = defineVocabulary(GENDERS, {
  girl: { nl: "Meisje", en: "Girl" },
  boy: { nl: "Jongen", en: "Boy" },
  other: { nl: "Anders", en: "Other" },
  unknown: { nl: "Onbekend", en: "Unknown" },
});

/** The zod schema of a gender code. */
export const Gender = GenderVocabulary.schema;
/** A gender code: `girl`, `boy`, `other` or `unknown`. */
export type Gender = z.infer<typeof Gender>;
