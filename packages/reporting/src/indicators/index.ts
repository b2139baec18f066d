// Every indicator's definition, gathered from the indicator groups (one folder per group).
import type { Labels } from "@kinderwerk/core";
import type { DisclosureRule, IndicatorSpec } from "./group.js";
import { INDICATOR_GROUPS, INDICATOR_IDS } from "./groups.js";
import type { IndicatorId } from "./groups.js";

export type { DisclosureRule } from "./group.js";

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
  /** For `derived` and `derived-breakdown`: the indicator it is derived from. */
  readonly derivedFrom?: IndicatorId;
  /** The version of INDICATORS.md that defines it: 1, or 2 for the additions of version 2. */
  readonly version: 1 | 2;
  /** The tables it needs; without one of them it is absent from a report, with a warning naming the table. */
  readonly tables: readonly string[];
  /**
   * Whether it is an extension, not in INDICATORS.md version 1 itself: the budget and population
   * indicators (they need their input) and the trends.
   */
  readonly extension: boolean;
}

/**
 * Every indicator's spec by id, from its group.
 *
 * @returns the specs
 */
function specsById(): ReadonlyMap<string, IndicatorSpec> {
  const specs = new Map<string, IndicatorSpec>();
  for (const group of INDICATOR_GROUPS) for (const id of group.ids) specs.set(id, group.specs[id]!);
  return specs;
}

const SPECS = specsById();

/**
 * The group spec of an indicator id.
 *
 * @param id - an indicator id
 * @returns its spec
 */
export function specOf(id: IndicatorId): IndicatorSpec {
  return SPECS.get(id)!;
}

function definitionOf(id: IndicatorId): IndicatorDefinition {
  const s = specOf(id);
  return {
    shape: s.shape,
    decimals: s.decimals,
    definition: s.definition,
    disclosure: s.disclosure,
    ...(s.derivedFrom === undefined ? {} : { derivedFrom: s.derivedFrom as IndicatorId }),
    ...(s.extension === true ? { extension: true } : {}),
    id,
    unit: s.unit,
    label: s.label,
    description: s.description,
    extension: s.extension ?? false,
    version: s.version ?? 1,
    tables: s.tables ?? [],
  };
}

/**
 * Every indicator's definition, keyed by id, in report order: id, shape, unit, decimals, Dutch and
 * English names, the definition, and how disclosure control treats it.
 *
 * @example
 * indicatorDefinitions["reach.byAgeBand"].disclosure; // => "additive-breakdown"
 * indicatorDefinitions.contactHours.decimals; // => 1
 */
export const indicatorDefinitions: Readonly<Record<IndicatorId, IndicatorDefinition>> = Object.freeze(
  Object.fromEntries(INDICATOR_IDS.map((id) => [id, Object.freeze(definitionOf(id))])) as Record<IndicatorId, IndicatorDefinition>,
);

/**
 * The ids of the indicators of INDICATORS.md version 1 (without the extensions), in report order.
 *
 * @example
 * CORE_INDICATOR_IDS.length; // => 27
 */
export const CORE_INDICATOR_IDS: readonly IndicatorId[] = INDICATOR_IDS.filter((id) => specOf(id).extension !== true && specOf(id).version !== 2);
