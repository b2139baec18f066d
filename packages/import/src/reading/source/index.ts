import type { AbortSignalLike, BlobLike, ReadableStreamLike } from "../../_lib/platform.js";
import { stop } from "../../types/readIssue.js";

/**
 * Something to read rows from, in the browser or in Node:
 * the text itself, its bytes, a `Blob`/`File`, a WHATWG `ReadableStream` of bytes
 * (`fetch().body`), or any async iterable of byte or text chunks (a Node `Readable` is one).
 * The Node entry point (`@kinderwerk/import/node`) adds file paths via `fileSource()`.
 */
export type ReadSource =
  | string
  | Uint8Array
  | ArrayBuffer
  | BlobLike
  | ReadableStreamLike<Uint8Array>
  | AsyncIterable<Uint8Array | string>
  | Iterable<Uint8Array | string>;

/** Progress of a read: bytes consumed so far, and the total when the source knows it. */
export interface ReadProgress {
  /** Bytes (or, for a text source, characters) consumed so far. */
  readonly bytesRead: number;
  /** The size of the source, when known (bytes, a `Blob`, a file). */
  readonly totalBytes: number | undefined;
}

/** A source turned into chunks. */
export interface OpenedSource {
  readonly name: string | undefined;
  readonly size: number | undefined;
  readonly chunks: AsyncIterable<Uint8Array | string>;
}

/**
 * The largest chunk the reader works on. Small chunks keep a read fast and its memory small: the
 * rows of a chunk die young, before the garbage collector has to move them (64 KiB measured best;
 * 1 MiB chunks took 60% longer and half again as much memory).
 */
export const CHUNK_BYTES = 64 * 1024;
const SLICE = CHUNK_BYTES;

function* slices(data: Uint8Array | string): Generator<Uint8Array | string> {
  if (data.length === 0) return;
  for (let i = 0; i < data.length; i += SLICE) {
    yield typeof data === "string" ? data.slice(i, i + SLICE) : data.subarray(i, i + SLICE);
  }
}

async function* fromStream(stream: ReadableStreamLike<Uint8Array>): AsyncGenerator<Uint8Array> {
  const reader = stream.getReader();
  let done = false;
  try {
    for (;;) {
      const r = await reader.read();
      if (r.done) {
        done = true;
        return;
      }
      yield r.value;
    }
  } finally {
    if (!done) await reader.cancel().catch(() => undefined);
    reader.releaseLock();
  }
}

function isObject(x: unknown): x is Record<string | symbol, unknown> {
  return typeof x === "object" && x !== null;
}

/**
 * Turn any {@link ReadSource} into chunks, with its size and name when known.
 *
 * @param source - what to read
 * @returns the chunks, the size and the name
 * @throws {TypeError} when the source is none of the accepted kinds (programmer error)
 * @example
 * openSource("a,b\n1,2\n").size; // => 8
 */
export function openSource(source: ReadSource): OpenedSource {
  if (typeof source === "string") return { name: undefined, size: source.length, chunks: toAsync(slices(source)) };
  if (source instanceof Uint8Array) return { name: undefined, size: source.byteLength, chunks: toAsync(slices(source)) };
  if (source instanceof ArrayBuffer) return { name: undefined, size: source.byteLength, chunks: toAsync(slices(new Uint8Array(source))) };
  if (isObject(source) && typeof source["stream"] === "function" && typeof source["size"] === "number") {
    const blob = source as unknown as BlobLike;
    const s = blob.stream();
    return { name: typeof blob.name === "string" ? blob.name : undefined, size: blob.size, chunks: isObject(s) && typeof (s as { getReader?: unknown }).getReader === "function" ? fromStream(s as ReadableStreamLike<Uint8Array>) : (s as AsyncIterable<Uint8Array>) };
  }
  if (isObject(source) && typeof source["getReader"] === "function") {
    return { name: undefined, size: undefined, chunks: fromStream(source as unknown as ReadableStreamLike<Uint8Array>) };
  }
  if (isObject(source) && typeof source[Symbol.asyncIterator] === "function") {
    return { name: undefined, size: undefined, chunks: source as AsyncIterable<Uint8Array | string> };
  }
  if (isObject(source) && typeof source[Symbol.iterator] === "function") {
    return { name: undefined, size: undefined, chunks: toAsync(source as Iterable<Uint8Array | string>) };
  }
  throw new TypeError("readRows: unsupported source (expected text, bytes, a Blob, a ReadableStream or an async iterable)");
}

async function* toAsync<T>(it: Iterable<T>): AsyncGenerator<T> {
  yield* it;
}

/** Options that watch a read. */
export interface WatchOptions {
  readonly signal?: AbortSignalLike | undefined;
  readonly onProgress?: ((progress: ReadProgress) => void) | undefined;
}

/**
 * The chunks of a source, checking for cancellation before each chunk and reporting progress
 * after it. Stops with `file.aborted` when the signal fires; closes the source when the consumer stops.
 */
export async function* watchChunks(opened: OpenedSource, options: WatchOptions): AsyncGenerator<Uint8Array | string> {
  const { signal, onProgress } = options;
  let bytesRead = 0;
  if (signal?.aborted) stop("file.aborted", { bytesRead });
  for await (const raw of opened.chunks) {
    if (signal?.aborted) stop("file.aborted", { bytesRead });
    const chunk: Uint8Array | string = typeof raw === "string" || raw instanceof Uint8Array ? raw : new Uint8Array(raw as ArrayBufferLike);
    // A source may hand over large chunks (a Blob's stream, a Node stream with a big buffer):
    // cut them into pieces of at most CHUNK_BYTES, without copying bytes.
    if (chunk.length > CHUNK_BYTES) {
      for (const piece of slices(chunk)) {
        if (signal?.aborted) stop("file.aborted", { bytesRead });
        bytesRead += piece.length;
        yield piece;
        onProgress?.({ bytesRead, totalBytes: opened.size });
      }
      continue;
    }
    bytesRead += chunk.length;
    yield chunk;
    onProgress?.({ bytesRead, totalBytes: opened.size });
  }
  if (signal?.aborted) stop("file.aborted", { bytesRead });
}
