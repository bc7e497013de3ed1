import { servesAnyOffice, type Identity } from '@passerelle/shared/auth';
import type { ReportingRepository } from '@passerelle/reporting/data-access';
import type { ProgrammeFacts } from '@passerelle/reporting/domain';
import { programmeNotFound } from './service-levels.error';

/**
 * The programme as the caller may read its service levels: ops of one of its offices, its
 * sponsor's HR and committee members (the summary only: the resolvers' roles say which), and any
 * coach (who then sees only their own caseload). Anyone else is told it does not exist.
 */
export async function programmeFor(
  reporting: ReportingRepository,
  identity: Identity,
  programmeId: string,
): Promise<ProgrammeFacts> {
  const programme = await reporting.findProgramme(programmeId);
  const allowed =
    programme !== null &&
    (identity.role === 'sponsor' || identity.role === 'committee'
      ? identity.sponsorIds.includes(programme.sponsorId)
      : identity.role === 'coach' || servesAnyOffice(identity, programme.officeIds));
  if (!programme || !allowed) throw programmeNotFound(programmeId);
  return programme;
}
