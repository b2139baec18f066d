/**
 * The rows of a table that comes in several files, numbered as one: each file's rows are moved
 * past the rows of the files before it (an offset), so a duplicate check shared by the files holds
 * one number per row whatever its file, and a row number it gives back tells its file again.
 * Files are added one after the other; within a file, its own row numbers are used.
 *
 * @example
 * const files = new FileRows();
 * files.start("kinderen-2024.csv");
 * files.rowOf(12); // => 12
 * files.start("kinderen-2025.csv");
 * files.locate(files.rowOf(3)); // => { file: 1, row: 3 }
 */
export class FileRows {
  private readonly names: (string | undefined)[] = [];
  private readonly offsets: number[] = [];
  private end = 0;
  /** What the current file's rows are moved by. */
  offset = 0;

  /** How many files were started. */
  get size(): number {
    return this.names.length;
  }

  /**
   * Start the next file: its rows come after every row seen so far.
   *
   * @param name - the file's name, when known
   * @returns the file's number (0 for the first)
   */
  start(name: string | undefined): number {
    this.offset = this.names.length === 0 ? 0 : this.end + 1;
    this.names.push(name);
    this.offsets.push(this.offset);
    return this.names.length - 1;
  }

  /**
   * The shared number of a row of the current file (the next file starts after the greatest).
   *
   * @param row - the row in its file
   * @returns the row moved past the files before
   * @throws {RangeError} when the files together have more than 2^31 - 3 rows
   */
  rowOf(row: number): number {
    const at = this.offset + row;
    if (at > 0x7ffffffd) throw new RangeError("the files of one table have more than 2,147,483,645 rows in all");
    if (at > this.end) this.end = at;
    return at;
  }

  /**
   * Which file a shared row number is in, and its row there.
   *
   * @param at - a shared row number
   * @returns the file's number (-1 when no file was started) and the row in it
   */
  locate(at: number): { readonly file: number; readonly row: number } {
    let lo = 0;
    let hi = this.offsets.length - 1;
    if (hi < 0) return { file: -1, row: at };
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.offsets[mid]! <= at) lo = mid;
      else hi = mid - 1;
    }
    return { file: lo, row: at - this.offsets[lo]! };
  }

  /**
   * A file's name.
   *
   * @param file - the file's number
   * @returns its name, when known
   */
  name(file: number): string | undefined {
    return this.names[file];
  }

  /** The number of the current file (-1 before the first). */
  get current(): number {
    return this.names.length - 1;
  }
}
