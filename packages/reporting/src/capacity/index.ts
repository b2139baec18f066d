export { binomialAtLeast, smallestPool } from "./binomial.js";
export type { PoolSize } from "./binomial.js";
export { formatCapacityPlan } from "./format.js";
export type { FormatCapacityOptions } from "./format.js";
export { planCapacity } from "./planCapacity.js";
export { adultsNeeded, resolveRatioPolicy } from "./ratio.js";
export type { ResolvedRatioPolicy } from "./ratio.js";
export type {
  CapacityAssumptions,
  CapacityData,
  CapacityFigures,
  CapacityOptions,
  CapacityPlan,
  CapacitySignup,
  CapacityWeek,
  PoolPolicy,
  RatioPolicy,
} from "./planCapacity.js";
