import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Roles } from '@passerelle/shared/auth';
import { CandidateAccessRepository } from '@passerelle/intake/data-access';

/** The coach following a person, for ops and coaches (the person sees their coach through scheduling). */
@Resolver('Candidate')
export class CandidateCoachResolver {
  constructor(private readonly access: CandidateAccessRepository) {}

  @ResolveField('coachId')
  @Roles('coach', 'ops')
  coachId(@Parent() candidate: { id: string }): Promise<string | null> {
    return this.access.coachOf(candidate.id);
  }
}
