import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createAgeBands } from "../ageBands/index.js";
import { createCatalogues, parseCatalogue } from "../catalogue/index.js";
import { createHolidayCalendar } from "../holidays/index.js";
import { parseActivity, parseAttendance, parseChild, parseReferral, parseSession, parseSignal } from "./index.js";

const parsers = { parseChild, parseActivity, parseSession, parseAttendance, parseSignal, parseReferral };

describe("parse functions on bad input", () => {
  it.each(Object.entries(parsers))("%s never throws on values of the wrong type", (_, parse) => {
    for (const input of [undefined, null, 0, -1, NaN, "", "text", true, [], [1, 2], () => 1, Symbol("x"), 10n, new Date(), new Map()]) {
      const result = parse(input);
      expect(result.ok).toBe(false);
      expect(result.issues.length).toBeGreaterThan(0);
    }
  });

  it.each(Object.entries(parsers))("%s never throws on any JSON value", (_, parse) => {
    fc.assert(
      fc.property(fc.jsonValue(), (input) => {
        const result = parse(input);
        expect(typeof result.ok).toBe("boolean");
      }),
      { numRuns: 300 },
    );
  });

  it("reports missing fields, never a crash", () => {
    expect(parseSession({}).issues.map((i) => i.path[0])).toEqual(["sessionId", "activityId", "date", "durationMinutes"]);
  });

  it("does not pollute prototypes through __proto__ or constructor keys", () => {
    const hostile = JSON.parse(
      '{"childId":"kw-1","birthDate":"2015-01-01","__proto__":{"polluted":"yes"},"constructor":{"prototype":{"polluted":"yes"}}}',
    ) as unknown;
    const result = parseChild(hostile);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(Object.keys(result.value)).toEqual(["childId", "birthDate"]);
    expect(Object.getPrototypeOf(result.value)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>)["polluted"]).toBeUndefined();
    expect((result.value as Record<string, unknown>)["polluted"]).toBeUndefined();
  });

  it("rejects a __proto__ value where a field is expected", () => {
    const hostile = JSON.parse('{"sessionId":"b-1","childId":"kw-1","present":{"__proto__":{"x":1}}}') as unknown;
    expect(parseAttendance(hostile).issues[0]).toMatchObject({ code: "value.type", path: ["present"] });
  });

  it("rejects very long strings with a bounded message", () => {
    const long = "a".repeat(5_000_000);
    const result = parseActivity({ activityId: long, name: long, kind: long });
    expect(result.issues.map((i) => i.code)).toEqual(["value.too-long", "value.too-long", "value.not-allowed"]);
    expect(JSON.stringify(result.issues).length).toBeLessThan(2000);
  });

  it("rejects deeply nested values without walking into them", () => {
    let deep: Record<string, unknown> = {};
    const root = deep;
    for (let i = 0; i < 100_000; i++) {
      const next: Record<string, unknown> = {};
      deep["a"] = next;
      deep = next;
    }
    const result = parseChild({ childId: root, birthDate: "2015-01-01", extra: root });
    expect(result.issues).toEqual([expect.objectContaining({ code: "value.type", path: ["childId"], params: { expected: "text" } })]);
    const list = parseActivity({ activityId: "a", name: "b", kind: "sport", partners: [root, [root]] });
    expect(list.issues.map((i) => i.path.join("."))).toEqual(["partners.0.name", "partners.1"]);
  });

  it("turns a value whose reading throws into an issue", () => {
    const trap = new Proxy(
      {},
      {
        get() {
          throw new Error("trap");
        },
      },
    );
    expect(parseChild(trap)).toEqual({ ok: false, issues: [expect.objectContaining({ code: "value.unreadable" })] });
  });

  it("puts a path prefix in front of every issue", () => {
    expect(parseChild({ childId: "kw-1" }, { path: ["children", 4] }).issues[0]?.path).toEqual(["children", 4, "birthDate"]);
  });
});

describe("parseSignal and parseReferral", () => {
  it("check the category and destination against the catalogues", () => {
    const signal = { signalId: "s-1", childId: "kw-1", date: "2025-10-01", category: "weather", observedBy: "volunteer" };
    expect(parseSignal(signal).issues[0]).toMatchObject({ code: "catalogue.code.unknown", path: ["category"] });
    expect(parseSignal({ ...signal, category: "bullying" }).ok).toBe(true);
    const referral = { referralId: "v-1", childId: "kw-1", destination: "police", createdOn: "2025-10-02", status: "draft" };
    expect(parseReferral(referral).issues[0]).toMatchObject({ code: "catalogue.code.unknown", path: ["destination"] });
  });
});

describe("every parse function on hostile input", () => {
  const trap = new Proxy(
    {},
    {
      get() {
        throw new Error("trap");
      },
      ownKeys() {
        throw new Error("trap");
      },
      getOwnPropertyDescriptor() {
        throw new Error("trap");
      },
      getPrototypeOf() {
        throw new Error("trap");
      },
    },
  );
  let deep: Record<string, unknown> = {};
  const nested = deep;
  for (let i = 0; i < 50_000; i++) {
    const next: Record<string, unknown> = {};
    deep["a"] = next;
    deep = next;
  }
  const long = "x".repeat(1_000_000);
  const poisoned = JSON.parse('{"__proto__":{"polluted":"yes"},"constructor":{"prototype":{"polluted":"yes"}}}') as unknown;
  const all: Record<string, (input: unknown) => { ok: boolean; issues: readonly { code: string }[] }> = {
    parseChild,
    parseActivity,
    parseSession,
    parseAttendance,
    parseSignal,
    parseReferral,
    parseCatalogue,
    "createCatalogues (a replacement)": (input) => createCatalogues({ pillars: input }),
    "createCatalogues (the record)": (input) =>
      typeof input === "object" && input !== null && !Array.isArray(input) && input !== trap ? createCatalogues({ signalCategories: input }) : createCatalogues(input as never),
    createAgeBands,
    createHolidayCalendar: (input) => createHolidayCalendar(input as never),
  };
  const inputs: [string, unknown][] = [
    ["null", null],
    ["a throwing proxy", trap],
    ["__proto__ and constructor keys", poisoned],
    ["a very long string", long],
    ["a record of very long strings", { childId: long, id: long, version: long, entries: long, key: long, schoolYear: long }],
    ["a deeply nested value", nested],
    ["a list of deeply nested values", [nested, [nested]]],
  ];
  it.each(Object.keys(all))("%s never throws, rejects, and keeps its issues short", (name) => {
    for (const [, input] of inputs) {
      const result = all[name]!(input);
      expect(result.ok).toBe(false);
      expect(result.issues.length).toBeGreaterThan(0);
      expect(JSON.stringify(result.issues).length).toBeLessThan(5000);
      expect(JSON.stringify(result.issues)).not.toContain("xxxxxxxxxxxxxxxxxxxxxxxxx");
    }
    expect(({} as Record<string, unknown>)["polluted"]).toBeUndefined();
  });
});

describe("a BSN in any id field", () => {
  const records = {
    sessionId: () => parseSession({ sessionId: "111222333", activityId: "a-1", date: "2025-10-01", durationMinutes: 60 }),
    activityId: () => parseActivity({ activityId: "111222333", name: "Voetbal", kind: "sport" }),
    "session activityId": () => parseSession({ sessionId: "b-1", activityId: "NL111222333", date: "2025-10-01", durationMinutes: 60 }),
    "attendance sessionId": () => parseAttendance({ sessionId: "111-222-333", childId: "kw-1" }),
    signalId: () => parseSignal({ signalId: "111222333", childId: "kw-1", date: "2025-10-01", category: "bullying", observedBy: "volunteer" }),
    referralId: () => parseReferral({ referralId: "111222333", childId: "kw-1", destination: "cjg", createdOn: "2025-10-02", status: "draft" }),
  };
  it.each(Object.entries(records))("is rejected as %s, without the number in the issue", (_, parse) => {
    const result = parse();
    expect(result.ok).toBe(false);
    expect(result.issues.map((i) => i.code)).toContain("value.contains-bsn");
    expect(JSON.stringify(result.issues)).not.toMatch(/111.?222.?333/);
  });
  it("is rejected in the child id, also inside a longer id", () => {
    expect(parseChild({ childId: "NL111222333", birthDate: "2015-01-01" }).issues[0]?.code).toBe("child.childId.bsn");
    expect(parseAttendance({ sessionId: "b-1", childId: "111222333" }).issues[0]?.code).toBe("child.childId.bsn");
  });
  it("is not echoed when typed as a signal category", () => {
    const result = parseSignal({ signalId: "s-1", childId: "kw-1", date: "2025-10-01", category: "111222333", observedBy: "volunteer" });
    expect(result.issues[0]?.code).toBe("catalogue.code.unknown");
    expect(JSON.stringify(result.issues)).not.toContain("111222333");
  });
});
