import type { DataSource } from 'typeorm';

/**
 * Three production operators' occupations as ROME 4.0 writes them, with the NAF divisions ROME
 * files them under (`unix_arborescence_secteur_naf`) and division 10's label (decision 0039): the
 * sample reference data has no production occupation, so they are added to matching's imported
 * tables, which the title resolver reads as it reads an import.
 */
export async function addProductionOccupations(dataSource: DataSource): Promise<void> {
  const occupations: [string, string, string[]][] = [
    ['H2105', 'Opérateur / Opératrice de production en industrie alimentaire', ['10', '11']],
    ['H2909', 'Opérateur / Opératrice de production en montage-assemblage mécanique', ['25', '28', '29']],
    ['H2701', 'Opérateur / Opératrice de production en énergie', ['35']],
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
  await dataSource.query(
    `INSERT INTO naf_division (code, label) VALUES ('10', 'Industries alimentaires') ON CONFLICT (code) DO NOTHING`,
  );
}
