import { Parent, ResolveField, ResolveReference, Resolver } from '@nestjs/graphql';
import { CurrentIdentity, Roles, canReadCandidate, type Identity } from '@passerelle/shared/auth';
import { CandidateScopeRepository } from '@passerelle/shared/candidate-scope';
import { CoachingSessionRepository } from '@passerelle/scheduling/data-access';
import { toCoachingSessionObject, type CoachingSessionObject } from './coaching-session.object';

@Resolver('Candidate')
export class CandidateSessionsResolver {
  constructor(
    private readonly rows: CoachingSessionRepository,
    private readonly scopes: CandidateScopeRepository,
  ) {}

  @ResolveReference()
  @Roles('candidate', 'coach', 'ops')
  resolveReference(reference: { id: string }): { id: string } {
    return { id: reference.id };
  }

  @ResolveField('sessions')
  @Roles('candidate', 'coach', 'ops')
  async sessions(
    @Parent() candidate: { id: string },
    @CurrentIdentity() identity: Identity,
  ): Promise<CoachingSessionObject[]> {
    const scope = await this.scopes.find(candidate.id);
    if (!scope || !canReadCandidate(identity, scope)) return [];
    return (await this.rows.listForCandidate(candidate.id)).map(toCoachingSessionObject);
  }
}
