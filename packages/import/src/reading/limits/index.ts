/**
 * The limits that keep reading bounded in time and memory, whatever the file holds.
 *
 * Every limit has a safe default (see {@link defaultReadLimits}); pass only the ones to change.
 * Lengths of text are counted in UTF-16 code units of the decoded text (one per character for
 * almost all text), sizes of XLSX parts in bytes.
 */
export interface ReadLimits {
  /** Longest field (cell) in characters. Default 1 MiB (1 048 576). */
  readonly maxFieldChars: number;
  /** Longest record (a CSV record, an NDJSON line, an XLSX `<row>` element) in characters. Default 8 MiB. */
  readonly maxRecordChars: number;
  /** Most columns in one row. Default 2 000. */
  readonly maxColumns: number;
  /** Largest JSON array file in bytes (a JSON array is parsed whole). Default 64 MiB. */
  readonly maxJsonBytes: number;
  /** Largest XLSX file in bytes (the zip is held in memory to read its directory). Default 64 MiB. */
  readonly maxXlsxFileBytes: number;
  /** Most entries in an XLSX zip. Default 10 000. */
  readonly maxXlsxEntries: number;
  /** Most uncompressed bytes of one XLSX part (declared and actually inflated). Default 512 MiB. */
  readonly maxXlsxEntryBytes: number;
  /** Most uncompressed bytes of all XLSX parts read together. Default 1 GiB. */
  readonly maxXlsxTotalBytes: number;
  /** Most uncompressed bytes of the XLSX shared strings, which are held in memory. Default 64 MiB. */
  readonly maxXlsxSharedStringsBytes: number;
}

/**
 * The default limits: generous for real files, small enough to stop a hostile one early.
 *
 * @example
 * defaultReadLimits.maxColumns; // => 2000
 */
export const defaultReadLimits: ReadLimits = Object.freeze({
  maxFieldChars: 1024 * 1024,
  maxRecordChars: 8 * 1024 * 1024,
  maxColumns: 2000,
  maxJsonBytes: 64 * 1024 * 1024,
  maxXlsxFileBytes: 64 * 1024 * 1024,
  maxXlsxEntries: 10_000,
  maxXlsxEntryBytes: 512 * 1024 * 1024,
  maxXlsxTotalBytes: 1024 * 1024 * 1024,
  maxXlsxSharedStringsBytes: 64 * 1024 * 1024,
});

/**
 * The defaults with some limits replaced.
 *
 * @param limits - the limits to change
 * @returns every limit
 * @throws {RangeError} when a limit is not a positive number
 * @example
 * resolveLimits({ maxColumns: 50 }).maxColumns; // => 50
 */
export function resolveLimits(limits: Partial<ReadLimits> = {}): ReadLimits {
  const out = { ...defaultReadLimits, ...limits };
  for (const [key, value] of Object.entries(out)) {
    if (typeof value !== "number" || !(value > 0)) throw new RangeError(`limits.${key} must be a positive number`);
  }
  return out;
}
