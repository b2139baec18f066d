import type { Catalogue } from "@kinderwerk/core";
import type { CellKind } from "../../types/rows.js";
import { INVALID, trimCell } from "./cell.js";

/**
 * A look-up from every accepted spelling of a code (lowercase) to the code.
 *
 * @param codes - per code, its spellings
 * @returns the look-up
 * @example
 * codeLookup({ boy: ["boy", "jongen", "m"] }).get("m"); // => "boy"
 */
export function codeLookup(codes: Readonly<Record<string, readonly string[]>>): Map<string, string> {
  const map = new Map<string, string>();
  for (const [code, words] of Object.entries(codes)) {
    for (const w of [code, ...words]) {
      map.set(w.toLowerCase(), code);
      map.set(w, code);
    }
  }
  return map;
}

/**
 * A look-up from a catalogue's codes and labels (either language, lowercase) to the code.
 *
 * @param catalogue - the catalogue in use
 * @returns the look-up
 * @example
 * catalogueLookup(defaultPillars).get("gezin"); // => "family"
 */
export function catalogueLookup(catalogue: Catalogue): Map<string, string> {
  const map = new Map<string, string>();
  for (const e of catalogue.entries) {
    map.set(e.code, e.code);
    map.set(e.labels.nl.toLowerCase(), e.code);
    map.set(e.labels.en.toLowerCase(), e.code);
  }
  return map;
}

/**
 * Read a code through a look-up of its spellings, ignoring case.
 *
 * @param text - the cell's text, trimmed and not empty
 * @param lookup - from {@link codeLookup} or {@link catalogueLookup}
 * @returns the code, or {@link INVALID}
 * @example
 * coerceCode("Meisje", codeLookup({ girl: ["meisje", "v"] })); // => "girl"
 */
export function coerceCode(text: string, lookup: ReadonlyMap<string, string>): string | typeof INVALID {
  return lookup.get(text) ?? lookup.get(text.toLowerCase()) ?? INVALID;
}

/**
 * Split a list cell on `|`, trimming each item and dropping empty ones.
 *
 * @param text - the cell's text
 * @returns the items
 * @example
 * splitList("sport | Gezin||"); // => ["sport", "Gezin"]
 */
export function splitList(text: string): string[] {
  const out: string[] = [];
  for (const part of text.split("|")) {
    const item = trimCell(part);
    if (item !== "") out.push(item);
  }
  return out;
}

/**
 * The separators a list cell may use beside `|` (FORMAT.md version 2): `;` and `,`, each unless it
 * is the file's delimiter (a cell can only hold it quoted, so it is taken for text there).
 *
 * @param delimiter - the file's delimiter (CSV), or `undefined` for XLSX and JSON
 * @returns the separators as one pattern (spaces around them belong to them), or `undefined`
 * @example
 * otherListSeparators(";")?.source; // => "\\s*,\\s*"
 */
export function otherListSeparators(delimiter: string | undefined): RegExp | undefined {
  const semicolon = delimiter !== ";";
  const comma = delimiter !== ",";
  if (semicolon && comma) return /\s*[;,]\s*/;
  if (semicolon) return /\s*;\s*/;
  if (comma) return /\s*,\s*/;
  return undefined;
}

/**
 * Read a list cell of codes: items split on `|`; an item that is no code is split again on the
 * other separators (`Kind, Gezin`, `sport;spel`) and then each piece must be a code. A label that
 * itself holds a comma is found whole first, so it is never cut in two.
 *
 * @param text - the cell's text
 * @param lookup - every spelling of every code, lowercase and as written
 * @param other - the other separators ({@link otherListSeparators})
 * @returns the codes, or `INVALID` when an item or piece is no code
 * @example
 * coerceCodeList("Kind, Gezin", new Map([["kind", "child"], ["gezin", "family"]]), /\s*[;,]\s*\/);
 * // => ["child", "family"]
 */
export function coerceCodeList(text: string, lookup: ReadonlyMap<string, string>, other: RegExp | undefined): string[] | typeof INVALID {
  const out: string[] = [];
  for (const item of splitList(text)) {
    const code = coerceCode(item, lookup);
    if (code !== INVALID) {
      out.push(code);
      continue;
    }
    if (other === undefined) return INVALID;
    for (const piece of item.split(other)) {
      if (piece === "") continue;
      const c = coerceCode(piece, lookup);
      if (c === INVALID) return INVALID;
      out.push(c);
    }
  }
  return out;
}

/** A partner organisation as read from a cell: its name and, when given, its sector code. */
export interface PartnerValue {
  readonly name: string;
  readonly sector?: string;
}

const SECTOR_SUFFIX = /^(.*?\S)\s*\(\s*([^()]*?)\s*\)$/;

/** One partner written `name (sector)`: the sector when the parenthesis names one, otherwise all of it is the name. */
function partnerOf(item: string, sectors: ReadonlyMap<string, string>): PartnerValue & { readonly sectorGiven: boolean } {
  const m = SECTOR_SUFFIX.exec(item);
  const sector = m === null ? undefined : coerceCode(m[2]!, sectors);
  if (m === null || sector === undefined || sector === INVALID) return { name: item, sectorGiven: false };
  return { name: m[1]!, sector, sectorGiven: true };
}

/**
 * Read a partners cell (FORMAT.md version 2): items split on `|` (and on `;` unless it is the
 * delimiter), each `name (sector)` with the sector as code or Dutch label
 * (`GGD Hart voor Brabant (zorg)`), or a name alone. A parenthesis that names no sector
 * (`OBS De Vlinder (Tilburg)`) is part of the name. An item is split on `,` only when every piece
 * names its sector, so a name with a comma stays whole. From JSON (`kind` `json`): an array of
 * `{ "name", "sector" }` objects or of names, or one such object.
 *
 * @param text - the cell's text (JSON text when `kind` is `json`)
 * @param kind - what the cell held (`json` for objects and arrays of objects)
 * @param sectors - every spelling of every sector code
 * @param delimiter - the file's delimiter, if any
 * @returns the partners, or `INVALID` when a JSON partner has no name or an unknown sector
 * @example
 * coercePartners("GGD (zorg)|Bibliotheek", "string", sectors, ";");
 * // => [{ name: "GGD", sector: "care" }, { name: "Bibliotheek" }]
 */
export function coercePartners(text: string, kind: CellKind | undefined, sectors: ReadonlyMap<string, string>, delimiter: string | undefined): PartnerValue[] | typeof INVALID {
  if (kind === "json") return partnersFromJson(text, sectors);
  const out: PartnerValue[] = [];
  const items = delimiter === ";" ? splitList(text) : splitList(text).flatMap((i) => i.split(/\s*;\s*/)).filter((i) => i !== "");
  for (const item of items) {
    const pieces = delimiter === "," ? [item] : item.split(/\s*,\s*/);
    const parsed = pieces.map((piece) => partnerOf(piece, sectors));
    if (pieces.length > 1 && parsed.every((p) => p.sectorGiven)) {
      for (const p of parsed) out.push({ name: p.name, sector: p.sector! });
      continue;
    }
    const one = partnerOf(item, sectors);
    out.push(one.sector === undefined ? { name: one.name } : { name: one.name, sector: one.sector });
  }
  return out;
}

function partnersFromJson(text: string, sectors: ReadonlyMap<string, string>): PartnerValue[] | typeof INVALID {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return INVALID;
  }
  const out: PartnerValue[] = [];
  for (const item of Array.isArray(value) ? value : [value]) {
    if (typeof item === "string") {
      const name = trimCell(item);
      if (name === "") continue;
      const p = partnerOf(name, sectors);
      out.push(p.sector === undefined ? { name: p.name } : { name: p.name, sector: p.sector });
      continue;
    }
    if (typeof item !== "object" || item === null) return INVALID;
    const { name, sector } = item as { name?: unknown; sector?: unknown };
    if (typeof name !== "string" || trimCell(name) === "") return INVALID;
    if (sector === undefined || sector === null || (typeof sector === "string" && trimCell(sector) === "")) {
      out.push({ name: trimCell(name) });
      continue;
    }
    const code = typeof sector === "string" ? coerceCode(trimCell(sector), sectors) : INVALID;
    if (code === INVALID) return INVALID;
    out.push({ name: trimCell(name), sector: code });
  }
  return out;
}

