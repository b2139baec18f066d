import { describe, expect, it } from "vitest";
import { parseEuro } from "./index.js";

describe("parseEuro", () => {
  it("reads money as Dutch and English spreadsheets and people write it", () => {
    const cases: [string, number][] = [
      ["12500", 12500], ["12.500", 12500], ["12.500,00", 12500], ["€ 12.500,50", 12500.5], ["€12.500", 12500],
      ["12500,5", 12500.5], ["12,500.00", 12500], ["1.250.000", 1250000], ["12500 EUR", 12500],
      ["EUR 40", 40], ["40 €", 40], ["€ -40,00", -40], ["-12,5", -12.5], ["0", 0], [" 7,25 ", 7.25],
    ];
    for (const [text, amount] of cases) expect(parseEuro(text), text).toBe(amount);
  });

  it("refuses what is no amount: a third decimal, mixed groups, words, an overlong text", () => {
    for (const text of ["", "€", "1.2.3", "12,500,5", "12.50.0", "1,234.567", "twaalf", "12.5.2025", "1e3", "0x10", "1".repeat(41)]) {
      expect(parseEuro(text), text).toBeUndefined();
    }
  });
});
