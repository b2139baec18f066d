// Private: the median of whole days, as the version 1 and version 2 medians state it.
import { roundRatio } from "./round.js";

/**
 * The median of whole numbers of days, 1 decimal (the mean of the middle two when even); `null` of
 * none. Sorts `days` in place.
 *
 * @param days - whole days
 * @returns the median
 */
export function medianDays(days: number[]): number | null {
  days.sort((a, b) => a - b);
  const mid = days.length >> 1;
  if (days.length === 0) return null;
  return days.length % 2 === 1 ? days[mid]! : roundRatio(days[mid - 1]! + days[mid]!, 2, 1);
}
