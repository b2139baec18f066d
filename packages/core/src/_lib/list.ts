/**
 * A list param as text for a message: `a, b, c`; any other value as its string.
 *
 * @param value - an issue param
 * @returns the text
 */
export function list(value: unknown): string {
  return Array.isArray(value) ? value.join(", ") : String(value);
}
