/**
 * A cell that starts with = + - @ (or a tab / carriage return before one) is run as a formula
 * by Excel and LibreOffice: CSV/formula injection. Exports prefix such text with an
 * apostrophe so the file only ever shows text. Numbers are left alone.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

export function neutraliseFormula(value: unknown): unknown {
  return typeof value === 'string' && FORMULA_START.test(value) ? `'${value}` : value;
}
