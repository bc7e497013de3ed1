import type { DataSource } from 'typeorm';
import { addImportedOccupations } from './imported-occupations';

/**
 * Three production operators' occupations as ROME 4.0 writes them, with the NAF divisions ROME
 * files them under (`unix_arborescence_secteur_naf`) and division 10's label (decision 0039): the
 * sample reference data has no production occupation, so they are added to matching's imported
 * tables, which the title resolver reads as it reads an import.
 */
export async function addProductionOccupations(dataSource: DataSource): Promise<void> {
  await addImportedOccupations(dataSource, [
    ['H2105', 'Opérateur / Opératrice de production en industrie alimentaire', ['10', '11']],
    ['H2909', 'Opérateur / Opératrice de production en montage-assemblage mécanique', ['25', '28', '29']],
    ['H2701', 'Opérateur / Opératrice de production en énergie', ['35']],
  ]);
  await dataSource.query(
    `INSERT INTO naf_division (code, label) VALUES ('10', 'Industries alimentaires') ON CONFLICT (code) DO NOTHING`,
  );
}
