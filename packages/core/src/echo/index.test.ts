import { describe, expect, it } from "vitest";
import { toIssues } from "./toIssues.js";
import * as z from "zod";
import { echo, isIdPath } from "./index.js";

describe("the echo policy", () => {
  it("echoes short date, time and number shapes", () => {
    expect(["2015-02-30", "14:30", "1441", "3,5", "+1", "12/10/2025"].map((v) => echo(v, ["date"]))).toEqual([
      "2015-02-30",
      "14:30",
      "1441",
      "3,5",
      "+1",
      "12/10/2025",
    ]);
    expect(echo(1441, ["durationMinutes"])).toBe("1441");
  });
  it("never echoes names, addresses, long values or non-text", () => {
    expect(["Fatima", "5025 KL 12", "1".repeat(21), "meid", ""].map((v) => echo(v, ["birthDate"]))).toEqual([undefined, undefined, undefined, undefined, undefined]);
    expect([null, {}, [], true, NaN].map((v) => echo(v, ["x"]))).toEqual([undefined, undefined, undefined, undefined, undefined]);
  });
  it("never echoes a BSN or a phone number, whatever the field", () => {
    expect(echo("111222333", ["durationMinutes"])).toBeUndefined();
    expect(echo("111.222.333", ["date"])).toBeUndefined();
    expect(echo("06-12345678", ["date"])).toBeUndefined();
  });
  it("never echoes into id or postcode fields", () => {
    expect(echo("2025", ["childId"])).toBeUndefined();
    expect(echo("2025", ["signalIds", 0])).toBeUndefined();
    expect(echo("5025", ["postcode"])).toBeUndefined();
    expect([["signalIds", 2], ["childId"], ["ids"], ["date"], ["Identity"]].map((p) => isIdPath(p))).toEqual([true, true, false, false, false]);
  });
  it("is what toIssues follows, also for lists of ids", () => {
    const result = z.object({ signalIds: z.array(z.string().max(3)) }).safeParse({ signalIds: ["1234"] }, { reportInput: true });
    const typed = z.object({ signalIds: z.array(z.string()) }).safeParse({ signalIds: [1234] }, { reportInput: true });
    expect(toIssues(result.error!.issues)[0]?.params).toEqual({ max: 3 });
    expect(toIssues(typed.error!.issues)[0]?.params).toEqual({ expected: "text" });
  });
  it("echoes only the exact shape of a date, a time or a number of at most 6 digits", () => {
    const leaks = ["+32 470 12 34 56", "06  12 34 56 78", "06 - 12345678", "123  456  782", "123 - 456 - 782", "12345672", "1234567", "12-05/2025", "2025-001-01", "1 2", "14:30:00"];
    expect(leaks.map((v) => echo(v, ["date"]))).toEqual(leaks.map(() => undefined));
    expect(["2025.1.1", "9.75", "-123,456", "123456"].map((v) => echo(v, ["x"]))).toEqual(["2025.1.1", "9.75", "-123,456", "123456"]);
    expect(echo(12345672, ["durationMinutes"])).toBeUndefined();
  });
});
