// Every indicator group, in report order. Adding an indicator touches its group's folder; adding
// a group, its folder and this list.
import type { ActivityValues } from "./activity/activity.js";
import { ACTIVITY_IDS, activityGroup } from "./activity/activity.js";
import type { ExtensionValues } from "./extensions/extensions.js";
import { EXTENSION_IDS, extensionsGroup } from "./extensions/extensions.js";
import type { AnyIndicatorGroup } from "./group.js";
import type { HolidayValues } from "./holidays/holidays.js";
import { HOLIDAY_IDS, holidaysGroup } from "./holidays/holidays.js";
import type { HoursValues } from "./hours/hours.js";
import { HOURS_IDS, hoursGroup } from "./hours/hours.js";
import type { ReachValues } from "./reach/reach.js";
import { REACH_IDS, reachGroup } from "./reach/reach.js";
import type { ReferralValues } from "./referrals/referrals.js";
import { REFERRAL_IDS, referralsGroup } from "./referrals/referrals.js";
import type { SignalValues } from "./signals/signals.js";
import { SIGNAL_IDS, signalsGroup } from "./signals/signals.js";

/**
 * The ids of the indicators of INDICATORS.md (version 1), in the order reports show them, followed
 * by the extension indicators `costPerChild`, `costPerContactHour` and `reachShare`. Each indicator
 * is defined in its group (`src/indicators/<group>/`).
 */
export const INDICATOR_IDS = [...ACTIVITY_IDS, ...REACH_IDS, ...HOURS_IDS, ...HOLIDAY_IDS, ...SIGNAL_IDS, ...REFERRAL_IDS, ...EXTENSION_IDS] as const;

/** The id of an indicator this package knows. */
export type IndicatorId = (typeof INDICATOR_IDS)[number];

/** The value (or rows) of every indicator, keyed by id. */
export interface IndicatorValues extends ActivityValues, ReachValues, HoursValues, HolidayValues, SignalValues, ReferralValues, ExtensionValues {}

/**
 * The indicator groups in report order: `result()` computes them one after another, each reading the
 * period's facts and what the groups before it computed.
 */
export const INDICATOR_GROUPS: readonly AnyIndicatorGroup[] = [activityGroup, reachGroup, hoursGroup, holidaysGroup, signalsGroup, referralsGroup, extensionsGroup];
