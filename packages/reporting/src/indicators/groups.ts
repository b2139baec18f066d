// Every indicator group, in report order. Adding an indicator touches its group's folder; adding
// a group, its folder and this list.
import type { ActivityValues } from "./activity/activity.js";
import { ACTIVITY_IDS, activityGroup } from "./activity/activity.js";
import type { BudgetValues } from "./budget/budget.js";
import { BUDGET_IDS, budgetGroup } from "./budget/budget.js";
import type { ExtensionValues } from "./extensions/extensions.js";
import { EXTENSION_IDS, extensionsGroup } from "./extensions/extensions.js";
import type { FamilyValues } from "./families/families.js";
import { FAMILY_IDS, familiesGroup } from "./families/families.js";
import type { AnyIndicatorGroup } from "./group.js";
import type { HolidayValues } from "./holidays/holidays.js";
import { HOLIDAY_IDS, holidaysGroup } from "./holidays/holidays.js";
import type { HoursValues } from "./hours/hours.js";
import { HOURS_IDS, hoursGroup } from "./hours/hours.js";
import type { MeldcodeValues } from "./meldcode/meldcode.js";
import { MELDCODE_IDS, meldcodeGroup } from "./meldcode/meldcode.js";
import type { PopulationValues } from "./population/population.js";
import { POPULATION_IDS, populationGroup } from "./population/population.js";
import type { RatioValues } from "./ratio/ratio.js";
import { RATIO_IDS, ratioGroup } from "./ratio/ratio.js";
import type { ReachValues } from "./reach/reach.js";
import { REACH_IDS, reachGroup } from "./reach/reach.js";
import type { ReferralTimeValues } from "./referralTimes/referralTimes.js";
import { REFERRAL_TIME_IDS, referralTimesGroup } from "./referralTimes/referralTimes.js";
import type { ReferralValues } from "./referrals/referrals.js";
import { REFERRAL_IDS, referralsGroup } from "./referrals/referrals.js";
import type { SignalValues } from "./signals/signals.js";
import { SIGNAL_IDS, signalsGroup } from "./signals/signals.js";
import type { SignupValues } from "./signups/signups.js";
import { SIGNUP_IDS, signupsGroup } from "./signups/signups.js";
import type { StaffValues } from "./staff/staff.js";
import { STAFF_IDS, staffGroup } from "./staff/staff.js";

/** The ids of the indicators of INDICATORS.md version 2, in report order. */
export const V2_INDICATOR_IDS = [...FAMILY_IDS, ...POPULATION_IDS.slice(0, 2), ...STAFF_IDS, POPULATION_IDS[2], ...RATIO_IDS, ...SIGNUP_IDS, ...REFERRAL_TIME_IDS, ...MELDCODE_IDS, ...BUDGET_IDS] as const;

/**
 * The ids of the indicators of INDICATORS.md (version 1), in the order reports show them, followed
 * by the extension indicators `costPerChild`, `costPerContactHour` and `reachShare`, then the
 * indicators of version 2. Each indicator is defined in its group (`src/indicators/<group>/`).
 */
export const INDICATOR_IDS = [...ACTIVITY_IDS, ...REACH_IDS, ...HOURS_IDS, ...HOLIDAY_IDS, ...SIGNAL_IDS, ...REFERRAL_IDS, ...EXTENSION_IDS, ...V2_INDICATOR_IDS] as const;

/** The id of an indicator this package knows. */
export type IndicatorId = (typeof INDICATOR_IDS)[number];

/** The value (or rows) of every indicator, keyed by id; a version 2 indicator whose table is missing is `undefined`. */
export interface IndicatorValues
  extends ActivityValues,
    ReachValues,
    HoursValues,
    HolidayValues,
    SignalValues,
    ReferralValues,
    ExtensionValues,
    FamilyValues,
    StaffValues,
    PopulationValues,
    RatioValues,
    SignupValues,
    ReferralTimeValues,
    MeldcodeValues,
    BudgetValues {}

/**
 * The indicator groups in the order `result()` computes them, each reading the period's facts and
 * what the groups before it computed (the budget before the extensions, whose `costPerChild` it feeds).
 */
export const INDICATOR_GROUPS: readonly AnyIndicatorGroup[] = [
  activityGroup,
  reachGroup,
  hoursGroup,
  holidaysGroup,
  signalsGroup,
  referralsGroup,
  familiesGroup,
  staffGroup,
  populationGroup,
  ratioGroup,
  signupsGroup,
  referralTimesGroup,
  meldcodeGroup,
  budgetGroup,
  extensionsGroup,
];
