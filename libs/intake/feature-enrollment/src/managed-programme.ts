import type { EntityManager } from 'typeorm';
import { canManageOffices, type Identity } from '@passerelle/shared/auth';
import type { ProgrammeEntity, ProgrammeTermsRepository } from '@passerelle/intake/data-access';
import { EnrollmentError, EnrollmentErrorCode } from './enrollment.error';

/** Not found and not yours look the same to ops of other offices; closed is final. */
export async function lockManagedProgramme(
  programmes: ProgrammeTermsRepository,
  manager: EntityManager,
  identity: Identity,
  programmeId: string,
): Promise<ProgrammeEntity> {
  const programme = await programmes.lock(manager, programmeId);
  if (!programme || !canManageOffices(identity, programme.officeIds)) {
    throw new EnrollmentError(
      EnrollmentErrorCode.ProgrammeNotFound,
      `programme ${programmeId} does not exist or is not managed by your offices`,
    );
  }
  if (programme.status === 'closed') {
    throw new EnrollmentError(EnrollmentErrorCode.ProgrammeClosed, `programme ${programmeId} is closed`);
  }
  return programme;
}
