import * as z from "zod";
import { CalendarDate } from "../calendarDate/index.js";
import { CatalogueCode } from "../catalogue/index.js";
import { ChildId, RecordId } from "../id/index.js";
import { StaffRole } from "../staffRole/index.js";
import { defineVocabulary } from "../vocabulary/index.js";

/** Who may read a signal: the team, or only the people who handle it (confidential), or the aandachtsfunctionaris alone (restricted). */
export const CONFIDENTIALITY_LEVELS = ["team", "confidential", "restricted"] as const;

/** The zod schema of a confidentiality level. */
export const Confidentiality = z.enum(CONFIDENTIALITY_LEVELS);
/** A confidentiality level: `team`, `confidential` or `restricted`. */
export type Confidentiality = z.infer<typeof Confidentiality>;

/**
 * Confidentiality levels with their labels in Dutch and English.
 *
 * @example
 * ConfidentialityVocabulary.labels.restricted.nl; // => "Alleen aandachtsfunctionaris"
 */
export const ConfidentialityVocabulary = defineVocabulary(CONFIDENTIALITY_LEVELS, {
  team: { nl: "Team", en: "Team" },
  confidential: { nl: "Vertrouwelijk (alleen betrokkenen)", en: "Confidential (only those who handle it)" },
  restricted: { nl: "Alleen aandachtsfunctionaris", en: "Aandachtsfunctionaris only" },
});

/**
 * A signal of concern about a child, as recorded (step 1 of the meldcode: map the signals).
 * Who observed it is a role, never a name. The description is free text and the riskiest field of
 * the product: keep it short and factual. `parseSignal` scans it for personal data (see
 * `scanPersonalData`) and warns with positions, never echoing what it found.
 *
 * @example
 * Signal.parse({ signalId: "s-1", childId: "kw-0101", date: "2025-10-01", category: "bullying", observedBy: "professional" });
 * // => { …, confidentiality: "confidential" }
 */
export const Signal = z.object({
  signalId: RecordId,
  childId: ChildId,
  date: CalendarDate,
  category: CatalogueCode,
  observedBy: StaffRole,
  description: z.string().max(2000).optional(),
  confidentiality: Confidentiality.default("confidential"),
});
/** A signal of concern about a child. */
export type Signal = z.infer<typeof Signal>;
/** What {@link Signal} accepts before defaults are filled in. */
export type SignalInput = z.input<typeof Signal>;
