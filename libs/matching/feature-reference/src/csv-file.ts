import { parse } from 'csv-parse/sync';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** A reference file that cannot be read as expected: names the file, the row and the field. */
export class ReferenceFileError extends Error {
  constructor(
    readonly file: string,
    message: string,
    readonly row?: number,
  ) {
    super(`${file}${row !== undefined ? `, row ${row}` : ''}: ${message}`);
    this.name = 'ReferenceFileError';
  }
}

export type CsvRow = Record<string, string>;

/**
 * Reads a CSV with a header row into records keyed by column, after checking the columns the
 * importer relies on are there. Row numbers in errors count the header as row 1.
 */
export function readCsv(
  directory: string,
  relativePath: string,
  requiredColumns: readonly string[],
  delimiter = ',',
): CsvRow[] {
  const path = join(directory, relativePath);
  if (!existsSync(path)) throw new ReferenceFileError(relativePath, `file not found in ${directory}`);
  const rows = parse(readFileSync(path), {
    columns: (header: string[]) => header.map((name) => name.trim()),
    delimiter,
    bom: true,
    skip_empty_lines: true,
    relax_quotes: delimiter === '\t',
    quote: delimiter === '\t' ? false : '"',
  }) as CsvRow[];
  const first = rows[0];
  if (!first) throw new ReferenceFileError(relativePath, 'the file has no data rows');
  const missing = requiredColumns.filter((column) => !(column in first));
  if (missing.length > 0) {
    throw new ReferenceFileError(relativePath, `missing column(s) ${missing.join(', ')}`);
  }
  return rows;
}

/** A required, non-empty field; the error says which file, row and column. */
export function field(row: CsvRow, column: string, file: string, index: number): string {
  const value = row[column]?.trim();
  if (!value) throw new ReferenceFileError(file, `empty "${column}"`, index + 2);
  return value;
}

export function optionalField(row: CsvRow, column: string): string | null {
  const value = row[column]?.trim();
  return value ? value : null;
}
