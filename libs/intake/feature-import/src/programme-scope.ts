import { servesAnyOffice, type Identity } from '@passerelle/shared/auth';
import type { ProgrammeEntity, ProgrammeRepository } from '@passerelle/intake/data-access';
import { ImportError, ImportErrorCode } from './import.error';

/** The programme, if one of the caller's offices serves it (or the caller has all offices). */
export async function programmeInScope(
  programmes: ProgrammeRepository,
  identity: Identity,
  programmeId: string,
): Promise<ProgrammeEntity> {
  const programme = await programmes.findProgramme(programmeId);
  if (!programme) {
    throw new ImportError(ImportErrorCode.ProgrammeNotFound, `programme ${programmeId} does not exist`);
  }
  if (!servesAnyOffice(identity, programme.officeIds)) {
    throw new ImportError(ImportErrorCode.OutOfScope, 'this programme is not served by your offices');
  }
  return programme;
}
