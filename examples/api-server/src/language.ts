import type { Lang } from "@kinderwerk/core";

/**
 * Pick the language of the messages from an `Accept-Language` header: the Dutch or English tag
 * with the highest weight, Dutch when neither is asked for.
 *
 * @example pickLanguage("en-GB,en;q=0.9,nl;q=0.8") // => "en"
 */
export function pickLanguage(header: string | undefined): Lang {
  if (!header) return "nl";
  let best: { lang: Lang; q: number } | undefined;
  for (const part of header.slice(0, 500).split(",")) {
    const [tag = "", ...params] = part.split(";");
    const primary = tag.trim().toLowerCase().split("-")[0];
    if (primary !== "nl" && primary !== "en") continue;
    let q = 1;
    for (const param of params) {
      const m = /^\s*q\s*=\s*([01](?:\.\d{0,3})?)\s*$/i.exec(param);
      if (m) q = Number(m[1]);
    }
    if (q > 0 && (best === undefined || q > best.q)) best = { lang: primary, q };
  }
  return best?.lang ?? "nl";
}
