import { readFileSync, readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import { parse } from 'csv-parse/sync';

/** A problem in an input file, naming the file, the line and what to fix. */
export class ImportFileError extends Error {
  constructor(
    readonly file: string,
    readonly line: number | null,
    message: string,
  ) {
    super(`${basename(file)}${line === null ? '' : `, line ${line}`}: ${message}`);
    this.name = 'ImportFileError';
  }
}

export type CsvRow = Record<string, string> & { __line: number };

/** Reads a UTF-8 CSV (BOM tolerated) with a header row; refuses it if a needed column is missing. */
export function readCsv(file: string, required: readonly string[]): CsvRow[] {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new ImportFileError(file, null, `cannot be read (${(error as Error).message})`);
  }
  let records: { record: Record<string, string>; info: { lines: number } }[];
  try {
    records = parse(text, {
      columns: true,
      bom: true,
      info: true,
      skip_empty_lines: true,
      relax_column_count: false,
    });
  } catch (error) {
    throw new ImportFileError(file, null, `is not valid CSV (${(error as Error).message})`);
  }
  const header = Object.keys(records[0]?.record ?? {});
  const missing = required.filter((column) => records.length > 0 && !header.includes(column));
  if (records.length === 0) throw new ImportFileError(file, null, 'has no data rows');
  if (missing.length) {
    throw new ImportFileError(
      file,
      1,
      `missing column(s) ${missing.join(', ')} (found ${header.join(', ')})`,
    );
  }
  return records.map(({ record, info }) => ({ ...record, __line: info.lines }) as CsvRow);
}

/** Finds `<prefix>_v<version>_utf8.csv` in a folder, e.g. ROME's `unix_item_v460_utf8.csv`. */
export function findVersionedFile(dir: string, prefix: string): { path: string; version: string } {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch (error) {
    throw new ImportFileError(dir, null, `is not a readable folder (${(error as Error).message})`);
  }
  const pattern = new RegExp(`^${prefix}_v([a-z0-9]+)_utf8\\.csv$`);
  const found = names.flatMap((name) => {
    const version = pattern.exec(name)?.[1];
    return version ? [{ name, version }] : [];
  });
  if (found.length !== 1) {
    throw new ImportFileError(
      dir,
      null,
      found.length === 0
        ? `no file named ${prefix}_v<version>_utf8.csv`
        : `several versions of ${prefix}: ${found.map((entry) => entry.name).join(', ')}`,
    );
  }
  const [only] = found as [{ name: string; version: string }];
  return { path: join(dir, only.name), version: only.version };
}
