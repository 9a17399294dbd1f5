/**
 * One CSV cell's text, shared by the /data downloads and the comparison's CSV (which runs in the
 * browser, so this module imports nothing).
 */

/**
 * Flattens one value for a CSV cell: strings as they are, arrays of scalars joined with "; ",
 * anything else nested as JSON.
 */
export function cell(value: unknown): string {
  if (value === undefined || value === null) return '';
  if (typeof value === 'string') return guardFormula(value);
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value) && value.every((v) => typeof v === 'string' || typeof v === 'number')) {
    return guardFormula(value.join('; '));
  }
  return guardFormula(JSON.stringify(value));
}

/**
 * Spreadsheet programs execute cells that start with "=", "+" or "@". Report text is data, so such a
 * cell gets a leading apostrophe (the convention spreadsheets hide). "-" is left alone: negative
 * astronomical years ("-0110") start with it.
 */
function guardFormula(s: string): string {
  return /^[=+@\t\r]/.test(s) ? `'${s}` : s;
}
