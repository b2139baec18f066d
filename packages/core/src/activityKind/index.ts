import type * as z from "zod";
import { defineVocabulary } from "../vocabulary/index.js";

/** The kinds of activity, as codes of the exchange format. */
export const ACTIVITY_KINDS = [
  "course",
  "craft",
  "sport",
  "play",
  "outdoor-play",
  "online",
  "home-kit",
  "holiday-programme",
  "outreach",
  "other",
] as const;

/** The kinds of activity: codes, zod enum and labels (Dutch labels as in the exchange format). */
export const ActivityKindVocabulary = defineVocabulary(ACTIVITY_KINDS, {
  course: { nl: "Cursus", en: "Course" },
  craft: { nl: "Knutselen", en: "Craft" },
  sport: { nl: "Sport", en: "Sport" },
  play: { nl: "Spel", en: "Play" },
  "outdoor-play": { nl: "Buitenspelen", en: "Outdoor play" },
  online: { nl: "Online", en: "Online" },
  "home-kit": { nl: "Thuispakket", en: "Home kit" },
  "holiday-programme": { nl: "Vakantieprogramma", en: "Holiday programme" },
  outreach: { nl: "Straatwerk", en: "Outreach on the street" },
  other: { nl: "Overig", en: "Other" },
});

/** The zod schema of an activity kind. */
export const ActivityKind = ActivityKindVocabulary.schema;
/** An activity kind: `course`, `craft`, `sport`, `play`, `outdoor-play`, `online`, `home-kit`, `holiday-programme`, `outreach` or `other`. */
export type ActivityKind = z.infer<typeof ActivityKind>;
