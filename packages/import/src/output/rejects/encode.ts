import type { TextEncoding } from "../../reading/decode/index.js";

interface TextEncoderLike {
  encode(text: string): Uint8Array;
  encodeInto(text: string, into: Uint8Array): { read: number; written: number };
}
let encoder: TextEncoderLike | undefined;
const textEncoder = (): TextEncoderLike => (encoder ??= new (globalThis as unknown as { TextEncoder: new () => TextEncoderLike }).TextEncoder());
const utf8 = (text: string): Uint8Array => textEncoder().encode(text);

/** The characters Windows-1252 puts at 0x80–0x9F (undefined positions are `\u0000`). */
const CP1252_HIGH = "€\u0000‚ƒ„…†‡ˆ‰Š‹Œ\u0000Ž\u0000\u0000‘’“”•–—˜™š›œ\u0000žŸ";
const FROM_UNICODE = new Map<number, number>();
for (let i = 0; i < 32; i++) if (CP1252_HIGH.charCodeAt(i) !== 0) FROM_UNICODE.set(CP1252_HIGH.charCodeAt(i), 0x80 + i);

/**
 * Encode text in the encoding a file came in, so a rejects file opens like the original:
 * UTF-8 (with a byte-order mark when `bom`), Windows-1252 (characters it cannot hold become `?`),
 * or UTF-16 LE/BE with a byte-order mark.
 *
 * @param text - the text (without a BOM character)
 * @param encoding - the encoding
 * @param bom - whether to start with a byte-order mark (UTF-8; UTF-16 always has one)
 * @returns the bytes
 * @example
 * encodeText("é€", "windows-1252", false); // => Uint8Array [0xe9, 0x80]
 */
export function encodeText(text: string, encoding: TextEncoding, bom: boolean): Uint8Array {
  if (encoding === "windows-1252") {
    const out = new Uint8Array(text.length);
    let n = 0;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c < 0x80 || (c >= 0xa0 && c <= 0xff)) out[n++] = c;
      else {
        const b = FROM_UNICODE.get(c);
        // a surrogate pair is one character: one `?`
        if (c >= 0xd800 && c <= 0xdbff) i++;
        // a C1 control character (text decoded as Latin-1) goes back to its own byte
        out[n++] = b ?? (c >= 0x80 && c <= 0x9f ? c : 0x3f);
      }
    }
    return out.subarray(0, n);
  }
  if (encoding === "utf-16le" || encoding === "utf-16be") {
    const out = new Uint8Array(2 + text.length * 2);
    const le = encoding === "utf-16le";
    out[0] = le ? 0xff : 0xfe;
    out[1] = le ? 0xfe : 0xff;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      out[2 + i * 2] = le ? c & 0xff : c >> 8;
      out[3 + i * 2] = le ? c >> 8 : c & 0xff;
    }
    return out;
  }
  const body = utf8(text);
  if (!bom) return body;
  const out = new Uint8Array(body.length + 3);
  out.set([0xef, 0xbb, 0xbf]);
  out.set(body, 3);
  return out;
}

/**
 * Encode pieces of text as {@link encodeText} encodes them joined. In UTF-8 each piece is encoded
 * on its own: the engine encodes text of one-byte characters (ASCII, Latin-1) many times faster
 * than text that holds a single character beyond them (`–`, `€`, `’`), so one such character in a
 * row no longer slows down every other row of the batch.
 *
 * @param pieces - the pieces, in order (lines: no piece ends inside a surrogate pair)
 * @param encoding - the encoding
 * @param bom - whether to start with a byte-order mark (UTF-8; UTF-16 always has one)
 * @returns the bytes
 */
export function encodeTexts(pieces: readonly string[], encoding: TextEncoding, bom: boolean): Uint8Array {
  if (encoding !== "utf-8") return encodeText(pieces.join(""), encoding, bom);
  let length = 0;
  for (const p of pieces) length += p.length;
  let out = new Uint8Array(length + (length >> 2) + 16);
  let at = 0;
  if (bom) {
    out.set([0xef, 0xbb, 0xbf]);
    at = 3;
  }
  const enc = textEncoder();
  for (const p of pieces) {
    if (out.length - at < 3 * p.length) {
      const grown = new Uint8Array(Math.max(2 * out.length, at + 3 * p.length));
      grown.set(out.subarray(0, at));
      out = grown;
    }
    at += enc.encodeInto(p, out.subarray(at)).written;
  }
  return at > out.length * 0.75 ? out.subarray(0, at) : out.slice(0, at);
}
