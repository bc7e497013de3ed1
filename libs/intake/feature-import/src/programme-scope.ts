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

/** The programme in scope, still open: a closed one refuses imports (PROGRAMME_CLOSED). */
export async function programmeOpenForImport(
  programmes: ProgrammeRepository,
  identity: Identity,
  programmeId: string,
): Promise<ProgrammeEntity> {
  const programme = await programmeInScope(programmes, identity, programmeId);
  if (programme.status === 'closed') {
    throw new ImportError(
      ImportErrorCode.ProgrammeClosed,
      `programmeId: programme ${programmeId} is closed: it takes no more people`,
      { field: 'programmeId' },
    );
  }
  return programme;
}
