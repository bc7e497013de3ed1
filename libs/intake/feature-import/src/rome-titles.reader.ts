import { createReadStream } from 'node:fs';
import { parse } from 'csv-parse';
import type { RomeJobTitleRow } from '@passerelle/intake/data-access';
import { jobTitleVariants, ROME_CODE } from '@passerelle/intake/domain';

/**
 * Reads ROME titles from a France Travail file (unix_referentiel_appellation_*: one row per job
 * title, `libelle_appellation_long` + `code_rome`; unix_referentiel_code_rome_*: one row per
 * occupation, `libelle_rome` + `code_rome`) or from the project's sample in the same shape, and
 * yields each title's normalised masculine and feminine readings.
 */
export async function readRomeTitles(path: string): Promise<RomeJobTitleRow[]> {
  const rows: RomeJobTitleRow[] = [];
  const parser = createReadStream(path).pipe(parse({ columns: true, bom: true, relax_column_count: true }));
  let line = 1;
  for await (const record of parser as AsyncIterable<Record<string, string>>) {
    line++;
    const label = record['libelle_appellation_long'] ?? record['libelle_rome'];
    const code = record['code_rome'];
    if (label === undefined || code === undefined) {
      throw new Error(`${path}: expected columns libelle_appellation_long (or libelle_rome) and code_rome`);
    }
    if (!ROME_CODE.test(code)) throw new Error(`${path} line ${line}: "${code}" is not a ROME code`);
    for (const normalisedTitle of jobTitleVariants(label))
      rows.push({ normalisedTitle, romeCode: code, label });
  }
  return rows;
}

export const SAMPLE_ROME_TITLES_PATH = `${__dirname}/sample/rome-job-titles.sample.csv`;
