// Spreadsheet programs run a cell that starts with =, +, -, @, a tab or a carriage return as a
// formula ("CSV injection", OWASP). Exports make such text inert; imports refuse it in text fields.

const FORMULA_START = /^[=+\-@\t\r]/;
const PLAIN_NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;

/** True for text a spreadsheet would run rather than show. A plain number such as "-3" is not a formula. */
export function looksLikeFormula(text: string): boolean {
  return FORMULA_START.test(text) && !PLAIN_NUMBER.test(text);
}

/**
 * A cell as it should be written to a CSV file. Numbers stay numbers, so a real −3 is still −3 in
 * the spreadsheet; text that would run as a formula gets a leading apostrophe, which spreadsheets
 * show as text.
 */
export function spreadsheetSafe(cell: string | number | undefined | null): string | number {
  if (cell === undefined || cell === null) return '';
  if (typeof cell === 'number') return cell;
  return needsApostrophe(cell) ? `'${cell}` : cell;
}

/**
 * Text that gets an apostrophe on export: a formula, or apostrophes before one ("'=x" becomes
 * "''=x"), so that reading a cell back can always tell the export's apostrophe from a typed one.
 */
function needsApostrophe(text: string): boolean {
  let start = 0;
  while (text[start] === "'") start += 1;
  return looksLikeFormula(text.slice(start));
}

/**
 * Text typed into a form or an imported cell that is plainly a formula: = or @ first, or + or −
 * followed by something other than a number ("+cmd|…"). "-3 after revision" is a note, not an
 * attack, so it is allowed; exports make it inert all the same.
 */
export function isFormulaInput(text: string): boolean {
  return /^[=@\t\r]/.test(text) || /^[+-][^\d\s.]/.test(text);
}

/**
 * The other way: a cell read back from a CSV file. The apostrophe an export put before text a
 * spreadsheet would run is taken off again, so an export imports unchanged. Anything else is left
 * as it is (an apostrophe before plain text was typed by someone, and is theirs).
 */
export function fromSpreadsheetCell(cell: string): string {
  return cell.startsWith("'") && needsApostrophe(cell.slice(1)) ? cell.slice(1) : cell;
}
