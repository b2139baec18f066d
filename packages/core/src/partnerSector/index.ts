import type * as z from "zod";
import { defineVocabulary } from "../vocabulary/index.js";

/** The sectors a partner organisation belongs to. */
export const PARTNER_SECTORS = ["education", "care", "leisure", "municipality", "youth-work", "other"] as const;

/** The partner sectors: codes, zod enum and labels. */
export const PartnerSectorVocabulary = defineVocabulary(PARTNER_SECTORS, {
  education: { nl: "Onderwijs", en: "Education" },
  care: { nl: "Zorg", en: "Care" },
  leisure: { nl: "Vrije tijd", en: "Leisure" },
  municipality: { nl: "Gemeente", en: "Municipality" },
  "youth-work": { nl: "Jongerenwerk", en: "Youth work" },
  other: { nl: "Overig", en: "Other" },
});

/** The zod schema of a partner sector. */
export const PartnerSector = PartnerSectorVocabulary.schema;
/** A partner sector: `education`, `care`, `leisure`, `municipality`, `youth-work` or `other`. */
export type PartnerSector = z.infer<typeof PartnerSector>;
