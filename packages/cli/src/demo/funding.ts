// The funding of the demo dataset, its agreements with the municipality, and the neighbourhoods
// with the number of children aged 4 to 12 living there (as CBS publishes per wijk).

/** The neighbourhoods, as the children's wijk column names them, with children aged 4 to 12. */
export const NEIGHBOURHOOD_POPULATIONS: readonly (readonly [code: string, population: number])[] = [
  ["Centrum", 640],
  ["Oosterpark", 1180],
  ["De Bongerd", 820],
  ["Groenewoud", 1010],
  ["Het Zand", 730],
  ["Molenveld", 460],
];

/** One budget line: funder, kind, euros, dates, programme line and activity (optional). */
export type DemoBudget = readonly [funder: string, kind: string, amount: number, from: string, to: string, programmeLine: string, activityId: string];

/** Subsidies, funds, own money and a sponsor, some lines crossing the year's edges. */
export const BUDGETS: readonly DemoBudget[] = [
  ["Gemeente, subsidie kinderwerk", "municipality", 52000, "2024-09-01", "2024-12-31", "social-inclusion", ""],
  ["Gemeente, subsidie kinderwerk", "municipality", 148000, "2025-01-01", "2025-12-31", "social-inclusion", ""],
  ["Gemeente, kansengelijkheid", "municipality", 36000, "2025-01-01", "2025-12-31", "equal-opportunities", ""],
  ["Oranje Fonds", "fund", 15000, "2025-06-01", "2025-09-30", "social-inclusion", "act-11"],
  ["Jeugdfonds Sport & Cultuur", "fund", 8000, "2024-09-01", "2025-08-31", "equal-opportunities", "act-02"],
  ["Eigen middelen", "own", 6000, "2025-01-01", "2025-12-31", "strong-parents", ""],
  ["Sponsor wijkwinkeliers", "other", 2400, "2025-03-01", "2026-02-28", "", ""],
];

/** The agreements with the municipality for 2025 (prestatieafspraken). */
export const TARGETS: readonly (readonly [indicator: string, target: number])[] = [
  ["reach", 300],
  ["families", 200],
  ["holidayReach", 120],
  ["contactHours", 9000],
  ["signals", 30],
  ["signups.waiting", 10],
];
