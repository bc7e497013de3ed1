import type { Identity } from '@passerelle/shared/auth';
import type { CandidateAccessRepository, CandidateInScope } from '@passerelle/intake/data-access';
import { candidateNotFound } from './outcomes.error';

/** Outcomes and offers are recorded by the person's coach or by ops of their offices. */
export async function managedCandidate(
  access: CandidateAccessRepository,
  identity: Identity,
  candidateId: string,
): Promise<CandidateInScope> {
  const found = await access.findFor(identity, candidateId, ['coach', 'ops']);
  if (!found) throw candidateNotFound(candidateId);
  return found;
}
