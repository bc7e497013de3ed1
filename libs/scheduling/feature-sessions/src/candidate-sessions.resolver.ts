import { Parent, ResolveField, ResolveReference, Resolver } from '@nestjs/graphql';
import { CurrentIdentity, Roles, canReadCandidate, type Identity } from '@passerelle/shared/auth';
import { CandidateScopeRepository } from '@passerelle/shared/candidate-scope';
import { SessionRepository } from '@passerelle/scheduling/data-access';
import { toSessionObject, type SessionObject } from './session.object';

/**
 * The federated Candidate, as scheduling knows them: their sessions here; their coach and how
 * the coach was chosen come from the directory and assignment areas.
 */
@Resolver('Candidate')
export class CandidateSessionsResolver {
  constructor(
    private readonly sessions: SessionRepository,
    private readonly scopes: CandidateScopeRepository,
  ) {}

  @ResolveReference()
  @Roles('candidate', 'coach', 'ops')
  resolveReference(reference: { id: string }): { id: string } {
    return { id: reference.id };
  }

  @ResolveField('sessions')
  @Roles('candidate', 'coach', 'ops')
  async candidateSessions(
    @Parent() candidate: { id: string },
    @CurrentIdentity() identity: Identity,
  ): Promise<SessionObject[]> {
    const scope = await this.scopes.find(candidate.id);
    if (!scope || !canReadCandidate(identity, scope)) return [];
    return (await this.sessions.listForCandidate(candidate.id)).map(toSessionObject);
  }
}
