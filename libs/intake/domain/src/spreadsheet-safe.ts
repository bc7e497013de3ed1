/**
 * A spreadsheet runs a cell as a formula when it starts with one of these (OWASP "CSV injection").
 * Tab and carriage return are included because some spreadsheets strip them and then read the rest.
 */
const FORMULA_TRIGGERS = new Set(['=', '+', '-', '@', '\t', '\r']);

/** Makes one exported cell inert: a leading apostrophe turns it into text in Excel, LibreOffice and Sheets. */
export function neutraliseCell(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return '';
  const text = String(value);
  if (typeof value === 'number') return text; // a number is data, even when negative
  return FORMULA_TRIGGERS.has(text.charAt(0)) ? `'${text}` : text;
}

export interface CsvExportOptions {
  delimiter?: ';' | ',';
  /** A BOM makes Excel read UTF-8 instead of the machine's code page. */
  bom?: boolean;
}

function quote(cell: string, delimiter: string): string {
  return /["\r\n]/.test(cell) || cell.includes(delimiter) ? `"${cell.replace(/"/g, '""')}"` : cell;
}

/** The only way intake writes a CSV for people: every cell neutralised, then quoted as RFC 4180 says. */
export function toSpreadsheetCsv(
  rows: readonly (readonly (string | number | null | undefined)[])[],
  { delimiter = ';', bom = true }: CsvExportOptions = {},
): string {
  const body = rows
    .map((row) => row.map((cell) => quote(neutraliseCell(cell), delimiter)).join(delimiter))
    .join('\r\n');
  return `${bom ? '\uFEFF' : ''}${body}\r\n`;
}
