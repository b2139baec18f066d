// Every indicator group in SQL, in report order: the indicators of INDICATORS.md version 1. A
// version-2 group is one more module in groups/ and one more entry here.
import type { SqlIndicatorGroup } from "./group.js";
import { activitySql } from "./groups/activity.js";
import { holidaysSql } from "./groups/holidays.js";
import { hoursSql } from "./groups/hours.js";
import { reachSql } from "./groups/reach.js";
import { referralsSql } from "./groups/referrals.js";
import { signalsSql } from "./groups/signals.js";

/** The indicator groups computed in SQL, in report order. */
export const SQL_INDICATOR_GROUPS: readonly SqlIndicatorGroup[] = [activitySql, reachSql, hoursSql, holidaysSql, signalsSql, referralsSql];
