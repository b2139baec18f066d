// Private SQL quoting: identifiers in double quotes, text in single quotes (standard SQL, which
// Postgres and DuckDB both speak).

/**
 * A quoted SQL identifier.
 *
 * @param name - the identifier
 * @returns it in double quotes, inner quotes doubled
 */
export function ident(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}

/**
 * A quoted SQL text literal.
 *
 * @param value - the text
 * @returns it in single quotes, inner quotes doubled
 */
export function text(value: string): string {
  if (value.includes("\u0000")) throw new RangeError("sql: text with a NUL character");
  return `'${value.replaceAll("'", "''")}'`;
}

/**
 * The SQL name of a field: `childId` becomes `child_id`, `population4to12` `population4to12`.
 *
 * @param field - the canonical field name
 * @returns the snake_case name
 */
export function snake(field: string): string {
  return field.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
}
