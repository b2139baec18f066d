/**
 * Where the attendance duplicate check puts the session and child pairs it cannot keep in memory:
 * numbered partitions of bytes, each appended to piece by piece and read back once, in the order
 * the pieces were appended. The Node entry point (`@kinderwerk/import/node`) uses temporary files;
 * the browser entry point keeps the pieces in memory unless given another store (IndexedDB, the
 * origin private file system, …).
 */
export interface SpillStore {
  /**
   * Append bytes to a partition (created on first use). The caller reuses the array once the call
   * (or the promise it returns) is done: a store that keeps the bytes keeps a copy.
   *
   * @param partition - the partition's number (0 ≤ n < 2^31)
   * @param bytes - the bytes
   */
  append(partition: number, bytes: Uint8Array): void | Promise<void>;
  /**
   * The bytes of a partition, in the order they were appended, in chunks of any size. Partitions
   * are read one at a time, each to its end, and each chunk before the next is asked for, so a
   * store may reuse one buffer for all of them.
   *
   * @param partition - the partition's number
   * @returns the chunks (none for a partition never appended to)
   */
  read(partition: number): AsyncIterable<Uint8Array> | Iterable<Uint8Array>;
  /**
   * Forget a partition once it has been read.
   *
   * @param partition - the partition's number
   */
  drop(partition: number): void | Promise<void>;
  /** Remove everything the store holds. Called once, also when the import fails or is cancelled. */
  dispose(): void | Promise<void>;
}

/** Makes a {@link SpillStore} when the first pair must leave memory (never for an import that fits). */
export type SpillStoreFactory = () => SpillStore | Promise<SpillStore>;
