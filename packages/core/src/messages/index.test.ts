/// <reference types="node" />
import { readdirSync, readFileSync } from "node:fs";
import { join, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { CORE_ISSUE_CODES } from "../issues/codes.js";
import { mergeMessages } from "../issues/format.js";
import { fail, hasErrors, issue, ok } from "../issues/issue.js";
import { LANGS } from "../issues/lang.js";
import { coreMessages, formatIssue } from "./index.js";

describe("formatIssue", () => {
  it("speaks Dutch by default and English on request", () => {
    const i = issue("value.required", ["birthDate"]);
    expect(formatIssue(i)).toBe("Geboortedatum ontbreekt.");
    expect(formatIssue(i, { lang: "en" })).toBe("Birth date is missing.");
  });
  it("lets an app use its own words first", () => {
    const mine = { "value.required": { nl: () => "Vul dit veld in.", en: () => "Please fill in." } };
    expect(formatIssue(issue("value.required", ["x"]), { messages: mine })).toBe("Vul dit veld in.");
    expect(formatIssue(issue("value.required", ["x"]), { messages: [mine], lang: "en" })).toBe("Please fill in.");
    expect(formatIssue(issue("value.required", ["birthDate"]), { messages: mergeMessages(coreMessages, mine) })).toBe("Vul dit veld in.");
  });
  it("falls back to Dutch for an unknown language instead of throwing", () => {
    const i = issue("value.required", ["birthDate"]);
    expect(formatIssue(i, { lang: "de" as never })).toBe("Geboortedatum ontbreekt.");
    expect(formatIssue(issue("some.code"), { lang: "fr" as never })).toBe("Ongeldige waarde (some.code).");
  });
  it("has a generic sentence for unknown codes that never shows the value", () => {
    expect(formatIssue(issue("some.code", [], { value: "secret" }))).toBe("Ongeldige waarde (some.code).");
    expect(formatIssue(issue("toString", []))).toBe("Ongeldige waarde (toString).");
  });
  it("has every core message in both languages", () => {
    // Exactly the codes core can raise: none without words, no words for a code nothing raises.
    expect(Object.keys(coreMessages).sort()).toEqual([...CORE_ISSUE_CODES].sort());
    for (const code of CORE_ISSUE_CODES) {
      const entry = coreMessages[code];
      for (const lang of LANGS) {
        expect(typeof entry?.[lang], `${code} ${lang}`).toBe("function");
        const text = entry?.[lang]({ min: 1, max: 2, value: "v", allowed: ["a"], expected: "text" }, issue(code, ["childId"])) ?? "";
        expect(text.length, `${code} ${lang}`).toBeGreaterThan(5);
      }
    }
  });
});

describe("the codes core raises", () => {
  // The sources of core without their comments: the code as written, not its examples.
  const root = fileURLToPath(new URL("..", import.meta.url));
  const sources = (readdirSync(root, { recursive: true, encoding: "utf8" }) as string[])
    .filter((f) => f.endsWith(".ts") && !/\.test(-d)?\.ts$/.test(f))
    .map((file) => ({ file: file.split(sep).join("/"), text: readFileSync(join(root, file), "utf8").replace(/^\s*(\*|\/\/|\/\*\*).*$/gm, "") }));
  const known: ReadonlySet<string> = new Set(CORE_ISSUE_CODES);

  it("are all in CORE_ISSUE_CODES, wherever an issue is made", () => {
    const raised = /(?:\bissue|coreIssue|refineParams|new DateError|nameLike\([^,]+,|idWith)\(?\s*"([^"]+)"|kw: "([^"]+)"/g;
    const found: string[] = [];
    for (const { file, text } of sources) {
      for (const m of text.matchAll(raised)) found.push(`${file}: ${m[1] ?? m[2]}`);
    }
    expect(found.length).toBeGreaterThan(60);
    expect(found.filter((f) => !known.has(f.slice(f.indexOf(": ") + 2)))).toEqual([]);
  });

  it("are each raised somewhere outside the message tables", () => {
    const code = sources.filter(({ file }) => !file.endsWith("messages.ts") && !file.startsWith("messages/") && file !== "issues/codes.ts");
    const unraised = CORE_ISSUE_CODES.filter((c) => !code.some(({ text }) => text.includes(`"${c}"`)));
    expect(unraised).toEqual([]);
  });
});

describe("results", () => {
  it("tell errors from warnings", () => {
    expect(hasErrors([issue("a", [], {}, "warning")])).toBe(false);
    expect(hasErrors([issue("a", [])])).toBe(true);
    expect(ok(1)).toEqual({ ok: true, value: 1, issues: [] });
    expect(fail([issue("a")])).toEqual({ ok: false, issues: [{ code: "a", severity: "error", path: [], params: {} }] });
  });
});
