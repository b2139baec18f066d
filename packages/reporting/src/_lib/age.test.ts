import { ageOn } from "@kinderwerk/core";
import { describe, expect, it } from "vitest";
import { bandOfAge, bandTimeline } from "./age.js";

describe("bandTimeline", () => {
  it("gives the band at every date of the period exactly as core's ageOn does", () => {
    const births = ["2012-02-29", "2016-02-29", "2018-02-14", "2021-12-31", "2013-01-01", "2025-06-01", "2008-03-01"];
    const from = "2024-11-01";
    const to = "2026-03-15";
    for (const b of births) {
      const t = bandTimeline(b, from, to);
      for (let d = new Date(Date.UTC(2024, 10, 1)); d <= new Date(Date.UTC(2026, 2, 15)); d.setUTCDate(d.getUTCDate() + 1)) {
        const day = d.toISOString().slice(0, 10);
        let band: string = t.start;
        for (const [c, nb] of t.changes) if (c <= day) band = nb;
        expect([b, day, band]).toEqual([b, day, bandOfAge(ageOn(b, day))]);
      }
    }
  });

  it("keeps only band changes, never the birth date of a child whose band does not change", () => {
    expect(bandTimeline("2016-05-10", "2025-01-01", "2025-12-31")).toEqual({ start: "7-9", changes: [] });
    // A child born on 29 February 2012 turns 13 on 1 March 2025.
    expect(bandTimeline("2012-02-29", "2025-01-01", "2025-12-31")).toEqual({ start: "10-12", changes: [["2025-03-01", "over-12"]] });
    expect(bandTimeline("2015-02-30", "2025-01-01", "2025-12-31")).toEqual({ start: "unknown", changes: [] });
  });
});
