import { describe, expectTypeOf, it } from "vitest";
import type { Activity, Attendance, Child, Result, Session } from "../index.js";
import { parseActivity, parseChild } from "../index.js";

describe("model types", () => {
  it("infers the child's fields, optional where the format makes them optional", () => {
    expectTypeOf<Child["childId"]>().toEqualTypeOf<string>();
    expectTypeOf<Child["gender"]>().toEqualTypeOf<"girl" | "boy" | "other" | "unknown" | undefined>();
    expectTypeOf<Child["groep"]>().toEqualTypeOf<number | undefined>();
  });
  it("fills defaults in the output types", () => {
    expectTypeOf<Activity["minAge"]>().toEqualTypeOf<number>();
    expectTypeOf<Activity["programmeLines"]>().toEqualTypeOf<string[]>();
    expectTypeOf<Session["volunteers"]>().toEqualTypeOf<number>();
    expectTypeOf<Attendance["present"]>().toEqualTypeOf<boolean>();
  });
  it("returns results that must be narrowed before use", () => {
    expectTypeOf(parseChild).returns.toEqualTypeOf<Result<Child>>();
    const result = parseActivity({});
    if (result.ok) expectTypeOf(result.value).toEqualTypeOf<Activity>();
    // @ts-expect-error value is only there when ok
    void result.value;
  });
});
