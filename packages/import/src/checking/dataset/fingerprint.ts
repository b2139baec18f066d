// What the duplicate check keeps of a record instead of the record: 32-bit hashes of its fields'
// values as validated, so that two rows with one key can be told identical or conflicting.
import { tables, type TableName } from "@kinderwerk/core";

/** murmur3's finaliser: every bit of the input moves about half the bits of the output. */
export function mix(h: number): number {
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) | 0;
}

// One tag per kind of value, so that `1`, `"1"` and `true` never hash alike by construction.
const ABSENT = 0x5bd1e995;
const TRUE = 0x27d4eb2f;
const FALSE = 0x165667b1;
const INTEGER = 0x3c6ef372;
const NUMBER = 0x61c88647;
const STRING = 0x7f4a7c15;
const LIST = 0x1b873593;
const OBJECT = 0x4cf5ad43;

/** FNV-1a over the UTF-16 code units of a string, from a seed. */
function stringHash(s: string, seed: number): number {
  let h = seed ^ 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return mix(h ^ s.length);
}

/**
 * A 32-bit hash of a value as validated: an absent field (or `null`), a boolean, a number, a
 * string, a list or an object (partners `{ name, sector }`). Equal values hash alike; a list
 * hashes alike whatever the order of its items (`Kind, Gezin` and `Gezin, Kind` mean the same
 * pillars), an object whatever the order of its keys. Two different values hash alike with a
 * chance of about 2^-32.
 *
 * @param value - a field's value in a validated record
 * @returns the hash, a signed 32-bit integer
 * @example
 * valueHash("2015-09-14") === valueHash("2015-09-14"); // => true
 * valueHash(["child", "family"]) === valueHash(["family", "child"]); // => true
 */
export function valueHash(value: unknown): number {
  switch (typeof value) {
    case "boolean":
      return value ? TRUE : FALSE;
    case "string":
      return stringHash(value, STRING);
    case "number":
      return (value | 0) === value ? mix(value ^ INTEGER) : stringHash(String(value), NUMBER);
    case "undefined":
      return ABSENT;
    default:
      break;
  }
  if (value === null) return ABSENT;
  if (Array.isArray(value)) {
    // A sum of mixed hashes: the same whatever the order, different when an item is repeated.
    let sum = mix(value.length ^ LIST);
    for (const item of value) sum = (sum + mix(valueHash(item) ^ LIST)) | 0;
    return mix(sum);
  }
  if (typeof value === "object") {
    let h = OBJECT;
    for (const key of Object.keys(value).sort()) h = mix(Math.imul(h, 31) + stringHash(key, OBJECT) + valueHash((value as Record<string, unknown>)[key]));
    return h;
  }
  return stringHash(String(value), NUMBER);
}

/**
 * The fields of a table that two rows with the same key may disagree on: every column that is not
 * part of the key, in column order (the order a conflict names them in).
 *
 * @param table - the table
 * @returns the field names
 */
export function comparedFields(table: TableName): readonly string[] {
  const key = tables[table].key;
  return tables[table].columns.map((c) => c.field).filter((f) => !key.includes(f));
}

/**
 * The hash of a whole record over the given fields, in their order: a change of any field changes
 * it (with a chance of about 2^-32 of a false match). With a single field it is that field's hash.
 *
 * @param record - the validated record
 * @param fields - the fields compared
 * @returns the hash, a signed 32-bit integer
 */
export function recordHash(record: Readonly<Record<string, unknown>>, fields: readonly string[]): number {
  if (fields.length === 1) return valueHash(record[fields[0]!]);
  let h = 0;
  for (const f of fields) h = mix(Math.imul(h, 31) + valueHash(record[f]));
  return h;
}
