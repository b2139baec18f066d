import { describe, expect, it } from "vitest";
import { PAGE_SIZE, filterIssues, issueText, pageWindow } from "./issues.js";

describe("the pages of the issue table", () => {
  it("hold at most PAGE_SIZE issues, the last one the rest", () => {
    expect(pageWindow(100_000, 0)).toEqual({ start: 0, end: PAGE_SIZE, page: 0, pages: 1000 });
    expect(pageWindow(250, 2)).toEqual({ start: 200, end: 250, page: 2, pages: 3 });
    expect(pageWindow(250, 9)).toEqual({ start: 200, end: 250, page: 2, pages: 3 });
    expect(pageWindow(0, -1)).toEqual({ start: 0, end: 0, page: 0, pages: 1 });
  });

  it("filter by severity and word an issue in either language", () => {
    const issues = [
      { code: "value.required", severity: "error", path: ["childId"], params: {}, row: 3, column: "kindId" },
      { code: "dataset.duplicate-attendance", severity: "warning", path: ["childId"], params: { firstRow: 2 }, row: 4, column: "kindId" },
    ] as const;
    expect(filterIssues(issues, "warning").map((i) => i.row)).toEqual([4]);
    expect(filterIssues(issues, "all")).toBe(issues);
    expect(issueText(issues[0], "en")).toBe("Child ID is missing.");
    expect(issueText(issues[1], "nl")).toContain("eerder in rij 2");
  });
});
