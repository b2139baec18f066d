import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ageOn } from "../age/index.js";
import { addDays, formatCalendarDate } from "../calendarDate/index.js";
import { youthWorkHandover } from "./index.js";

const schoolYear = { from: "2025-08-01", to: "2026-07-31" };

describe("youthWorkHandover", () => {
  it("lists the children who turn 12 or 13 in the period, on their birthday", () => {
    expect(
      youthWorkHandover(
        [
          { childId: "kw-1", birthDate: "2013-09-14" },
          { childId: "kw-2", birthDate: "2012-12-01" },
          { childId: "kw-3", birthDate: "2016-01-01" },
          { childId: "kw-4", birthDate: "2013-08-01" },
        ],
        schoolYear,
      ),
    ).toEqual([
      { childId: "kw-4", moments: [{ reason: "turns-12", on: "2025-08-01" }] },
      { childId: "kw-1", moments: [{ reason: "turns-12", on: "2025-09-14" }] },
      { childId: "kw-2", moments: [{ reason: "turns-13", on: "2025-12-01" }] },
    ]);
  });

  it("lists a child observed in groep 8 as leaving on 31 July of that school year", () => {
    const child = { childId: "kw-5", birthDate: "2014-10-10", groep: 8, groepObservedOn: "2026-03-01" };
    expect(youthWorkHandover([child], schoolYear)).toEqual([{ childId: "kw-5", moments: [{ reason: "leaves-groep-8", on: "2026-07-31" }] }]);
    expect(youthWorkHandover([child], { from: "2025-01-01", to: "2025-12-31" })).toEqual([]);
    expect(youthWorkHandover([{ ...child, groep: 7 }], schoolYear)).toEqual([]);
  });

  it("uses the observation date of the options, then the start of the period, for groep", () => {
    const child = { childId: "kw-6", birthDate: "2014-10-10", groep: 8 };
    expect(youthWorkHandover([child], { from: "2025-01-01", to: "2026-08-31" }, { groepObservedOn: "2025-09-01" })[0]?.moments).toEqual([{ reason: "leaves-groep-8", on: "2026-07-31" }]);
    expect(youthWorkHandover([child], { from: "2025-01-01", to: "2026-08-31" })[0]?.moments).toEqual([{ reason: "leaves-groep-8", on: "2025-07-31" }]);
  });

  it("lets a child born on 29 February turn 12 on 1 March in a common year", () => {
    expect(youthWorkHandover([{ childId: "kw-7", birthDate: "2013-02-28" }, { childId: "kw-8", birthDate: "2012-02-29" }], { from: "2025-02-28", to: "2025-02-28" })).toEqual([
      { childId: "kw-7", moments: [{ reason: "turns-12", on: "2025-02-28" }] },
    ]);
    expect(youthWorkHandover([{ childId: "kw-8", birthDate: "2012-02-29" }], { from: "2024-01-01", to: "2025-12-31" })[0]?.moments).toEqual([
      { reason: "turns-12", on: "2024-02-29" },
      { reason: "turns-13", on: "2025-03-01" },
    ]);
  });

  it("puts a child's moments in date order", () => {
    expect(youthWorkHandover([{ childId: "kw-9", birthDate: "2013-11-02", groep: 8, groepObservedOn: "2025-09-01" }], { from: "2025-01-01", to: "2026-12-31" })[0]?.moments).toEqual([
      { reason: "turns-12", on: "2025-11-02" },
      { reason: "leaves-groep-8", on: "2026-07-31" },
      { reason: "turns-13", on: "2026-11-02" },
    ]);
  });

  it("agrees with ageOn: the child is 11 the day before turning 12 and 12 on the day (property)", () => {
    fc.assert(
      fc.property(fc.integer({ min: 2005, max: 2020 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 31 }), (y, m, d) => {
        const birthDate = formatCalendarDate(y, m, Math.min(d, new Date(Date.UTC(y, m, 0)).getUTCDate()));
        const entry = youthWorkHandover([{ childId: "kw-x", birthDate }], { from: "2000-01-01", to: "2040-12-31" })[0];
        const turns12 = entry?.moments.find((mo) => mo.reason === "turns-12")?.on;
        if (turns12 === undefined) return false;
        return ageOn(birthDate, turns12) === 12 && ageOn(birthDate, addDays(turns12, -1)) === 11;
      }),
    );
  });
});
