// The files as read sources: their bytes streamed in 64 KiB chunks and counted for the progress
// bar, and the reason a file could not be opened or read, as the file system gave it (ENOENT, EACCES).

import { createReadStream, statSync } from "node:fs";
import { basename } from "node:path";
import type { BlobLike } from "@kinderwerk/import/node";
import { CliError } from "../_lib/errors.js";
import { reason } from "../_lib/fs.js";
import type { CliLang } from "../_lib/io.js";
import { say } from "../_lib/messages.js";
import type { FileToRead } from "./outcome.js";

/** The files as sources, and what went wrong reading them. */
export interface CountedSources {
  /** One source per file, in the order of the files. */
  readonly sources: readonly BlobLike[];
  /** The file-system error that stopped the reading of a file, by its path. */
  readonly failures: ReadonlyMap<string, unknown>;
}

/**
 * The files as sources whose bytes are counted as they stream: `onProgress` hears the file, the
 * bytes read of all files and the size of all files. A file whose size cannot be read is a
 * one-line {@link CliError} before anything is read.
 *
 * @param files - the files
 * @param lang - the language of the error
 * @param onProgress - called as bytes are read
 * @returns the sources and the failures met while streaming them
 * @throws {CliError} `file.unreadable` when a file cannot be found or opened
 */
export function countedSources(files: readonly FileToRead[], lang: CliLang, onProgress?: (file: string, done: number, total: number) => void): CountedSources {
  const sizes = files.map((f) => {
    try {
      return statSync(f.path).size;
    } catch (error) {
      throw new CliError(say(lang, "file.unreadable", { path: f.path, reason: reason(error) }));
    }
  });
  const total = sizes.reduce((a, b) => a + b, 0);
  const failures = new Map<string, unknown>();
  let done = 0;
  const source = (path: string, size: number): BlobLike => ({
    size,
    name: basename(path),
    stream: () => ({
      async *[Symbol.asyncIterator]() {
        try {
          for await (const chunk of createReadStream(path, { highWaterMark: 64 * 1024 }) as AsyncIterable<Uint8Array>) {
            done += chunk.byteLength;
            onProgress?.(path, done, total);
            yield chunk;
          }
        } catch (error) {
          failures.set(path, error);
          throw error;
        }
      },
    }),
  });
  return { sources: files.map((f, i) => source(f.path, sizes[i]!)), failures };
}
