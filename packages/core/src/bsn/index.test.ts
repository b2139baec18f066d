import { describe, expect, it } from "vitest";
import { findBsnLike, findBsns, looksLikeBsn } from "./index.js";

describe("looksLikeBsn", () => {
  it("recognises nine digits that pass the 11-test", () => {
    // 9·1 + 8·1 + 7·1 + 6·2 + 5·2 + 4·2 + 3·3 + 2·3 − 1·3 = 66 = 6·11
    expect(looksLikeBsn("111222333")).toBe(true);
    expect(looksLikeBsn("123456782")).toBe(true);
  });
  it("ignores separators and accepts numbers with leading zeros", () => {
    expect(looksLikeBsn("111 222 333")).toBe(true);
    expect(looksLikeBsn("111.22.23.33")).toBe(true);
    expect(looksLikeBsn(111222333)).toBe(true);
  });
  it("rejects nine digits that fail the 11-test", () => {
    expect(looksLikeBsn("123456789")).toBe(false);
    expect(looksLikeBsn("111222334")).toBe(false);
  });
  it("rejects other lengths, letters, all zeros and non-strings", () => {
    expect(looksLikeBsn("11122233")).toBe(false);
    expect(looksLikeBsn("1112223330")).toBe(false);
    expect(looksLikeBsn("kw-0101")).toBe(false);
    expect(looksLikeBsn("000000000")).toBe(false);
    expect(looksLikeBsn(null)).toBe(false);
    expect(looksLikeBsn({})).toBe(false);
  });
});

describe("findBsnLike", () => {
  it("finds every BSN-like number in free text with its position", () => {
    const text = "BSN 111222333 en 123456782, niet 123456789";
    expect(findBsnLike(text)).toEqual([
      { start: 4, end: 13 },
      { start: 17, end: 26 },
    ]);
  });
  it("does not find part of a longer number", () => {
    expect(findBsnLike("rekening 1112223339999")).toEqual([]);
  });
  it("finds BSNs grouped with runs of separators, NBSP, underscores, slashes and full-width digits", () => {
    for (const text of ["123  456  782", "123 - 456 - 782", "123\u00a0456\u00a0782", "123\u2009456\u2009782", "123_456_782", "123/456/782", "１２３４５６７８２"]) {
      expect(findBsnLike(`x ${text} y`)).toEqual([{ start: 2, end: 2 + text.length }]);
    }
    expect(looksLikeBsn("123 - 456 - 782")).toBe(true);
    expect(findBsnLike("123 -- - 456 782")).toEqual([]);
    expect(findBsnLike("01-02-2025 10")).toEqual([]);
  });
  it("stays fast on a 100 kB adversarial text", () => {
    const start = Date.now();
    for (const text of ["1 - ".repeat(25_000), "1".repeat(100_000), "12345678 ".repeat(11_000)]) findBsnLike(text);
    expect(Date.now() - start).toBeLessThan(500);
  });
});

describe("findBsns", () => {
  it("finds a BSN alone, split by spaces, dots, dashes or other separators, and as its own token in text", () => {
    for (const text of ["111222333", "111 222 333", "111.22.23.33", "123-456-782", "123 - 456 - 782", "123\u00a0456\u00a0782", "123_456_782", "123/456/782", "１２３４５６７８２"]) {
      expect(findBsns(text)).toEqual([{ start: 0, end: text.length }]);
      expect(findBsns(`BSN: ${text}, genoemd`)).toEqual([{ start: 5, end: 5 + text.length }]);
    }
    expect(findBsns("s-111.222.333")).toEqual([{ start: 2, end: 13 }]);
    expect(findBsns("kind 111222333 en 123456782, niet 123456789")).toEqual([
      { start: 5, end: 14 },
      { start: 18, end: 27 },
    ]);
  });
  it("finds a BSN written against NL or BSN", () => {
    expect(findBsns("NL111222333")).toEqual([{ start: 2, end: 11 }]);
    expect(findBsns("bsn111222333")).toEqual([{ start: 3, end: 12 }]);
  });
  it("never finds nine digits inside a longer run of letters and digits, or part of a longer number", () => {
    expect(findBsns("a111222333")).toEqual([]);
    expect(findBsns("111222333b")).toEqual([]);
    expect(findBsns("0b5f9c1e-1112-2233-3a4b-111222333abc")).toEqual([]);
    expect(findBsns("rekening 1112223339999")).toEqual([]);
    expect(findBsns("1112 2233 3999")).toEqual([]);
    expect(findBsns("123 -- - 456 782")).toEqual([]);
    expect(findBsns("01-02-2025 10")).toEqual([]);
  });
  it("takes whole groups only, so a group of a longer chain may end a BSN", () => {
    expect(findBsns("111 222 333 12 kinderen")).toEqual([{ start: 0, end: 11 }]);
    expect(findBsns("1 111 222 33")).toEqual([]);
  });
  it("stays fast on a 100 kB adversarial text", () => {
    for (const text of ["1 - ".repeat(25_000), "1".repeat(100_000), "12345678 ".repeat(11_000), "a1 ".repeat(33_000)]) {
      expect(Array.isArray(findBsns(text))).toBe(true);
    }
  });
});
