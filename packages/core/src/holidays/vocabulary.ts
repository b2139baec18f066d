import * as z from "zod";
import type { Labels } from "../labels/index.js";

/**
 * The three school-holiday regions of the Netherlands (since 1986). Which municipalities belong to
 * which region is not listed here: an organisation states its own region.
 */
export const SCHOOL_REGIONS = ["noord", "midden", "zuid"] as const;

/** A school-holiday region: `noord`, `midden` or `zuid`. */
export const SchoolRegion = z.enum(SCHOOL_REGIONS).meta({ description: "A Dutch school-holiday region." });
/** A school-holiday region: `noord`, `midden` or `zuid`. */
export type SchoolRegion = z.infer<typeof SchoolRegion>;

/**
 * Labels of the school-holiday regions.
 *
 * @example
 * schoolRegionLabels.midden.en; // => "Central"
 */
export const schoolRegionLabels: Readonly<Record<SchoolRegion, Labels>> = {
  noord: { nl: "Noord", en: "North" },
  midden: { nl: "Midden", en: "Central" },
  zuid: { nl: "Zuid", en: "South" },
};

/** The school holidays of a school year, in the order they come: autumn, Christmas, spring, May, summer. */
export const HOLIDAY_KINDS = ["herfst", "kerst", "voorjaar", "mei", "zomer"] as const;

/** A kind of school holiday: `herfst`, `kerst`, `voorjaar`, `mei` or `zomer`. */
export const HolidayKind = z.enum(HOLIDAY_KINDS).meta({ description: "A kind of Dutch school holiday." });
/** A kind of school holiday: `herfst`, `kerst`, `voorjaar`, `mei` or `zomer`. */
export type HolidayKind = z.infer<typeof HolidayKind>;

/**
 * Labels of the school holidays.
 *
 * @example
 * holidayKindLabels.herfst; // => { nl: "Herfstvakantie", en: "Autumn half-term" }
 */
export const holidayKindLabels: Readonly<Record<HolidayKind, Labels>> = {
  herfst: { nl: "Herfstvakantie", en: "Autumn half-term" },
  kerst: { nl: "Kerstvakantie", en: "Christmas holiday" },
  voorjaar: { nl: "Voorjaarsvakantie", en: "Spring half-term" },
  mei: { nl: "Meivakantie", en: "May holiday" },
  zomer: { nl: "Zomervakantie", en: "Summer holiday" },
};
