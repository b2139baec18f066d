import type { z } from "zod";
import type { HolidayCalendarYear } from "./calendar.js";

type YearInput = z.input<typeof HolidayCalendarYear>;
type Range = { from: string; to: string };

/** Where the shipped school-holiday dates come from. */
export const SCHOOL_HOLIDAYS_SOURCE =
  "Rijksoverheid, 'Overzicht schoolvakanties per schooljaar' (https://www.rijksoverheid.nl/onderwerpen/schoolvakanties/overzicht-schoolvakanties-per-schooljaar); open data: https://opendata.rijksoverheid.nl (infotype schoolholidays)";

/** Where the shipped dates of 2023-2024 come from: the year before the Rijksoverheid overview starts. */
export const SCHOOL_HOLIDAYS_2023_2024_SOURCE =
  "Nationale Onderwijsgids, 'Schoolvakanties 2023-2024' (overview of October 2023), matching the school calendars published by schools in the three regions";

const r = (from: string, to: string): Range => ({ from, to });
const all = (from: string, to: string) => ({ noord: r(from, to), midden: r(from, to), zuid: r(from, to) });

/**
 * The school holidays of 2023-2024 to 2027-2028 for the three regions, dates inclusive. Autumn
 * (herfst) and spring (voorjaar) dates are advisory; summer and Christmas are fixed by the state;
 * May has one compulsory week, and in 2024 and 2028 an advisory extra week.
 */
export const SHIPPED_YEARS: readonly YearInput[] = [
  {
    schoolYear: "2023-2024",
    source: SCHOOL_HOLIDAYS_2023_2024_SOURCE,
    holidays: [
      { kind: "herfst", advisory: true, dates: { noord: r("2023-10-21", "2023-10-29"), midden: r("2023-10-14", "2023-10-22"), zuid: r("2023-10-14", "2023-10-22") } },
      { kind: "kerst", dates: all("2023-12-23", "2024-01-07") },
      { kind: "voorjaar", advisory: true, dates: { noord: r("2024-02-17", "2024-02-25"), midden: r("2024-02-17", "2024-02-25"), zuid: r("2024-02-10", "2024-02-18") } },
      { kind: "mei", dates: all("2024-04-27", "2024-05-05") },
      { kind: "mei", advisory: true, extraWeek: true, dates: all("2024-05-04", "2024-05-12") },
      { kind: "zomer", dates: { noord: r("2024-07-20", "2024-09-01"), midden: r("2024-07-13", "2024-08-25"), zuid: r("2024-07-06", "2024-08-18") } },
    ],
  },
  {
    schoolYear: "2024-2025",
    source: SCHOOL_HOLIDAYS_SOURCE,
    holidays: [
      { kind: "herfst", advisory: true, dates: { noord: r("2024-10-26", "2024-11-03"), midden: r("2024-10-26", "2024-11-03"), zuid: r("2024-10-19", "2024-10-27") } },
      { kind: "kerst", dates: all("2024-12-21", "2025-01-05") },
      { kind: "voorjaar", advisory: true, dates: { noord: r("2025-02-15", "2025-02-23"), midden: r("2025-02-22", "2025-03-02"), zuid: r("2025-02-22", "2025-03-02") } },
      { kind: "mei", dates: all("2025-04-26", "2025-05-04") },
      { kind: "zomer", dates: { noord: r("2025-07-12", "2025-08-24"), midden: r("2025-07-19", "2025-08-31"), zuid: r("2025-07-05", "2025-08-17") } },
    ],
  },
  {
    schoolYear: "2025-2026",
    source: SCHOOL_HOLIDAYS_SOURCE,
    holidays: [
      { kind: "herfst", advisory: true, dates: { noord: r("2025-10-18", "2025-10-26"), midden: r("2025-10-18", "2025-10-26"), zuid: r("2025-10-11", "2025-10-19") } },
      { kind: "kerst", dates: all("2025-12-20", "2026-01-04") },
      { kind: "voorjaar", advisory: true, dates: { noord: r("2026-02-21", "2026-03-01"), midden: r("2026-02-14", "2026-02-22"), zuid: r("2026-02-14", "2026-02-22") } },
      { kind: "mei", dates: all("2026-04-25", "2026-05-03") },
      { kind: "zomer", dates: { noord: r("2026-07-04", "2026-08-16"), midden: r("2026-07-18", "2026-08-30"), zuid: r("2026-07-11", "2026-08-23") } },
    ],
  },
  {
    schoolYear: "2026-2027",
    source: SCHOOL_HOLIDAYS_SOURCE,
    holidays: [
      { kind: "herfst", advisory: true, dates: { noord: r("2026-10-10", "2026-10-18"), midden: r("2026-10-17", "2026-10-25"), zuid: r("2026-10-17", "2026-10-25") } },
      { kind: "kerst", dates: all("2026-12-19", "2027-01-03") },
      { kind: "voorjaar", advisory: true, dates: { noord: r("2027-02-20", "2027-02-28"), midden: r("2027-02-20", "2027-02-28"), zuid: r("2027-02-13", "2027-02-21") } },
      { kind: "mei", dates: all("2027-04-24", "2027-05-02") },
      { kind: "zomer", dates: { noord: r("2027-07-10", "2027-08-22"), midden: r("2027-07-17", "2027-08-29"), zuid: r("2027-07-24", "2027-09-05") } },
    ],
  },
  {
    schoolYear: "2027-2028",
    source: SCHOOL_HOLIDAYS_SOURCE,
    holidays: [
      { kind: "herfst", advisory: true, dates: { noord: r("2027-10-16", "2027-10-24"), midden: r("2027-10-16", "2027-10-24"), zuid: r("2027-10-23", "2027-10-31") } },
      { kind: "kerst", dates: all("2027-12-25", "2028-01-09") },
      { kind: "voorjaar", advisory: true, dates: { noord: r("2028-02-19", "2028-02-27"), midden: r("2028-02-26", "2028-03-05"), zuid: r("2028-02-26", "2028-03-05") } },
      { kind: "mei", dates: all("2028-04-29", "2028-05-07") },
      { kind: "mei", advisory: true, extraWeek: true, dates: all("2028-04-22", "2028-04-30") },
      { kind: "zomer", dates: { noord: r("2028-07-15", "2028-08-27"), midden: r("2028-07-08", "2028-08-20"), zuid: r("2028-07-22", "2028-09-03") } },
    ],
  },
];
