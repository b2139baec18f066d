import { describe, expect, it } from "vitest";
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
    for (const [code, entry] of Object.entries(coreMessages)) {
      for (const lang of LANGS) {
        const text = entry[lang]({ min: 1, max: 2, value: "v", allowed: ["a"], expected: "text" }, issue(code, ["childId"]));
        expect(text.length, `${code} ${lang}`).toBeGreaterThan(5);
      }
    }
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
