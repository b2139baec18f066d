import { Inflate } from "fflate";
import type { ReadLimits } from "../limits/index.js";
import { stop } from "../../types/readIssue.js";

/** One file inside a zip, from the central directory. */
export interface ZipEntry {
  readonly name: string;
  readonly method: number;
  readonly compressedSize: number;
  readonly size: number;
  readonly localOffset: number;
}

const u16 = (b: Uint8Array, at: number): number => b[at]! | (b[at + 1]! << 8);
const u32 = (b: Uint8Array, at: number): number => (b[at]! | (b[at + 1]! << 8) | (b[at + 2]! << 16)) + b[at + 3]! * 0x1000000;

/**
 * The entries of a zip from its central directory, checking entry counts and declared sizes
 * against the limits (`xlsx.zip-bomb`) and refusing encrypted or malformed archives.
 */
export function zipEntries(zip: Uint8Array, limits: ReadLimits): Map<string, ZipEntry> {
  let eocd = -1;
  for (let i = zip.length - 22; i >= Math.max(0, zip.length - 22 - 0xffff); i--) {
    if (zip[i] === 0x50 && zip[i + 1] === 0x4b && zip[i + 2] === 0x05 && zip[i + 3] === 0x06) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) stop("xlsx.broken", { reason: "no-directory" });
  const count = u16(zip, eocd + 10);
  const cdOffset = u32(zip, eocd + 16);
  if (count === 0xffff || cdOffset === 0xffffffff) stop("xlsx.too-large", { max: limits.maxXlsxFileBytes });
  if (count > limits.maxXlsxEntries) stop("xlsx.zip-bomb", { reason: "entries", max: limits.maxXlsxEntries });
  const entries = new Map<string, ZipEntry>();
  const names = new TextDecoderShim();
  let at = cdOffset;
  let declared = 0;
  for (let k = 0; k < count; k++) {
    if (at + 46 > zip.length || u32(zip, at) !== 0x02014b50) stop("xlsx.broken", { reason: "directory" });
    const flags = u16(zip, at + 8);
    const method = u16(zip, at + 10);
    const compressedSize = u32(zip, at + 20);
    const size = u32(zip, at + 24);
    const nameLen = u16(zip, at + 28);
    const extraLen = u16(zip, at + 30);
    const commentLen = u16(zip, at + 32);
    const localOffset = u32(zip, at + 42);
    const name = names.decode(zip.subarray(at + 46, at + 46 + nameLen));
    if (flags & 1) stop("xlsx.encrypted");
    if (size > limits.maxXlsxEntryBytes) stop("xlsx.zip-bomb", { reason: "entry-size", max: limits.maxXlsxEntryBytes });
    declared += size;
    if (declared > limits.maxXlsxTotalBytes) stop("xlsx.zip-bomb", { reason: "total-size", max: limits.maxXlsxTotalBytes });
    entries.set(name, { name, method, compressedSize, size, localOffset });
    at += 46 + nameLen + extraLen + commentLen;
  }
  return entries;
}

class TextDecoderShim {
  decode(bytes: Uint8Array): string {
    let s = "";
    for (const b of bytes) s += String.fromCharCode(b);
    return s;
  }
}

/** Counts the real uncompressed bytes of all entries read, across entries. */
export interface InflateBudget {
  total: number;
}

const SLICE = 16 * 1024;

/**
 * The uncompressed bytes of an entry, in pieces, counting the real output against the limits
 * while inflating: an entry that inflates to more than its declared size is stopped as soon as it
 * passes it (within one slice of input: at most 16 KiB in, about 16 MiB out).
 */
export function* inflateEntry(zip: Uint8Array, entry: ZipEntry, limits: ReadLimits, budget: InflateBudget, maxBytes = limits.maxXlsxEntryBytes): Generator<Uint8Array> {
  const at = entry.localOffset;
  if (at + 30 > zip.length || u32(zip, at) !== 0x04034b50) stop("xlsx.broken", { reason: "entry" });
  const start = at + 30 + u16(zip, at + 26) + u16(zip, at + 28);
  const end = start + entry.compressedSize;
  if (end > zip.length) stop("xlsx.broken", { reason: "truncated" });
  let produced = 0;
  // The central directory states each entry's size exactly; an entry that inflates to more than it
  // says lies about its size, as a zip bomb does: it is stopped at once, whatever the limits allow.
  // A size of 0 for a non-empty entry (a writer that left it out) is taken as unknown.
  const declared = entry.size > 0 || entry.compressedSize === 0 ? entry.size : Infinity;
  const count = (n: number): void => {
    produced += n;
    budget.total += n;
    if (produced > declared) stop("xlsx.zip-bomb", { reason: "size-lie", max: entry.size });
    if (produced > maxBytes || produced > limits.maxXlsxEntryBytes) stop("xlsx.zip-bomb", { reason: "entry-size", max: Math.min(maxBytes, limits.maxXlsxEntryBytes) });
    if (budget.total > limits.maxXlsxTotalBytes) stop("xlsx.zip-bomb", { reason: "total-size", max: limits.maxXlsxTotalBytes });
  };
  if (entry.method === 0) {
    for (let i = start; i < end; i += SLICE) {
      const piece = zip.subarray(i, Math.min(end, i + SLICE));
      count(piece.length);
      yield piece;
    }
    return;
  }
  if (entry.method !== 8) stop("xlsx.broken", { reason: "method" });
  const out: Uint8Array[] = [];
  let finished = false;
  const inflate = new Inflate((chunk, final) => {
    count(chunk.length);
    out.push(chunk);
    if (final) finished = true;
  });
  for (let i = start; i < end; i += SLICE) {
    const last = i + SLICE >= end;
    try {
      inflate.push(zip.subarray(i, Math.min(end, i + SLICE)), last);
    } catch (error) {
      if (error instanceof Error && error.name === "ReadStop") throw error;
      if (error !== null && typeof error === "object" && "issue" in error) throw error;
      stop("xlsx.broken", { reason: "inflate" });
    }
    while (out.length > 0) yield out.shift()!;
  }
  if (start === end) inflate.push(new Uint8Array(0), true);
  while (out.length > 0) yield out.shift()!;
  if (!finished && start !== end) stop("xlsx.broken", { reason: "inflate" });
}
