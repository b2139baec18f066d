import { describe, expect, it } from "vitest";
import { datasetTotals } from "./totals.js";

describe("the totals of a dataset", () => {
  it("add up the files of different tables", () => {
    expect(datasetTotals([{ table: "children", rows: 6, accepted: 5, rejected: 1 }, { table: "attendance", rows: 10, accepted: 7, rejected: 3 }])).toEqual({ rows: 16, rejected: 4, laterRows: 0, laterAccepted: 0 });
  });

  it("take the rows a fixed rejects file accepts off its table's rejected rows", () => {
    const first = { table: "children", rows: 6, accepted: 3, rejected: 3 } as const;
    expect(datasetTotals([first, { table: "children", rows: 3, accepted: 2, rejected: 1 }])).toEqual({ rows: 6, rejected: 1, laterRows: 3, laterAccepted: 2 });
    // Never below none, and never across tables.
    expect(datasetTotals([first, { table: "children", rows: 5, accepted: 5, rejected: 0 }, { table: "sessions", rows: 2, accepted: 0, rejected: 2 }])).toEqual({ rows: 8, rejected: 2, laterRows: 5, laterAccepted: 5 });
  });
});
