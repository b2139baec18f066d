/**
 * Pseudonymisation of child ids with a keyed hash (HMAC-SHA-256 through Web Crypto), so that the
 * same local id always becomes the same pseudonym under the same key, in Node 20 and the browser.
 */

/** The prefix of every pseudonym. */
export const PSEUDONYM_PREFIX = "kp-";

/** Options for pseudonymisation: the secret key (at least 16 bytes; keep it out of files and logs). */
export interface PseudonymOptions {
  /** The secret key: text (UTF-8) or bytes, at least 16 bytes. */
  readonly key: string | Uint8Array;
}

interface SubtleLike {
  importKey(format: "raw", key: Uint8Array, algorithm: { name: string; hash: string }, extractable: boolean, usages: string[]): Promise<unknown>;
  sign(algorithm: string, key: unknown, data: Uint8Array): Promise<ArrayBuffer>;
}

const ALPHABET = "abcdefghijklmnopqrstuvwxyz234567";

/** Base32 (RFC 4648 alphabet, lowercase, no padding) of bytes. */
function base32(bytes: Uint8Array): string {
  let out = "";
  let buffer = 0;
  let bits = 0;
  for (const b of bytes) {
    buffer = (buffer << 8) | b;
    bits += 8;
    while (bits >= 5) {
      out += ALPHABET[(buffer >>> (bits - 5)) & 31];
      bits -= 5;
    }
  }
  if (bits > 0) out += ALPHABET[(buffer << (5 - bits)) & 31];
  return out;
}

const encoder = new (globalThis as unknown as { TextEncoder: new () => { encode(text: string): Uint8Array } }).TextEncoder();

/**
 * Turns local child ids into stable pseudonyms: `kp-` followed by the base32 of the first 10 bytes
 * of HMAC-SHA-256(key, id) — 16 characters, 80 bits. The same id and key always give the same
 * pseudonym; another key gives another. The key is held as a non-extractable `CryptoKey` and never
 * appears in a pseudonym, an error or a message. Results are cached per id.
 */
export interface Pseudonymiser {
  /** The pseudonym of one id. */
  pseudonym(id: string): Promise<string>;
  /** Replace `childId` in each record (in place) by its pseudonym. */
  apply(records: readonly { childId: string }[]): Promise<void>;
}

/**
 * Make a pseudonymiser for a key.
 *
 * @param options - the key
 * @returns the pseudonymiser
 * @throws {TypeError} when the key is shorter than 16 bytes, or Web Crypto (`globalThis.crypto.subtle`) is missing; the message never holds the key
 * @example
 * const p = await createPseudonymiser({ key: "a secret of sixteen+ bytes" });
 * await p.pseudonym("kw-0101"); // => "kp-" + 16 base32 characters, the same every time
 */
export async function createPseudonymiser(options: PseudonymOptions): Promise<Pseudonymiser> {
  const raw = typeof options.key === "string" ? encoder.encode(options.key) : options.key;
  if (!(raw instanceof Uint8Array) || raw.length < 16) throw new TypeError("pseudonymise.key must be at least 16 bytes");
  const subtle = (globalThis as { crypto?: { subtle?: SubtleLike } }).crypto?.subtle;
  if (subtle === undefined) throw new TypeError("pseudonymisation needs Web Crypto (globalThis.crypto.subtle)");
  const key = await subtle.importKey("raw", raw, { name: "HMAC", hash: "SHA-256" }, false, ["sign"]);
  const cache = new Map<string, string>();
  const MAX_CACHE = 1_000_000;
  const compute = async (id: string): Promise<string> => {
    const mac = new Uint8Array(await subtle.sign("HMAC", key, encoder.encode(id)));
    return PSEUDONYM_PREFIX + base32(mac.subarray(0, 10));
  };
  const pseudonym = async (id: string): Promise<string> => {
    const hit = cache.get(id);
    if (hit !== undefined) return hit;
    const p = await compute(id);
    if (cache.size >= MAX_CACHE) cache.clear();
    cache.set(id, p);
    return p;
  };
  return {
    pseudonym,
    async apply(records) {
      const missing = new Set<string>();
      for (const r of records) if (!cache.has(r.childId)) missing.add(r.childId);
      if (missing.size > 0) {
        const ids = [...missing];
        const made = await Promise.all(ids.map(compute));
        if (cache.size + ids.length > MAX_CACHE) cache.clear();
        ids.forEach((id, i) => cache.set(id, made[i]!));
      }
      for (const r of records) r.childId = cache.get(r.childId) ?? (await pseudonym(r.childId));
    },
  };
}
