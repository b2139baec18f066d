// Every indicator group in SQL, in report order: the indicators of INDICATORS.md version 1, then
// those of version 2 (reporting's order, which the population and budget groups rely on: they read
// what reach and staff computed). A new group is one more module in groups/ and one more entry here.
import type { SqlIndicatorGroup } from "./group.js";
import { activitySql } from "./groups/activity.js";
import { budgetSql } from "./groups/budget.js";
import { familiesSql } from "./groups/families.js";
import { holidaysSql } from "./groups/holidays.js";
import { hoursSql } from "./groups/hours.js";
import { meldcodeSql } from "./groups/meldcode.js";
import { populationSql } from "./groups/population.js";
import { ratioSql } from "./groups/ratio.js";
import { reachSql } from "./groups/reach.js";
import { referralTimesSql } from "./groups/referralTimes.js";
import { referralsSql } from "./groups/referrals.js";
import { signalsSql } from "./groups/signals.js";
import { signupsSql } from "./groups/signups.js";
import { staffSql } from "./groups/staff.js";

/** The indicator groups computed in SQL, in report order. */
export const SQL_INDICATOR_GROUPS: readonly SqlIndicatorGroup[] = [
  activitySql,
  reachSql,
  hoursSql,
  holidaysSql,
  signalsSql,
  referralsSql,
  familiesSql,
  staffSql,
  populationSql,
  ratioSql,
  signupsSql,
  referralTimesSql,
  meldcodeSql,
  budgetSql,
];
