import { Injectable } from '@nestjs/common';
import { canReadCandidate, type Identity, type Role } from '@passerelle/shared/auth';
import { CandidateScopeRepository } from '@passerelle/shared/candidate-scope';
import { RecommendationsError, RecommendationsErrorCode } from './recommendations.error';

/**
 * Who may see or act on a person's matching data: the person, their coach (caseload from the
 * shared candidate-scope projection), ops of their offices; a sponsor never.
 */
@Injectable()
export class CandidateAccess {
  constructor(private readonly scopes: CandidateScopeRepository) {}

  async canRead(identity: Identity, candidateId: string): Promise<boolean> {
    const scope = await this.scopes.find(candidateId);
    return scope !== null && canReadCandidate(identity, scope);
  }

  /** Not found and not allowed look the same, so ids cannot be probed. */
  async assertCanAct(identity: Identity, candidateId: string, roles: readonly Role[]): Promise<void> {
    if (!roles.includes(identity.role) || !(await this.canRead(identity, candidateId))) {
      throw new RecommendationsError(
        RecommendationsErrorCode.OutOfScope,
        `candidate ${candidateId} is not in your scope`,
      );
    }
  }
}
