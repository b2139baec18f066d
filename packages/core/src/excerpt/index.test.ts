import { describe, expect, it } from "vitest";
import { excerpt } from "./index.js";

describe("excerpt", () => {
  it("keeps short values as they are", () => {
    expect(excerpt("sprot")).toBe("sprot");
    expect(excerpt(12)).toBe("12");
  });
  it("cuts long values with an ellipsis", () => {
    expect(excerpt("x".repeat(100))).toBe(`${"x".repeat(40)}…`);
    expect(excerpt("abcdef", 3)).toBe("abc…");
  });
  it("masks a BSN-like number, also where the cut would split it", () => {
    expect(excerpt("111222333")).toBe("*********");
    expect(excerpt(`${"a".repeat(35)}111222333`)).toBe(`${"a".repeat(35)}*****…`);
  });
  it("replaces control characters and never shows objects", () => {
    expect(excerpt("a\nb\tc")).toBe("a b c");
    expect(excerpt({ name: "Jan" })).toBe("{…}");
    expect(excerpt(["Jan"])).toBe("[…]");
  });
});
