import type { ReportDocument } from "../../document/index.js";

// Keys in this order first, then any other key alphabetically: the same document always prints the same.
const KEY_ORDER = [
  "definitionsVersion",
  "organisation",
  "period",
  "region",
  "generatedAt",
  "suppressionThreshold",
  "regularsMinimum",
  "catalogues",
  "indicators",
  "comparison",
  "budget",
  "population",
  "warnings",
  "dataSpan",
  "first",
  "last",
  "partlyCovered",
  "name",
  "kind",
  "code",
  "severity",
  "path",
  "params",
  "from",
  "to",
  "id",
  "key",
  "label",
  "nl",
  "en",
  "unit",
  "value",
  "suppressed",
  "suppressedBy",
  "previous",
  "change",
  "percentChange",
  "previousSuppressed",
  "previousSuppressedBy",
  "rows",
  "granularity",
  "buckets",
  "partial",
  "attendances",
  "reach",
];
const RANK = new Map(KEY_ORDER.map((k, i) => [k, i]));

function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (value !== null && typeof value === "object") {
    const keys = Object.keys(value).sort((a, b) => {
      const ra = RANK.get(a) ?? Number.MAX_SAFE_INTEGER;
      const rb = RANK.get(b) ?? Number.MAX_SAFE_INTEGER;
      return ra !== rb ? ra - rb : a < b ? -1 : a > b ? 1 : 0;
    });
    const out: Record<string, unknown> = {};
    for (const key of keys) {
      const v = (value as Record<string, unknown>)[key];
      if (v !== undefined) out[key] = canonical(v);
    }
    // A suppressed value never leaves the renderer, even when a document carries one by mistake.
    if (out["suppressed"] === true && "value" in out) out["value"] = null;
    if (out["previousSuppressed"] === true && "previous" in out) out["previous"] = null;
    return out;
  }
  return value;
}

/**
 * The report document as stable, pretty JSON: two-space indent, keys in a fixed order (the
 * contract's fields first), a newline at the end. The same document always gives the same text,
 * whatever order its keys were built in. A value marked `suppressed` is always written as `null`.
 * Read it back with `parseReportDocument`.
 *
 * @param doc - the report document
 * @returns the JSON text
 * @example
 * renderJson({ suppressionThreshold: 5, definitionsVersion: 1, period: { to: "2025-12-31", from: "2025-01-01" }, indicators: [] });
 * // => '{\n  "definitionsVersion": 1,\n  "period": {\n    "from": "2025-01-01",\n    "to": "2025-12-31"\n  },\n  "suppressionThreshold": 5,\n  "indicators": []\n}\n'
 */
export function renderJson(doc: ReportDocument): string {
  return `${JSON.stringify(canonical(doc), null, 2)}\n`;
}
