// Private: the weeks of a period, as `staff.fte` and capacity planning both count them.
import { dayNumber } from "@kinderwerk/core";

/**
 * Weeks in a period: its days (both ends included) ÷ 7.
 *
 * @param from - the first day
 * @param to - the last day
 * @returns the weeks, a fraction for a period that is not whole weeks
 */
export function weeksIn(from: string, to: string): number {
  return (dayNumber(to) - dayNumber(from) + 1) / 7;
}
