// CSV for spreadsheets (RFC 4180: CRLF lines, fields quoted when they hold a comma, quote or line
// break, quotes doubled), safe to open: text that a spreadsheet would run as a formula is defused.

export type CsvCell = string | number | null;

// OWASP's list of formula triggers: = + - @, and tab / carriage return that some parsers strip first.
const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",\r\n]|^\s|\s$/;

/** A text cell: a leading formula character gets a ' so the cell stays text. Numbers are left alone. */
export function defuseFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

export function csvField(cell: CsvCell): string {
  if (cell === null) return "";
  const text = typeof cell === "number" ? String(cell) : defuseFormula(cell);
  return NEEDS_QUOTES.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** The document: header row then rows, CRLF after each line. */
export function toCsv(header: readonly string[], rows: readonly (readonly CsvCell[])[]): string {
  return [header, ...rows].map((row) => `${row.map(csvField).join(",")}\r\n`).join("");
}
