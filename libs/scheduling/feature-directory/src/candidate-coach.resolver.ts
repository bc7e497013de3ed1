import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentIdentity, Roles, canReadCandidate, type Identity } from '@passerelle/shared/auth';
import { CandidateScopeRepository } from '@passerelle/shared/candidate-scope';
import { AssignmentRepository, DirectoryRepository } from '@passerelle/scheduling/data-access';
import { toCoachObject, type CoachObject } from './coach.object';

/** The coach following a person, on the federated Candidate. */
@Resolver('Candidate')
export class CandidateCoachResolver {
  constructor(
    private readonly assignments: AssignmentRepository,
    private readonly directory: DirectoryRepository,
    private readonly scopes: CandidateScopeRepository,
  ) {}

  @ResolveField('coach')
  @Roles('candidate', 'coach', 'ops')
  async coach(
    @Parent() candidate: { id: string },
    @CurrentIdentity() identity: Identity,
  ): Promise<CoachObject | null> {
    const scope = await this.scopes.find(candidate.id);
    if (!scope || !canReadCandidate(identity, scope)) return null;
    const assignment = await this.assignments.currentAssignmentOf(candidate.id);
    const coach = assignment && (await this.directory.findCoach(assignment.coachId));
    return coach ? toCoachObject(coach) : null;
  }
}
