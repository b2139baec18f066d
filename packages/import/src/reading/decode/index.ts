import type { TextEncoding } from "../../types/rows.js";
import { textDecoder, type TextDecoderLike } from "../../_lib/platform.js";
import { stop, readWarning, type ReadIssue } from "../../types/readIssue.js";


/** What decoding found out about the file. */
export interface DecodeInfo {
  /** The encoding used (detected, or given). */
  encoding: TextEncoding;
  /** Whether the file starts with a byte-order mark. */
  bom: boolean;
}

const SNIFF_BYTES = 64 * 1024;

// Windows-1252 differs from ISO-8859-1 in 0x80-0x9F. Hosts disagree on the label (Node decodes
// "windows-1252" as Latin-1), so decode as Latin-1 and map that range ourselves.
const CP1252_HIGH = "€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ";
const C1 = /[\u0080-\u009f]/g;
const mapC1 = (c: string): string => CP1252_HIGH[c.charCodeAt(0) - 0x80] ?? c;

class Cp1252Decoder implements TextDecoderLike {
  private readonly latin1 = textDecoder("latin1", false);
  decode(input?: Uint8Array, options?: { stream?: boolean }): string {
    const text = this.latin1.decode(input, options);
    return C1.test(text) ? text.replace(C1, mapC1) : text;
  }
}

export type { TextEncoding };

function decoderFor(encoding: TextEncoding, fatal: boolean): TextDecoderLike {
  return encoding === "windows-1252" ? new Cp1252Decoder() : textDecoder(encoding, fatal);
}

const MAGIC: readonly (readonly [string, readonly number[]])[] = [
  ["zip", [0x50, 0x4b, 0x03, 0x04]],
  ["xls", [0xd0, 0xcf, 0x11, 0xe0]],
  ["pdf", [0x25, 0x50, 0x44, 0x46]],
  ["png", [0x89, 0x50, 0x4e, 0x47]],
  ["jpeg", [0xff, 0xd8, 0xff]],
  ["gif", [0x47, 0x49, 0x46, 0x38]],
  ["gzip", [0x1f, 0x8b]],
];

/**
 * The kind of a binary file from its first bytes (`zip`, `xls`, `pdf`, …), or `undefined`.
 *
 * @param head - the first bytes of the file
 * @returns the kind, or `undefined` when no known signature matches
 * @example
 * binaryKind(new Uint8Array([0x50, 0x4b, 0x03, 0x04])); // => "zip"
 */
export function binaryKind(head: Uint8Array): string | undefined {
  for (const [kind, sig] of MAGIC) if (sig.every((b, i) => head[i] === b)) return kind;
  return undefined;
}

/**
 * Detect the encoding of a text file from its first bytes, or stop with `file.binary` /
 * `file.encoding` when it is not text.
 */
export function sniffEncoding(head: Uint8Array, final: boolean): DecodeInfo {
  if (head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) return { encoding: "utf-8", bom: true };
  if (head[0] === 0xff && head[1] === 0xfe) return { encoding: "utf-16le", bom: true };
  if (head[0] === 0xfe && head[1] === 0xff) return { encoding: "utf-16be", bom: true };
  const kind = binaryKind(head);
  if (kind !== undefined) stop("file.binary", { kind });
  let nulEven = 0;
  let nulOdd = 0;
  let control = 0;
  for (let i = 0; i < head.length; i++) {
    const b = head[i]!;
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c) {
      if (b === 0) {
        if (i & 1) nulOdd++;
        else nulEven++;
      } else control++;
    }
  }
  const half = head.length / 2;
  if (half > 0 && (nulOdd > half * 0.3 || nulEven > half * 0.3) && control < head.length * 0.05) {
    stop("file.encoding", { encoding: nulOdd > nulEven ? "utf-16le" : "utf-16be" });
  }
  if (nulOdd + nulEven > 0 || control > head.length * 0.1) stop("file.binary", { kind: "unknown" });
  try {
    textDecoder("utf-8", true).decode(head, { stream: !final });
    return { encoding: "utf-8", bom: false };
  } catch {
    return { encoding: "windows-1252", bom: false };
  }
}

/** Options for {@link decodeChunks}. */
export interface DecodeOptions {
  /** Force an encoding instead of detecting it. */
  readonly encoding?: TextEncoding | undefined;
  /** Called once with what was detected, before the first text. */
  readonly onInfo?: ((info: DecodeInfo) => void) | undefined;
  /** Called with warnings (a UTF-8 file that turns out to hold Windows-1252 later on). */
  readonly onIssue?: ((issue: ReadIssue) => void) | undefined;
}

/**
 * Decode byte chunks into text chunks: detects the BOM and the encoding from the first 64 KiB
 * and drops the BOM. A text chunk passes through unchanged. If a file that looked like UTF-8
 * turns out to hold invalid UTF-8 later, the rest is decoded as Windows-1252 with a
 * `file.encoding-mixed` warning.
 */
export async function* decodeChunks(chunks: AsyncIterable<Uint8Array | string>, options: DecodeOptions = {}): AsyncGenerator<string> {
  let info: DecodeInfo | undefined;
  let decoder: TextDecoderLike | undefined;
  let pending: Uint8Array[] = [];
  let pendingBytes = 0;
  let mixedReported = false;

  const start = (head: Uint8Array, final: boolean): void => {
    const sniffed = sniffEncoding(head, final);
    info = options.encoding === undefined ? sniffed : { encoding: options.encoding, bom: sniffed.bom && sniffed.encoding === options.encoding };
    decoder = decoderFor(info.encoding, info.encoding === "utf-8");
    options.onInfo?.(info);
  };
  const decode = (bytes: Uint8Array, final: boolean): string => {
    try {
      return decoder!.decode(bytes, { stream: !final });
    } catch {
      // Invalid UTF-8 after a valid start: fall back to Windows-1252 for the rest.
      if (!mixedReported) options.onIssue?.(readWarning("file.encoding-mixed", { encoding: "windows-1252" }));
      mixedReported = true;
      info!.encoding = "windows-1252";
      decoder = new Cp1252Decoder();
      return decoder.decode(bytes, { stream: !final });
    }
  };
  const firstText = (bytes: Uint8Array, final: boolean): string => {
    start(bytes, final);
    const skip = info!.bom ? (info!.encoding === "utf-8" ? 3 : 2) : 0;
    return decode(skip > 0 ? bytes.subarray(skip) : bytes, final);
  };

  for await (const chunk of chunks) {
    if (typeof chunk === "string") {
      if (info === undefined) {
        info = { encoding: "utf-8", bom: chunk.charCodeAt(0) === 0xfeff };
        options.onInfo?.(info);
        yield info.bom ? chunk.slice(1) : chunk;
      } else yield chunk;
      continue;
    }
    if (info === undefined) {
      pending.push(chunk);
      pendingBytes += chunk.length;
      if (pendingBytes < SNIFF_BYTES) continue;
      const head = concat(pending, pendingBytes);
      pending = [];
      const text = firstText(head, false);
      if (text.length > 0) yield text;
      continue;
    }
    const text = decode(chunk, false);
    if (text.length > 0) yield text;
  }
  if (info === undefined) {
    if (pendingBytes === 0) return;
    const text = firstText(concat(pending, pendingBytes), true);
    if (text.length > 0) yield text;
    return;
  }
  if (decoder !== undefined) {
    const tail = decode(new Uint8Array(0), true);
    if (tail.length > 0) yield tail;
  }
}

function concat(parts: readonly Uint8Array[], total: number): Uint8Array {
  if (parts.length === 1) return parts[0]!;
  const out = new Uint8Array(total);
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}
