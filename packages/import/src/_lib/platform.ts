// Structural types for the few platform objects the reader touches, so that the browser entry
// point compiles without DOM or Node typings and accepts both worlds' objects.

/** The part of `TextDecoder` the reader uses. */
export interface TextDecoderLike {
  decode(input?: Uint8Array, options?: { stream?: boolean }): string;
}

type TextDecoderCtor = new (label?: string, options?: { fatal?: boolean; ignoreBOM?: boolean }) => TextDecoderLike;

/** A text decoder from the host (browsers and Node both have one). */
export function textDecoder(label: string, fatal: boolean): TextDecoderLike {
  const Ctor = (globalThis as unknown as { TextDecoder: TextDecoderCtor }).TextDecoder;
  return new Ctor(label, { fatal, ignoreBOM: true });
}

/** The part of a WHATWG `ReadableStream` reader the reader uses. */
export interface StreamReaderLike<T> {
  /** The next chunk, or `done` at the end of the stream. */
  read(): Promise<{ done: true; value?: undefined } | { done: false; value: T }>;
  /** Stop the stream early (the reader stopped before its end). */
  cancel(reason?: unknown): Promise<void>;
  /** Let go of the stream, so that others may read it. */
  releaseLock(): void;
}

/** A WHATWG `ReadableStream` (browser `fetch().body`, `Blob.stream()`, Node's web streams). */
export interface ReadableStreamLike<T = Uint8Array> {
  /** A reader that locks the stream to itself. */
  getReader(): StreamReaderLike<T>;
}

/** A `Blob` or `File`: something with a size and a byte stream. */
export interface BlobLike {
  readonly size: number;
  readonly name?: string;
  /** The bytes as a stream (a web `ReadableStream`, or any async iterable of bytes). */
  stream(): ReadableStreamLike<Uint8Array> | AsyncIterable<Uint8Array>;
}

/** The part of `AbortSignal` the reader uses. */
export interface AbortSignalLike {
  readonly aborted: boolean;
}
