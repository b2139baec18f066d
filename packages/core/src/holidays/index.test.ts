import { describe, expect, it } from "vitest";
import { addDays, isDateError } from "../calendarDate/index.js";
import { formatIssue } from "../messages/index.js";
import type { HolidayKind, SchoolRegion } from "./index.js";
import {
  checkHolidayCoverage,
  createHolidayCalendar,
  isSchoolHoliday,
  listSchoolHolidays,
  SCHOOL_HOLIDAYS_2023_2024_SOURCE,
  SCHOOL_HOLIDAYS_SOURCE,
  schoolHolidayLabel,
  schoolHolidayOn,
  schoolHolidayPeriod,
  schoolHolidays,
} from "./index.js";

// The table of DOMAIN.md (rijksoverheid.nl; 2023-2024 from the Nationale Onderwijsgids), typed in
// again by hand, independent of data.ts.
// year | kind | advisory | noord | midden | zuid
const TABLE = `
2023-2024 herfst   * 2023-10-21..2023-10-29 2023-10-14..2023-10-22 2023-10-14..2023-10-22
2023-2024 kerst    - 2023-12-23..2024-01-07 2023-12-23..2024-01-07 2023-12-23..2024-01-07
2023-2024 voorjaar * 2024-02-17..2024-02-25 2024-02-17..2024-02-25 2024-02-10..2024-02-18
2023-2024 mei      - 2024-04-27..2024-05-05 2024-04-27..2024-05-05 2024-04-27..2024-05-05
2023-2024 zomer    - 2024-07-20..2024-09-01 2024-07-13..2024-08-25 2024-07-06..2024-08-18
2024-2025 herfst   * 2024-10-26..2024-11-03 2024-10-26..2024-11-03 2024-10-19..2024-10-27
2024-2025 kerst    - 2024-12-21..2025-01-05 2024-12-21..2025-01-05 2024-12-21..2025-01-05
2024-2025 voorjaar * 2025-02-15..2025-02-23 2025-02-22..2025-03-02 2025-02-22..2025-03-02
2024-2025 mei      - 2025-04-26..2025-05-04 2025-04-26..2025-05-04 2025-04-26..2025-05-04
2024-2025 zomer    - 2025-07-12..2025-08-24 2025-07-19..2025-08-31 2025-07-05..2025-08-17
2025-2026 herfst   * 2025-10-18..2025-10-26 2025-10-18..2025-10-26 2025-10-11..2025-10-19
2025-2026 kerst    - 2025-12-20..2026-01-04 2025-12-20..2026-01-04 2025-12-20..2026-01-04
2025-2026 voorjaar * 2026-02-21..2026-03-01 2026-02-14..2026-02-22 2026-02-14..2026-02-22
2025-2026 mei      - 2026-04-25..2026-05-03 2026-04-25..2026-05-03 2026-04-25..2026-05-03
2025-2026 zomer    - 2026-07-04..2026-08-16 2026-07-18..2026-08-30 2026-07-11..2026-08-23
2026-2027 herfst   * 2026-10-10..2026-10-18 2026-10-17..2026-10-25 2026-10-17..2026-10-25
2026-2027 kerst    - 2026-12-19..2027-01-03 2026-12-19..2027-01-03 2026-12-19..2027-01-03
2026-2027 voorjaar * 2027-02-20..2027-02-28 2027-02-20..2027-02-28 2027-02-13..2027-02-21
2026-2027 mei      - 2027-04-24..2027-05-02 2027-04-24..2027-05-02 2027-04-24..2027-05-02
2026-2027 zomer    - 2027-07-10..2027-08-22 2027-07-17..2027-08-29 2027-07-24..2027-09-05
2027-2028 herfst   * 2027-10-16..2027-10-24 2027-10-16..2027-10-24 2027-10-23..2027-10-31
2027-2028 kerst    - 2027-12-25..2028-01-09 2027-12-25..2028-01-09 2027-12-25..2028-01-09
2027-2028 voorjaar * 2028-02-19..2028-02-27 2028-02-26..2028-03-05 2028-02-26..2028-03-05
2027-2028 mei      - 2028-04-29..2028-05-07 2028-04-29..2028-05-07 2028-04-29..2028-05-07
2027-2028 zomer    - 2028-07-15..2028-08-27 2028-07-08..2028-08-20 2028-07-22..2028-09-03
`;
const REGIONS: SchoolRegion[] = ["noord", "midden", "zuid"];
const rows = TABLE.trim()
  .split("\n")
  .flatMap((line) => {
    const [schoolYear, kind, star, ...ranges] = line.trim().split(/\s+/);
    return REGIONS.map((region, i) => {
      const [from, to] = ranges[i]!.split("..") as [string, string];
      return { schoolYear: schoolYear!, kind: kind as HolidayKind, advisory: star === "*", region, from, to };
    });
  });

function thrownCode(fn: () => unknown): unknown {
  try {
    fn();
  } catch (e) {
    return isDateError(e) ? [e.code, e.issue.params["schoolYear"]] : e;
  }
  return "no error";
}

describe("shipped school holidays", () => {
  it("states its source", () => {
    expect(SCHOOL_HOLIDAYS_SOURCE).toContain("rijksoverheid.nl");
    expect(SCHOOL_HOLIDAYS_2023_2024_SOURCE).toContain("Nationale Onderwijsgids");
    expect(schoolHolidays.years.map((y) => [y.schoolYear, y.source])).toEqual([
      ["2023-2024", SCHOOL_HOLIDAYS_2023_2024_SOURCE],
      ...["2024-2025", "2025-2026", "2026-2027", "2027-2028"].map((y) => [y, SCHOOL_HOLIDAYS_SOURCE]),
    ]);
  });

  it("holds exactly the table's holidays plus the advisory extra May weeks of 2024 and 2028", () => {
    const shipped = schoolHolidays.holidays.filter((h) => !h.extraWeek);
    expect(shipped).toHaveLength(rows.length);
    for (const row of rows) {
      expect(shipped.find((h) => h.id === `${row.schoolYear}.${row.kind}.${row.region}`)).toMatchObject(row);
    }
    const extra = schoolHolidays.holidays.filter((h) => h.extraWeek);
    expect(extra.map((h) => [h.region, h.from, h.to, h.advisory, h.kind])).toEqual([
      ...REGIONS.map((r) => [r, "2024-05-04", "2024-05-12", true, "mei"]),
      ...REGIONS.map((r) => [r, "2028-04-22", "2028-04-30", true, "mei"]),
    ]);
  });

  describe.each(rows)("$schoolYear $kind $region", (row) => {
    it("is a holiday on its first and last day", () => {
      expect(schoolHolidayOn(row.from, row.region)).toMatchObject({ kind: row.kind, schoolYear: row.schoolYear, extraWeek: false });
      expect(isSchoolHoliday(row.to, row.region)).toBe(true);
      expect(schoolHolidayOn(row.to, row.region)?.kind).toBe(row.kind);
    });

    it("is not this holiday the day before and the day after", () => {
      const before = addDays(row.from, -1);
      const after = addDays(row.to, 1);
      if (row.schoolYear === "2023-2024" && row.kind === "herfst") {
        // The summer holiday of 2022-2023 is not in the data: no silent answer.
        expect(thrownCode(() => isSchoolHoliday(before, row.region))).toEqual(["holidays.year-not-covered", "2022-2023"]);
      } else if (row.schoolYear === "2027-2028" && row.kind === "mei") {
        expect(schoolHolidayOn(before, row.region)).toMatchObject({ kind: "mei", extraWeek: true, advisory: true });
      } else {
        expect(isSchoolHoliday(before, row.region)).toBe(false);
      }
      if (row.schoolYear === "2023-2024" && row.kind === "mei") {
        // The advisory extra week of 2024 follows the compulsory one.
        expect(schoolHolidayOn(after, row.region)).toMatchObject({ kind: "mei", extraWeek: true, advisory: true, to: "2024-05-12" });
      } else if (row.schoolYear === "2027-2028" && row.kind === "zomer") {
        expect(thrownCode(() => isSchoolHoliday(after, row.region))).toEqual(["holidays.year-not-covered", "2028-2029"]);
      } else {
        expect(isSchoolHoliday(after, row.region)).toBe(false);
      }
    });
  });

  it("answers for the first weeks of August from the previous year's summer holiday", () => {
    expect(schoolHolidayOn("2025-08-20", "midden")?.id).toBe("2024-2025.zomer.midden");
    expect(isSchoolHoliday("2025-08-20", "zuid")).toBe(false);
  });

  it("prefers the main May holiday where the extra week overlaps it", () => {
    expect(schoolHolidayOn("2028-04-30", "noord")).toMatchObject({ id: "2027-2028.mei.noord", extraWeek: false });
    expect(schoolHolidayOn("2028-04-22", "noord")?.id).toBe("2027-2028.mei-extra.noord");
  });
});

describe("uncovered school years", () => {
  it("throws a coded error instead of answering false", () => {
    expect(thrownCode(() => isSchoolHoliday("2030-01-15", "noord"))).toEqual(["holidays.year-not-covered", "2029-2030"]);
    expect(thrownCode(() => isSchoolHoliday("2023-06-01", "zuid"))).toEqual(["holidays.year-not-covered", "2022-2023"]);
    expect(thrownCode(() => listSchoolHolidays({ region: "noord", schoolYear: "2022-2023" }))).toEqual(["holidays.year-not-covered", "2022-2023"]);
    expect(thrownCode(() => schoolHolidayPeriod({ region: "noord", schoolYear: "2031-32", kind: "herfst" }))).toEqual(["holidays.year-not-covered", "2031-2032"]);
  });

  it("explains the error in Dutch and English", () => {
    try {
      isSchoolHoliday("2030-01-15", "noord");
    } catch (e) {
      if (!isDateError(e)) throw e;
      expect(formatIssue(e.issue)).toBe(
        "De schoolvakanties van schooljaar 2029-2030 (regio Noord) staan niet in de vakantiekalender. Voeg dat schooljaar toe.",
      );
      expect(formatIssue(e.issue, { lang: "en" })).toBe(
        "The school holidays of school year 2029-2030 (region North) are not in the holiday calendar. Add that school year.",
      );
    }
    expect.assertions(2);
  });

  it("checks coverage of a period without throwing", () => {
    expect(checkHolidayCoverage({ region: "noord", from: "2025-01-01", to: "2025-12-31" })).toEqual({
      ok: true,
      value: { from: "2025-01-01", to: "2025-12-31" },
      issues: [],
    });
    expect(checkHolidayCoverage({ schoolYear: "2025-26" })).toMatchObject({ ok: true, value: { from: "2025-08-01", to: "2026-07-31" } });
    // A calendar-year 2024 report: every date of 2024 can be answered in every region.
    for (const region of REGIONS) expect(checkHolidayCoverage({ region, from: "2024-01-01", to: "2024-12-31" }).ok).toBe(true);
    const early = checkHolidayCoverage({ region: "zuid", from: "2023-01-01", to: "2023-12-31" });
    expect(early.ok).toBe(false);
    expect(early.issues[0]).toMatchObject({ code: "holidays.year-not-covered", params: { schoolYear: "2022-2023", region: "zuid" } });
    // Inside the first covered year, after its first holiday, the shipped data can answer.
    expect(checkHolidayCoverage({ region: "zuid", from: "2023-10-14", to: "2028-09-03" }).ok).toBe(true);
    expect(checkHolidayCoverage({ region: "zuid", from: "2023-10-13", to: "2028-09-03" }).ok).toBe(false);
    expect(checkHolidayCoverage({ region: "zuid", from: "2024-10-19", to: "2028-09-04" }).ok).toBe(false);
  });

  it("throws for a bad date, range, school year or region", () => {
    expect(thrownCode(() => isSchoolHoliday("2025-02-30", "noord"))).toEqual(["dates.invalid-date", undefined]);
    expect(thrownCode(() => isSchoolHoliday("2025-10-20", "oost" as SchoolRegion))).toEqual(["holidays.unknown-region", undefined]);
    expect(thrownCode(() => listSchoolHolidays({ from: "2026-01-01", to: "2025-01-01" }))).toEqual(["dates.invalid-range", undefined]);
    expect(thrownCode(() => listSchoolHolidays({ schoolYear: "2025-2027" }))).toEqual(["schoolYear.invalid", undefined]);
  });
});

describe("listing holidays and using them as periods", () => {
  it("lists a school year's holidays of one region in order", () => {
    expect(listSchoolHolidays({ region: "zuid", schoolYear: "2025-2026" }).map((h) => [h.kind, h.from, h.to])).toEqual([
      ["herfst", "2025-10-11", "2025-10-19"],
      ["kerst", "2025-12-20", "2026-01-04"],
      ["voorjaar", "2026-02-14", "2026-02-22"],
      ["mei", "2026-04-25", "2026-05-03"],
      ["zomer", "2026-07-11", "2026-08-23"],
    ]);
    expect(listSchoolHolidays({ schoolYear: "2027-28" })).toHaveLength(18);
  });

  it("lists holidays that overlap a range, whole", () => {
    expect(listSchoolHolidays({ region: "noord", from: "2025-08-01", to: "2025-10-18" }).map((h) => h.id)).toEqual([
      "2024-2025.zomer.noord",
      "2025-2026.herfst.noord",
    ]);
  });

  it("gives a named holiday as a reporting period", () => {
    const h = schoolHolidayPeriod({ region: "midden", schoolYear: "2025-26", kind: "voorjaar" });
    expect(h).toMatchObject({ id: "2025-2026.voorjaar.midden", from: "2026-02-14", to: "2026-02-22", advisory: true });
    expect(schoolHolidayPeriod({ region: "noord", schoolYear: "2027-2028", kind: "mei" })).toMatchObject({ from: "2028-04-29", extraWeek: false });
    expect(schoolHolidayLabel(h)).toBe("Voorjaarsvakantie 2025-2026, regio Midden");
    expect(schoolHolidayLabel(h, "en")).toBe("Spring half-term 2025-2026, region Central");
  });
});

const all = (from: string, to: string) => ({ noord: { from, to }, midden: { from, to }, zuid: { from, to } });
const year2028 = {
  schoolYear: "2028-2029",
  source: "test",
  holidays: [
    { kind: "herfst" as const, advisory: true, dates: all("2028-10-14", "2028-10-22") },
    { kind: "kerst" as const, dates: all("2028-12-23", "2029-01-07") },
    { kind: "voorjaar" as const, advisory: true, dates: all("2029-02-17", "2029-02-25") },
    { kind: "mei" as const, dates: all("2029-04-28", "2029-05-06") },
    { kind: "zomer" as const, dates: all("2029-07-14", "2029-08-26") },
  ],
};

describe("user calendars", () => {
  it("adds a school year on top of the shipped ones", () => {
    const r = createHolidayCalendar([year2028], { base: schoolHolidays });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.years.map((y) => y.schoolYear)).toEqual(["2023-2024", "2024-2025", "2025-2026", "2026-2027", "2027-2028", "2028-2029"]);
    expect(isSchoolHoliday("2028-10-14", "zuid", r.value)).toBe(true);
    expect(isSchoolHoliday("2028-10-13", "zuid", r.value)).toBe(false);
    expect(isSchoolHoliday("2028-09-04", "zuid", r.value)).toBe(false);
    expect(isSchoolHoliday("2025-10-20", "noord", r.value)).toBe(true);
  });

  it("overrides a shipped school year", () => {
    const changed = { ...year2028, schoolYear: "2025-2026", holidays: year2028.holidays.map((h) => ({ ...h, dates: all(h.dates.noord.from.replace(/^2028/, "2025").replace(/^2029/, "2026"), h.dates.noord.to.replace(/^2028/, "2025").replace(/^2029/, "2026")) })) };
    const r = createHolidayCalendar([changed], { base: schoolHolidays });
    if (!r.ok) throw new Error(JSON.stringify(r.issues));
    expect(schoolHolidayPeriod({ region: "zuid", schoolYear: "2025-2026", kind: "herfst" }, r.value)).toMatchObject({ from: "2025-10-14", to: "2025-10-22" });
    expect(r.value.years).toHaveLength(5);
  });

  it("without a base holds only the given years", () => {
    const r = createHolidayCalendar([year2028]);
    if (!r.ok) throw new Error("rejected");
    expect(thrownCode(() => isSchoolHoliday("2025-10-20", "noord", r.value))).toEqual(["holidays.year-not-covered", "2025-2026"]);
    // Before its first holiday the previous summer might still run: not answerable.
    expect(thrownCode(() => isSchoolHoliday("2028-09-10", "noord", r.value))).toEqual(["holidays.year-not-covered", "2027-2028"]);
    expect(isSchoolHoliday("2028-11-01", "noord", r.value)).toBe(false);
  });

  it("rejects bad calendars with coded issues", () => {
    const codes = (input: unknown[]) => {
      const r = createHolidayCalendar(input as never);
      return r.ok ? [] : r.issues.map((i) => [i.code, i.path.join(".")]);
    };
    // An impossible date.
    expect(codes([{ ...year2028, holidays: [{ ...year2028.holidays[0], dates: all("2028-02-30", "2028-10-22") }, ...year2028.holidays.slice(1)] }])).toContainEqual(
      ["value.date", "0.holidays.0.dates.noord.from"],
    );
    // from after to.
    expect(codes([{ ...year2028, holidays: [{ ...year2028.holidays[0], dates: all("2028-10-22", "2028-10-14") }, ...year2028.holidays.slice(1)] }])).toContainEqual(
      ["dates.invalid-range", "0.holidays.0.dates.noord.to"],
    );
    // A region missing.
    const { zuid: _zuid, ...twoRegions } = all("2028-10-14", "2028-10-22");
    expect(codes([{ ...year2028, holidays: [{ kind: "herfst", dates: twoRegions }, ...year2028.holidays.slice(1)] }])).toEqual([
      ["value.required", "0.holidays.0.dates.zuid"],
    ]);
    // A holiday missing, twice, outside its year, or overlapping.
    expect(codes([{ ...year2028, holidays: year2028.holidays.slice(1) }])).toEqual([["holidays.kind-missing", "0.holidays"]]);
    expect(codes([{ ...year2028, holidays: [...year2028.holidays, year2028.holidays[1]] }])).toContainEqual(["holidays.kind-duplicate", "0.holidays.5.kind"]);
    expect(codes([{ ...year2028, schoolYear: "2029-2030" }])).toContainEqual(["holidays.outside-school-year", "0.holidays.0.dates.noord.from"]);
    expect(codes([{ ...year2028, holidays: [{ ...year2028.holidays[0], dates: all("2028-10-14", "2028-12-24") }, ...year2028.holidays.slice(1)] }])).toContainEqual(
      ["holidays.overlap", "0.holidays.1.dates.noord"],
    );
    // A school year twice, a bad school year, an unknown holiday.
    expect(codes([year2028, year2028])).toEqual([["holidays.duplicate-year", "1.schoolYear"]]);
    expect(codes([{ ...year2028, schoolYear: "2028-2030" }])[0]).toEqual(["schoolYear.invalid", "0.schoolYear"]);
    expect(codes([{ ...year2028, holidays: [{ ...year2028.holidays[0], kind: "pasen" }, ...year2028.holidays.slice(1)] }])).toContainEqual(
      ["value.not-allowed", "0.holidays.0.kind"],
    );
  });
});

describe("coverage agrees with the lookups", () => {
  const throws = (date: string, region: SchoolRegion): boolean => {
    try {
      schoolHolidayOn(date, region);
      return false;
    } catch (e) {
      if (isDateError(e) && e.code === "holidays.year-not-covered") return true;
      throw e;
    }
  };
  it("does not call 2023-2024 covered when its first weeks need 2022-2023", () => {
    expect(() => isSchoolHoliday("2023-09-15", "noord")).toThrow(/holidays.year-not-covered/);
    expect(isSchoolHoliday("2024-09-15", "noord")).toBe(false);
    expect(checkHolidayCoverage({ schoolYear: "2024-2025", region: "noord" }).ok).toBe(true);
    expect(checkHolidayCoverage({ schoolYear: "2023-2024", region: "noord" })).toEqual({
      ok: false,
      issues: [
        {
          code: "holidays.year-not-covered",
          severity: "error",
          path: [],
          params: { schoolYear: "2022-2023", region: "noord", from: "2023-08-01", to: "2023-10-20" },
        },
      ],
    });
  });
  it.each(["noord", "midden", "zuid"] as const)("says ok for a range exactly when no date in it throws (%s)", (region) => {
    const dates: string[] = [];
    for (let d = "2023-07-01"; d <= "2028-10-31"; d = addDays(d, 1)) dates.push(d);
    const answerable = dates.map((d) => !throws(d, region));
    // Every single day, and a sample of longer ranges, agree with the lookups.
    dates.forEach((d, i) => expect(checkHolidayCoverage({ region, from: d, to: d }).ok, d).toBe(answerable[i]));
    for (let i = 0; i < dates.length; i += 97) {
      const j = Math.min(dates.length - 1, i + 120);
      expect(checkHolidayCoverage({ region, from: dates[i]!, to: dates[j]! }).ok).toBe(answerable.slice(i, j + 1).every(Boolean));
    }
  });
});

describe("holiday errors keep typed values out", () => {
  it("puts no typed value in a DateError's message", () => {
    try {
      schoolHolidayOn("Fatima de Vries", "noord");
      expect.unreachable();
    } catch (e) {
      expect(isDateError(e) && e.message).toBe("dates.invalid-date");
      expect(isDateError(e) && e.issue.params).toEqual({});
    }
    try {
      schoolHolidayOn("2025-02-30", "noord");
      expect.unreachable();
    } catch (e) {
      expect(isDateError(e) && e.message).toBe("dates.invalid-date");
      expect(isDateError(e) && formatIssue(e.issue)).toBe('"2025-02-30" is geen geldige datum; schrijf bijvoorbeeld 2025-09-14.');
    }
  });
  it("never echoes an unknown region", () => {
    expect(() => schoolHolidayOn("2025-10-20", "Fatima" as never)).toThrow(expect.objectContaining({ message: "holidays.unknown-region", issue: expect.objectContaining({ params: {} }) }));
  });
  it("bounds a duplicate school year in its issue and rejects hostile data without throwing", () => {
    const junk = "2025-2026" + "x".repeat(100_000);
    const result = createHolidayCalendar([{ schoolYear: junk }, { schoolYear: junk }] as never);
    expect(result.ok).toBe(false);
    expect(JSON.stringify(result.issues).length).toBeLessThan(2000);
    expect(createHolidayCalendar(null as never)).toEqual({ ok: false, issues: [expect.objectContaining({ code: "value.type" })] });
    const trap = new Proxy([], { get: () => { throw new Error("trap"); } });
    expect(createHolidayCalendar(trap as never)).toEqual({ ok: false, issues: [expect.objectContaining({ code: "value.unreadable" })] });
  });
});
