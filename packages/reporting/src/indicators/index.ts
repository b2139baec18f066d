import type { Labels } from "@kinderwerk/core";
import { INDICATOR_IDS, indicatorLabels } from "../document/index.js";
import type { IndicatorId } from "../document/index.js";

/** How disclosure control treats an indicator. */
export type DisclosureRule =
  /** Not a count of children or cases: always published. */
  | "none"
  /** A count: primary suppression. */
  | "count"
  /** A breakdown whose rows add up to a published total: primary and secondary suppression. */
  | "additive-breakdown"
  /** A breakdown whose rows may add up to more than the total: primary suppression per row. */
  | "breakdown"
  /** The median response time: suppressed when fewer referrals than the threshold had a response. */
  | "median"
  /** A value derived from a count: suppressed when that count is. */
  | "derived";

/** The definition of one indicator (INDICATORS.md, version 1, and the extensions). */
export interface IndicatorDefinition {
  /** The stable id. */
  readonly id: IndicatorId;
  /** A scalar has a value, a breakdown has rows. */
  readonly shape: "scalar" | "breakdown";
  /** The unit code: `count`, `children`, `mean`, `hours`, `days`, `euro`, `percent`. */
  readonly unit: string;
  /** Decimals of the published value (rounded half away from zero). */
  readonly decimals: number;
  /** Name in Dutch and English. */
  readonly label: Labels;
  /** The definition in English, as INDICATORS.md states it. */
  readonly definition: string;
  /** A one-line description in Dutch and English. */
  readonly description: Labels;
  /** How disclosure control treats it. */
  readonly disclosure: DisclosureRule;
  /** For `derived`: the count it is derived from. */
  readonly derivedFrom?: IndicatorId;
  /** Whether it is an extension (not in INDICATORS.md version 1 itself): needs a budget or population. */
  readonly extension: boolean;
}

type Spec = Omit<IndicatorDefinition, "id" | "unit" | "label" | "description" | "extension"> & { readonly extension?: boolean };

const scalar = (definition: string, disclosure: DisclosureRule = "count", decimals = 0): Spec => ({ shape: "scalar", decimals, definition, disclosure });
const breakdown = (definition: string, disclosure: DisclosureRule): Spec => ({ shape: "breakdown", decimals: 0, definition, disclosure });

const specs: Record<IndicatorId, Spec> = {
  sessions: scalar("Sessions in the period.", "none"),
  activities: scalar("Distinct activities with at least one session in the period.", "none"),
  attendances: scalar("Counted attendances: present, session in the period, once per child per session.", "none"),
  reach: scalar("Distinct children with at least one counted attendance."),
  "reach.targetGroup": scalar("Of reach, children whose reporting age is 4..12."),
  "reach.byAgeBand": breakdown("Reach split by reporting-age band (4-6, 7-9, 10-12, under-4, over-12, unknown); rows add up to reach.", "additive-breakdown"),
  "reach.byGender": breakdown("Reach split by gender (girl, boy, other, unknown); rows add up to reach.", "additive-breakdown"),
  "reach.byNeighbourhood": breakdown("Reach split by the child's own neighbourhood (unknown when not given); rows add up to reach.", "additive-breakdown"),
  "reach.byProgrammeLine": breakdown("Per programme line, children with a counted attendance in an activity of that line; a child counts once per line.", "breakdown"),
  "reach.byPillar": breakdown("Per pillar, children with a counted attendance in an activity of that pillar; a child counts once per pillar.", "breakdown"),
  "reach.byActivityKind": breakdown("Per activity kind, children with a counted attendance in an activity of that kind; a child counts once per kind.", "breakdown"),
  newChildren: scalar("Children whose first present attendance in the whole dataset falls in the period."),
  regulars: scalar("Children with at least N counted attendances in the period (N default 5)."),
  attendancesPerSession: scalar("attendances / sessions, 1 decimal.", "none", 1),
  activityHours: scalar("Sum of session durations ÷ 60, 1 decimal.", "none", 1),
  contactHours: scalar("Sum over sessions of counted attendances × duration ÷ 60, 1 decimal.", "none", 1),
  "staffHours.professional": scalar("Sum over sessions of professionals × duration ÷ 60, 1 decimal.", "none", 1),
  "staffHours.intern": scalar("Sum over sessions of interns × duration ÷ 60, 1 decimal.", "none", 1),
  "staffHours.volunteer": scalar("Sum over sessions of volunteers × duration ÷ 60, 1 decimal.", "none", 1),
  holidayReach: scalar("Distinct children with a counted attendance on a school-holiday date of the organisation's region."),
  signals: scalar("Signals dated in the period."),
  "signals.byCategory": breakdown("Signals dated in the period, by category; rows add up to signals.", "additive-breakdown"),
  referrals: scalar("Referrals sent in the period."),
  "referrals.byDestination": breakdown("Referrals sent in the period, by destination; rows add up to referrals.", "additive-breakdown"),
  "referrals.accepted": scalar("Of the referrals sent in the period, those accepted or completed by the end of the period."),
  "referrals.medianDaysToResponse": { ...scalar("Median days from sent to responded, over responded referrals sent in the period.", "median", 1) },
  "referrals.overdue": scalar("Referrals still sent at the end of the period whose follow-up date has passed."),
  costPerChild: { ...scalar("Extension: budget (euros) ÷ reach, 2 decimals.", "derived", 2), derivedFrom: "reach", extension: true },
  costPerContactHour: { ...scalar("Extension: budget (euros) ÷ contact hours, 2 decimals.", "none", 2), extension: true },
  reachShare: { ...scalar("Extension: reach.targetGroup ÷ children aged 4 to 12 living in the area × 100, 1 decimal.", "derived", 1), derivedFrom: "reach.targetGroup", extension: true },
};

/**
 * Every indicator's definition, keyed by id, in report order: id, shape, unit, decimals, Dutch and
 * English names, the definition, and how disclosure control treats it.
 *
 * @example
 * indicatorDefinitions["reach.byAgeBand"].disclosure; // => "additive-breakdown"
 * indicatorDefinitions.contactHours.decimals; // => 1
 */
export const indicatorDefinitions: Readonly<Record<IndicatorId, IndicatorDefinition>> = Object.freeze(
  Object.fromEntries(
    INDICATOR_IDS.map((id) => {
      const s = specs[id];
      const l = indicatorLabels[id];
      const def: IndicatorDefinition = {
        ...s,
        id,
        unit: l.unit,
        label: l.label,
        description: l.description,
        extension: s.extension ?? false,
      };
      return [id, Object.freeze(def)];
    }),
  ) as Record<IndicatorId, IndicatorDefinition>,
);

/**
 * The ids of the indicators of INDICATORS.md version 1 (without the extensions), in report order.
 *
 * @example
 * CORE_INDICATOR_IDS.length; // => 27
 */
export const CORE_INDICATOR_IDS: readonly IndicatorId[] = INDICATOR_IDS.filter((id) => !specs[id].extension);
