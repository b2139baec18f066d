import type * as z from "zod";
import { defineVocabulary } from "../vocabulary/index.js";

/** The types of location where an activity takes place. */
export const LOCATION_TYPES = ["community-centre", "street", "school", "partner-venue", "online", "home"] as const;

/** The location types: codes, zod enum and labels. */
export const LocationTypeVocabulary = defineVocabulary(LOCATION_TYPES, {
  "community-centre": { nl: "Wijkcentrum", en: "Community centre" },
  street: { nl: "Straat", en: "Street or playground" },
  school: { nl: "School", en: "School" },
  "partner-venue": { nl: "Partnerlocatie", en: "Partner venue" },
  online: { nl: "Online", en: "Online" },
  home: { nl: "Thuis", en: "At home" },
});

/** The zod schema of a location type. */
export const LocationType = LocationTypeVocabulary.schema;
/** A location type: `community-centre`, `street`, `school`, `partner-venue`, `online` or `home`. */
export type LocationType = z.infer<typeof LocationType>;
