import * as z from "zod";
import { describe, expect, it } from "vitest";
import { safeParse } from "./safeParse.js";

describe("safeParse", () => {
  it("maps zod's issues under a path prefix", () => {
    expect(safeParse(z.object({ a: z.string() }), {}, ["rows", 2])).toEqual({
      ok: false,
      issues: [{ code: "value.required", severity: "error", path: ["rows", 2, "a"], params: {} }],
    });
  });
  it("turns a throwing input or prepare step into value.unreadable", () => {
    const trap = new Proxy({}, { get: () => { throw new Error("trap"); } });
    expect(safeParse(z.object({ a: z.string() }), trap, ["x"])).toEqual({ ok: false, issues: [expect.objectContaining({ code: "value.unreadable", path: ["x"] })] });
    expect(safeParse(z.string(), "a", [], () => { throw new Error("boom"); }).ok).toBe(false);
  });
});
