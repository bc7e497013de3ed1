import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentIdentity, Roles, canReadCandidate, type Identity } from '@passerelle/shared/auth';
import { CandidateScopeRepository } from '@passerelle/shared/candidate-scope';
import { AssignmentRepository } from '@passerelle/scheduling/data-access';
import { toCoachAssignmentObject, type CoachAssignmentObject } from './coach-assignment.object';

/** How a person's coach was chosen, on the federated Candidate. */
@Resolver('Candidate')
export class CandidateAssignmentResolver {
  constructor(
    private readonly assignments: AssignmentRepository,
    private readonly scopes: CandidateScopeRepository,
  ) {}

  /** For the coach and ops, not the person (it names other coaches). */
  @ResolveField('coachAssignment')
  @Roles('candidate', 'coach', 'ops')
  async coachAssignment(
    @Parent() candidate: { id: string },
    @CurrentIdentity() identity: Identity,
  ): Promise<CoachAssignmentObject | null> {
    if (identity.role === 'candidate') return null;
    const scope = await this.scopes.find(candidate.id);
    if (!scope || !canReadCandidate(identity, scope)) return null;
    const assignment = await this.assignments.currentAssignmentOf(candidate.id);
    return assignment && toCoachAssignmentObject(assignment);
  }
}
