const PLAIN_AMOUNT = /^\d+(?:[.,]\d{1,2})?$/;
const DUTCH_GROUPED = /^\d{1,3}(?:\.\d{3})+(?:,\d{1,2})?$/;
const ENGLISH_GROUPED = /^\d{1,3}(?:,\d{3})+(?:\.\d{1,2})?$/;

/**
 * Read an amount in euros as people and spreadsheets write money: an optional `€` or `EUR` before
 * or after, an optional minus, and digits with a decimal `,` or `.` of one or two decimals, or
 * grouped in thousands (`12.500,00`, `12,500.00`). Money has no third decimal, so `12.500` is
 * twelve thousand five hundred, never twelve and a half. The import reads budget cells with it;
 * apps and the CLI read a typed budget with it.
 *
 * @param text - what was written (spaces around it are ignored)
 * @returns the amount, or `undefined` when it is no amount
 * @example
 * parseEuro("€ 12.500,00"); // => 12500
 * parseEuro("1250,5"); // => 1250.5
 * parseEuro("12.500"); // => 12500
 * parseEuro("-€ 40"); // => undefined (the minus goes after the sign: "€ -40")
 * parseEuro("1.2.3"); // => undefined
 */
export function parseEuro(text: string): number | undefined {
  if (typeof text !== "string" || text.length > 40) return undefined;
  let t = text.trim().replace(/^(?:€|eur)\s*/i, "").replace(/\s*(?:€|eur)$/i, "");
  const negative = t.startsWith("-");
  if (negative) t = t.slice(1).trimStart();
  let plain: string;
  if (PLAIN_AMOUNT.test(t)) plain = t.replace(",", ".");
  else if (DUTCH_GROUPED.test(t)) plain = t.replaceAll(".", "").replace(",", ".");
  else if (ENGLISH_GROUPED.test(t)) plain = t.replaceAll(",", "");
  else return undefined;
  const n = Number(plain);
  return negative ? -n : n;
}
