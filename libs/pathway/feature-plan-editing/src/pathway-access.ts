import { Injectable } from '@nestjs/common';
import { canReadCandidate, type Identity } from '@passerelle/shared/auth';
import { CandidateScopeRepository } from '@passerelle/shared/candidate-scope';
import { PlanEditingError, PlanEditingErrorCode } from './plan-editing.error';

/** Who may read or change a person's plan, from the local candidate-scope projection. */
@Injectable()
export class PathwayAccess {
  constructor(private readonly scopes: CandidateScopeRepository) {}

  /** The person, their coach, ops of one of their offices. */
  async canRead(identity: Identity, candidateId: string): Promise<boolean> {
    const scope = await this.scopes.find(candidateId);
    return scope !== null && canReadCandidate(identity, scope);
  }

  /** Only the coach in charge and ops of the person's office change a plan; the same error for "no such person". */
  async assertCanCustomise(identity: Identity, candidateId: string): Promise<void> {
    const allowed =
      (identity.role === 'coach' || identity.role === 'ops') && (await this.canRead(identity, candidateId));
    if (!allowed) {
      throw new PlanEditingError(
        PlanEditingErrorCode.OutOfScope,
        `you may not change the plan of candidate ${candidateId}`,
      );
    }
  }
}
