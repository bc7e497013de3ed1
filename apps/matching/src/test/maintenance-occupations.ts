import type { DataSource } from 'typeorm';

/**
 * Three maintenance technicians' occupations as ROME 4.0 writes them, with the NAF divisions ROME
 * files them under: industrial maintenance under 33 "Réparation et installation de machines" (and
 * some manufacturing divisions), never under the plastics maker's 22, so that only the support
 * functions' table (decision 0050) reads a factory's "Maintenance" service as 33. The sample
 * reference data has none; they are added to matching's imported tables as an import would.
 */
export async function addMaintenanceOccupations(dataSource: DataSource): Promise<void> {
  const occupations: [string, string, string[]][] = [
    ['I1304', 'Technicien / Technicienne de maintenance industrielle', ['28', '32', '33', '35', '36']],
    ['I1305', 'Technicien / Technicienne de maintenance en électronique', ['33']],
    ['I1401', 'Technicien / Technicienne de maintenance en informatique', ['62', '95']],
  ];
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
