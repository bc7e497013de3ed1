import type { DataSource } from 'typeorm';
import { addImportedOccupations } from './imported-occupations';

/**
 * Three maintenance technicians' occupations as ROME 4.0 writes them, with the NAF divisions ROME
 * files them under: industrial maintenance under 33 "Réparation et installation de machines" (and
 * some manufacturing divisions), never under the plastics maker's 22, so that only the support
 * functions' table (decision 0050) reads a factory's "Maintenance" service as 33. The sample
 * reference data has none; they are added to matching's imported tables as an import would.
 */
export async function addMaintenanceOccupations(dataSource: DataSource): Promise<void> {
  await addImportedOccupations(dataSource, [
    ['I1304', 'Technicien / Technicienne de maintenance industrielle', ['28', '32', '33', '35', '36']],
    ['I1305', 'Technicien / Technicienne de maintenance en électronique', ['33']],
    ['I1401', 'Technicien / Technicienne de maintenance en informatique', ['62', '95']],
  ]);
}
