// CSV for every export (notes, clearance reports): RFC 4180 through papaparse, and cells a spreadsheet would run as a
// formula defused, including multi-line cells (papaparse's own escapeFormulae pattern misses those).
import Papa from 'papaparse';

/** Cells a spreadsheet would run as a formula: '=', '+', '-', '@', tab or CR first. */
const FORMULA_START = /^[=+\-@\t\r]/;

/** The cell made safe for spreadsheets: a leading apostrophe when it would start a formula. */
export function safeCell(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

/** Rows as CSV (CRLF line ends, quoted where needed), every cell formula-safe. */
export function toCsv(rows: readonly (readonly string[])[]): string {
  return Papa.unparse(
    rows.map((r) => r.map(safeCell)),
    { newline: '\r\n' },
  );
}
