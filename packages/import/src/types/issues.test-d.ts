// The import's issue codes are closed unions, each code with its params, as zod's issues are.
import type { Issue } from "@kinderwerk/core";
import { describe, expectTypeOf, it } from "vitest";
import { readIssue, stop, type ReadIssue } from "./readIssue.js";
import { recordIssue, type RecordIssue } from "./recordIssue.js";

describe("read issues", () => {
  it("narrow their params by code and stay Issues", () => {
    const i = {} as ReadIssue;
    if (i.code === "xlsx.sheet-not-found") expectTypeOf(i.params.sheets).toEqualTypeOf<readonly string[]>();
    if (i.code === "csv.field-too-large") expectTypeOf(i.params.max).toEqualTypeOf<number>();
    expectTypeOf(i).toExtend<Issue>();
  });
  it("refuse an unknown code and wrong params", () => {
    // @ts-expect-error no such code
    readIssue("file.nope");
    // @ts-expect-error a zip bomb's reason is one of four
    readIssue("xlsx.zip-bomb", { reason: "other", max: 1 });
    // @ts-expect-error the row and line are required
    readIssue("csv.stray-quote");
    expectTypeOf(stop<"json.invalid">).returns.toBeNever();
  });
});

describe("record issues", () => {
  it("narrow their params by code and stay Issues", () => {
    const i = {} as RecordIssue;
    if (i.code === "dataset.conflicting-duplicate") expectTypeOf(i.params.key).toEqualTypeOf<readonly string[]>();
    expectTypeOf(i).toExtend<Issue>();
  });
  it("refuse an unknown code and missing params", () => {
    // @ts-expect-error no such code
    recordIssue("dataset.nope", []);
    // @ts-expect-error a duplicate names the row of the first
    recordIssue("dataset.duplicate-id", ["childId"], {}, "warning");
    recordIssue("dataset.duplicate-id", ["childId"], { firstRow: 2 }, "warning");
  });
});
