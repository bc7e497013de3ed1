import { Parent, ResolveField, ResolveReference, Resolver } from '@nestjs/graphql';
import { CurrentIdentity, Roles, canReadCandidate, type Identity } from '@passerelle/shared/auth';
import { CandidateScopeRepository } from '@passerelle/shared/candidate-scope';
import { PathwayRepository } from '@passerelle/pathway/data-access';

interface PathwayObject {
  id: string;
  status: 'DRAFT' | 'PLANNED' | 'COMPLETED';
  createdAt: Date;
}

@Resolver('Candidate')
export class CandidatePathwayResolver {
  constructor(
    private readonly pathways: PathwayRepository,
    private readonly scopes: CandidateScopeRepository,
  ) {}

  @ResolveReference()
  @Roles('candidate', 'coach', 'ops')
  resolveReference(reference: { id: string }): { id: string } {
    return { id: reference.id };
  }

  @ResolveField('pathway')
  @Roles('candidate', 'coach', 'ops')
  async pathway(
    @Parent() candidate: { id: string },
    @CurrentIdentity() identity: Identity,
  ): Promise<PathwayObject | null> {
    const scope = await this.scopes.find(candidate.id);
    if (!scope || !canReadCandidate(identity, scope)) return null;
    const pathway = await this.pathways.findByCandidate(candidate.id);
    return (
      pathway && {
        id: pathway.id,
        status: pathway.status.toUpperCase() as PathwayObject['status'],
        createdAt: pathway.createdAt,
      }
    );
  }
}
