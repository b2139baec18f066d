import type * as z from "zod";
import { defineVocabulary } from "../vocabulary/index.js";

/** The roles of the people who run activities and observe signals. Roles, never names. */
export const STAFF_ROLES = ["professional", "intern", "volunteer"] as const;

/** Staff roles: codes, zod enum and labels. */
export const StaffRoleVocabulary = defineVocabulary(STAFF_ROLES, {
  professional: { nl: "Beroepskracht", en: "Professional" },
  intern: { nl: "Stagiair", en: "Intern" },
  volunteer: { nl: "Vrijwilliger", en: "Volunteer" },
});

/** The zod schema of a staff role. */
export const StaffRole = StaffRoleVocabulary.schema;
/** A staff role: `professional`, `intern` or `volunteer`. */
export type StaffRole = z.infer<typeof StaffRole>;
