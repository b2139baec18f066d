// Core's issue codes are a closed union, each code with its params, as zod's issues are.
import { describe, expectTypeOf, it } from "vitest";
import type { DateErrorCode } from "../calendarDate/index.js";
import { CORE_ISSUE_CODES, coreIssue, refineParams, type CoreIssue, type CoreIssueCode } from "./codes.js";
import type { Issue } from "./issue.js";
import type { MessagesFor, MessageTable } from "./messageTable.js";

describe("core issues", () => {
  it("narrow their params by code and stay Issues", () => {
    const i = {} as CoreIssue;
    if (i.code === "catalogue.code.unknown") expectTypeOf(i.params.allowed).toEqualTypeOf<readonly string[]>();
    if (i.code === "workflow.event.not-allowed") expectTypeOf(i.params.workflow).toEqualTypeOf<"meldcode" | "referral">();
    if (i.code === "holidays.overlap") expectTypeOf(i.params.other).toEqualTypeOf<string>();
    expectTypeOf(i).toExtend<Issue>();
    expectTypeOf(coreIssue("value.too-long", ["remark"], { max: 500 })).toEqualTypeOf<CoreIssue<"value.too-long">>();
  });

  it("list every code once, as the union", () => {
    expectTypeOf<(typeof CORE_ISSUE_CODES)[number]>().toEqualTypeOf<CoreIssueCode>();
    // The codes a DateError carries are core codes too, so formatIssue has words for them.
    expectTypeOf<DateErrorCode>().toExtend<CoreIssueCode>();
  });

  it("refuse an unknown code, missing params and wrong params", () => {
    // @ts-expect-error no such code
    coreIssue("value.nope", []);
    // @ts-expect-error a too-long value says how long it may be
    coreIssue("value.too-long", ["remark"]);
    // @ts-expect-error the maximum is a number
    coreIssue("value.too-long", ["remark"], { max: "500" });
    // @ts-expect-error a workflow is the meldcode or a referral
    coreIssue("workflow.event.not-allowed", ["type"], { workflow: "other", state: "new", event: "sent", allowed: [] });
    coreIssue("value.required", ["birthDate"]);
    coreIssue("age.unknown", ["birthDate"], {}, "warning");
  });

  it("make zod refinement params with the code's params", () => {
    expectTypeOf(refineParams("ageBands.gap", { key: "a", other: "b" })).toExtend<{ readonly kw: "ageBands.gap"; readonly key: string }>();
    // @ts-expect-error an age band gap names both bands
    refineParams("ageBands.gap", { key: "a" });
    // @ts-expect-error no such code
    refineParams("value.nope");
  });
});

describe("message tables", () => {
  it("must have exactly the codes they are checked against", () => {
    const words = { nl: () => "Ontbreekt.", en: () => "Missing." };
    const table = { "age.unknown": words } satisfies MessagesFor<"age.unknown">;
    expectTypeOf(table).toExtend<MessageTable>();
    // @ts-expect-error a missing code
    void ({} satisfies MessagesFor<"age.unknown">);
    // @ts-expect-error an extra code
    void ({ "age.unknown": words, "age.nope": words } satisfies MessagesFor<"age.unknown">);
    // @ts-expect-error a language missing
    void ({ "age.unknown": { nl: () => "Ontbreekt." } } satisfies MessagesFor<"age.unknown">);
  });
});
