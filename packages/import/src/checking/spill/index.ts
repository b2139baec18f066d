import type { SpillStore } from "./store.js";

export type { SpillStore, SpillStoreFactory } from "./store.js";

/**
 * A spill store that keeps its partitions in memory (20 bytes per spilled row): the default of the
 * browser entry point. It keeps the import exact, not small; give `importTable` a store on disk
 * where memory matters.
 *
 * @returns a new, empty store
 * @example
 * const store = memorySpillStore();
 * store.append(3, new Uint8Array([1, 2]));
 * for await (const chunk of store.read(3)) console.log(chunk); // => Uint8Array [1, 2]
 */
export function memorySpillStore(): SpillStore {
  const parts = new Map<number, Uint8Array[]>();
  return {
    append(partition, bytes) {
      let list = parts.get(partition);
      if (list === undefined) parts.set(partition, (list = []));
      list.push(bytes.slice());
    },
    read(partition) {
      return parts.get(partition) ?? [];
    },
    drop(partition) {
      parts.delete(partition);
    },
    dispose() {
      parts.clear();
    },
  };
}
