import type { CellKind } from "../types/rows.js";

/** Column names in order of first appearance, with their index. */
export class Columns {
  readonly names: string[] = [];
  private readonly index = new Map<string, number>();
  /** Add the keys of an object; returns whether a new column appeared. */
  add(obj: Record<string, unknown>): boolean {
    let grew = false;
    for (const key of Object.keys(obj)) {
      if (!this.index.has(key)) {
        this.index.set(key, this.names.length);
        this.names.push(key);
        grew = true;
      }
    }
    return grew;
  }
  /** The cells of an object, aligned to the columns. */
  cells(obj: Record<string, unknown>): { cells: string[]; kinds: CellKind[] } {
    const cells = new Array<string>(this.names.length).fill("");
    const kinds = new Array<CellKind>(this.names.length).fill("empty");
    for (const key of Object.keys(obj)) {
      const at = this.index.get(key)!;
      const [text, kind] = cellOf(obj[key]);
      cells[at] = text;
      kinds[at] = kind;
    }
    return { cells, kinds };
  }
}

/** A JSON value as cell text: lists of plain values join with `|` (the exchange format's list separator). */
export function cellOf(value: unknown): [string, CellKind] {
  switch (typeof value) {
    case "string":
      return [value, "string"];
    case "number":
      return [String(value), "number"];
    case "boolean":
      return [value ? "true" : "false", "boolean"];
    case "undefined":
      return ["", "empty"];
    default:
      if (value === null) return ["", "null"];
      if (Array.isArray(value) && value.every((v) => v === null || typeof v !== "object")) return [value.map((v) => (v === null ? "" : String(v))).join("|"), "string"];
      return [JSON.stringify(value), "json"];
  }
}

/** How deep a record's values may nest (a list of partner objects is 3 deep). */
export const MAX_DEPTH = 32;

/**
 * Whether a record's values nest at most {@link MAX_DEPTH} levels deep: a deeper one could not be
 * turned back into text (`JSON.stringify` recurses) and is no table's row. Iterative, and it looks
 * no further than the limit; a record of plain values costs one `typeof` per field.
 */
export function withinDepth(record: Record<string, unknown>): boolean {
  const stack: [unknown, number][] = [];
  for (const key in record) {
    const v = record[key];
    if (typeof v === "object" && v !== null) stack.push([v, 2]);
  }
  while (stack.length > 0) {
    const [value, depth] = stack.pop()!;
    if (depth > MAX_DEPTH) return false;
    for (const v of Object.values(value as object)) if (typeof v === "object" && v !== null) stack.push([v, depth + 1]);
  }
  return true;
}

/** Whether a parsed JSON value is a plain object (a record). */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
