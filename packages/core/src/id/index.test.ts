import { describe, expect, it } from "vitest";
import { toIssues } from "../echo/toIssues.js";
import { formatIssue } from "../messages/index.js";
import { ChildId, looksLikeName, RecordId } from "./index.js";

const issuesOf = (schema: typeof RecordId, value: unknown, field: string) => {
  const result = schema.safeParse(value, { reportInput: true });
  return result.success ? [] : toIssues(result.error.issues, [field]);
};

describe("RecordId", () => {
  it.each(["sessionId", "activityId", "signalId", "referralId"])("rejects a BSN as a %s, once, without echoing it", (field) => {
    for (const bsn of ["111222333", "NL111222333", "s-111.222.333"]) {
      const issues = issuesOf(RecordId, bsn, field);
      expect(issues).toEqual([{ code: "value.contains-bsn", severity: "error", path: [field], params: {} }]);
      expect(formatIssue(issues[0]!)).not.toContain("111");
    }
  });
  it("rejects a BSN written with spaces as a BSN, not only as a malformed id", () => {
    expect(issuesOf(RecordId, "111 222 333", "sessionId").map((i) => i.code)).toEqual(["value.contains-bsn"]);
  });
  it("accepts ids with numbers that are not BSN-like", () => {
    expect(RecordId.safeParse("act-123456789").success).toBe(true);
    expect(RecordId.safeParse("b-2025-10-01").success).toBe(true);
  });
});

describe("ChildId", () => {
  it("rejects a BSN inside an id with the child's own code and reason", () => {
    const issues = issuesOf(ChildId, "NL111222333", "childId");
    expect(issues).toEqual([{ code: "child.childId.bsn", severity: "error", path: ["childId"], params: {} }]);
    expect(formatIssue(issues[0]!)).toBe("Kind-ID lijkt op een BSN. Een welzijnsorganisatie mag geen BSN verwerken: gebruik een pseudoniem.");
  });
  it("rejects a malformed id with value.id and no echo", () => {
    expect(issuesOf(ChildId, "Fatima de Vries", "childId")).toEqual([{ code: "value.id", severity: "error", path: ["childId"], params: {} }]);
  });
});

describe("looksLikeName", () => {
  it("flags capitalised words and ids without any digit", () => {
    expect(["Fatima", "Fatima_de_Vries", "fatima.devries", "daan"].map(looksLikeName)).toEqual([true, true, true, true]);
  });
  it("leaves pseudonyms with digits alone", () => {
    expect(["kw-0101", "K7", "child:42"].map(looksLikeName)).toEqual([false, false, false]);
  });
});
