import * as z from "zod";

/**
 * A filter that narrows which sessions are in scope before anything is counted: a session is in
 * scope when its activity matches every dimension given (any of the listed codes within a dimension).
 * An empty or missing dimension does not narrow. With any dimension given, a session whose activity
 * is not known is out of scope.
 */
export const ReportFilter = z.object({
  /** Activity kinds (`sport`, `craft` …). */
  activityKinds: z.array(z.string().min(1).max(64)).max(100).optional(),
  /** Programme-line codes; an activity matches when it has one of them. */
  programmeLines: z.array(z.string().min(1).max(64)).max(1000).optional(),
  /** Pillar codes; an activity matches when it has one of them. */
  pillars: z.array(z.string().min(1).max(64)).max(1000).optional(),
  /** Neighbourhoods where the activity takes place. */
  neighbourhoods: z.array(z.string().min(1).max(100)).max(1000).optional(),
  /** Partner names; an activity matches when one of its partners has one of these names (case and surrounding spaces ignored). */
  partners: z.array(z.string().min(1).max(200)).max(1000).optional(),
});
/** A filter on sessions, by their activity. */
export type ReportFilter = z.infer<typeof ReportFilter>;

/** The facts of an activity a filter looks at. */
export interface FilterableActivity {
  /** The activity kind. */
  readonly kind: string;
  /** Its programme-line codes. */
  readonly programmeLines: readonly string[];
  /** Its pillar codes. */
  readonly pillars: readonly string[];
  /** Where it takes place. */
  readonly neighbourhood?: string | undefined;
  /** Its partner names. */
  readonly partners: readonly string[];
}

const norm = (s: string): string => s.trim().toLowerCase();

/**
 * Put a filter in a canonical form (sorted, deduplicated, empty dimensions left out), so that two
 * accumulators with the same filter can merge.
 *
 * @param filter - the filter, or `undefined`
 * @returns the canonical filter (`{}` when nothing narrows)
 * @example
 * normaliseFilter({ activityKinds: ["sport", "craft", "sport"], pillars: [] }); // => { activityKinds: ["craft", "sport"] }
 */
export function normaliseFilter(filter: ReportFilter | undefined): ReportFilter {
  const out: ReportFilter = {};
  if (!filter) return out;
  for (const key of ["activityKinds", "programmeLines", "pillars", "neighbourhoods", "partners"] as const) {
    const values = filter[key];
    if (values && values.length > 0) out[key] = [...new Set(key === "partners" ? values.map(norm) : values)].sort();
  }
  return out;
}

/**
 * Whether a filter narrows anything.
 *
 * @param filter - a filter
 * @returns `true` when at least one dimension is given
 * @example
 * isFiltering({}); // => false
 */
export function isFiltering(filter: ReportFilter | undefined): boolean {
  return Object.keys(normaliseFilter(filter)).length > 0;
}

/**
 * Whether an activity (and so its sessions) is in scope of a filter.
 *
 * @param filter - a filter (canonical or not)
 * @param activity - the activity's facts, or `undefined` when the activity is not known
 * @returns `true` when in scope
 * @example
 * matchesFilter({ activityKinds: ["sport"] }, { kind: "sport", programmeLines: [], pillars: [], partners: [] }); // => true
 */
export function matchesFilter(filter: ReportFilter | undefined, activity: FilterableActivity | undefined): boolean {
  const f = normaliseFilter(filter);
  if (Object.keys(f).length === 0) return true;
  if (!activity) return false;
  if (f.activityKinds && !f.activityKinds.includes(activity.kind)) return false;
  if (f.programmeLines && !activity.programmeLines.some((c) => f.programmeLines!.includes(c))) return false;
  if (f.pillars && !activity.pillars.some((c) => f.pillars!.includes(c))) return false;
  if (f.neighbourhoods && (activity.neighbourhood === undefined || !f.neighbourhoods.includes(activity.neighbourhood))) return false;
  if (f.partners && !activity.partners.some((p) => f.partners!.includes(norm(p)))) return false;
  return true;
}
