import type { DataSource } from 'typeorm';

/** An occupation as ROME 4.0 writes it: its code, its label and the NAF divisions ROME files it under. */
export type RomeOccupation = [code: string, label: string, nafDivisions: string[]];

/**
 * Adds occupations to matching's imported reference tables as an import writes them: the
 * occupation, its principal job title (its label) and its NAF divisions.
 */
export async function addImportedOccupations(
  dataSource: DataSource,
  occupations: readonly RomeOccupation[],
): Promise<void> {
  for (const [code, label, divisions] of occupations) {
    await dataSource.query(
      `INSERT INTO occupation (code, label, domain_code, parent_code, regulated, executive)
       VALUES ($1, $2, $3, $1, false, false)`,
      [code, label, code.slice(0, 3)],
    );
    await dataSource.query(
      `INSERT INTO job_title (code, rome_code, label, short_label, principal) VALUES ($1, $2, $3, $3, true)`,
      [`t-${code}`, code, label],
    );
    for (const division of divisions)
      await dataSource.query(`INSERT INTO occupation_sector (rome_code, naf_division) VALUES ($1, $2)`, [
        code,
        division,
      ]);
  }
}
