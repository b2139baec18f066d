// A small, careful scan of the few SpreadsheetML elements the reader needs. Not a general XML
// parser: no DTDs, no external entities (so no XXE), only the five predefined entities and
// character references. Every regex here is linear: no nested quantifiers.

const ENTITY = /&(#x[0-9a-fA-F]+|#[0-9]+|lt|gt|amp|quot|apos);|_x([0-9a-fA-F]{4})_/g;

function entity(_: string, ref: string | undefined, hex: string | undefined): string {
  if (hex !== undefined) return String.fromCharCode(parseInt(hex, 16));
  switch (ref) {
    case "lt":
      return "<";
    case "gt":
      return ">";
    case "amp":
      return "&";
    case "quot":
      return '"';
    case "apos":
      return "'";
    default: {
      const code = ref!.startsWith("#x") ? parseInt(ref!.slice(2), 16) : parseInt(ref!.slice(1), 10);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : "";
    }
  }
}

/** Text content with entities, character references and OOXML `_xHHHH_` escapes resolved. */
export function unescapeXml(text: string): string {
  return text.indexOf("&") === -1 && text.indexOf("_x") === -1 ? text : text.replace(ENTITY, entity);
}

const ATTR = /([A-Za-z_][\w.:-]*)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;

/** The attributes of a start tag's inside (`r="A1" t="s"`), by local name (prefix dropped). */
export function attributes(tag: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of tag.matchAll(ATTR)) {
    const name = m[1]!;
    const local = name.includes(":") && !name.startsWith("xmlns") ? name.slice(name.indexOf(":") + 1) : name;
    const full = name.startsWith("r:") ? name : local;
    out.set(full, unescapeXml(m[2] ?? m[3] ?? ""));
    if (full !== local) out.set(local, out.get(full)!);
  }
  return out;
}

/** Elements named `local` (any namespace prefix): their attributes and inner XML. */
export function* elements(xml: string, local: string): Generator<{ attrs: string; inner: string }> {
  const re = new RegExp(`<(?:[A-Za-z_][\\w.-]*:)?${local}(?=[\\s/>])([^>]*)>`, "g");
  for (let m = re.exec(xml); m !== null; m = re.exec(xml)) {
    const attrs = m[1]!;
    if (attrs.endsWith("/")) {
      yield { attrs: attrs.slice(0, -1), inner: "" };
      continue;
    }
    const closeRe = new RegExp(`</(?:[A-Za-z_][\\w.-]*:)?${local}>`, "g");
    closeRe.lastIndex = re.lastIndex;
    const close = closeRe.exec(xml);
    const end = close === null ? xml.length : close.index;
    yield { attrs, inner: xml.slice(re.lastIndex, end) };
    re.lastIndex = close === null ? xml.length : closeRe.lastIndex;
  }
}

/** The text of a string item (`<si>` or `<is>`): all `<t>` runs joined, phonetic runs left out. */
export function stringItemText(inner: string): string {
  const noPhonetic = inner.indexOf("rPh") === -1 ? inner : inner.replace(/<(?:\w+:)?rPh\b[^>]*>[\s\S]*?<\/(?:\w+:)?rPh>/g, "");
  let text = "";
  for (const t of elements(noPhonetic, "t")) text += unescapeXml(t.inner);
  return text;
}
