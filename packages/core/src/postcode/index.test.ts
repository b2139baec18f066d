import { describe, expect, it } from "vitest";
import { Postcode, toPc4 } from "./index.js";

describe("toPc4", () => {
  it("trims before it checks the length, so spaces around a postcode do not reject it", () => {
    expect(toPc4(" 5025 KL ")).toBe("5025");
    expect(toPc4("\t5025KL  ")).toBe("5025");
    expect(Postcode.parse(" 5025 KL ")).toBe("5025");
  });
  it("rejects an address and a postcode starting with 0", () => {
    expect(toPc4("5025 KL 12")).toBeUndefined();
    expect(toPc4("0123 AB")).toBeUndefined();
  });
});
