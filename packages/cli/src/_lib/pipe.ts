// Writing to stdout and stderr when the reader may go away: `kinderwerk … | head -c 100` closes
// the pipe after 100 bytes, and the next write fails with EPIPE.

import type { TextSink } from "./io.js";

/** A stream the command writes to, as `process.stdout` is. */
export interface WritableLike {
  write(chunk: string | Uint8Array): boolean;
  on(event: "error", listener: (error: Error) => void): unknown;
  readonly isTTY?: boolean;
  readonly columns?: number;
}

/**
 * A sink over a stream that stops writing, without a word, once the reader has closed it (EPIPE):
 * the run goes on to its end and exits with its own code, as if its output had been read. Any other
 * write error is passed to `onBroken` once (and writing stops as well).
 *
 * @param stream - `process.stdout` or `process.stderr`
 * @param onBroken - called with a write error other than EPIPE
 * @returns the sink to write to
 * @example
 * const stdout = closedPipeSafe(process.stdout, (e) => console.error(e.message));
 */
export function closedPipeSafe(stream: WritableLike, onBroken: (error: Error) => void): TextSink {
  let closed = false;
  stream.on("error", (error) => {
    if (closed) return;
    closed = true;
    if ((error as { code?: unknown }).code !== "EPIPE") onBroken(error);
  });
  return {
    write: (chunk: string) => (closed ? false : stream.write(chunk)),
    writeBytes: (chunk: Uint8Array) => (closed ? false : stream.write(chunk)),
    get isTTY() {
      return stream.isTTY === true;
    },
    get columns() {
      return stream.columns ?? 80;
    },
  };
}
