import { Parent, ResolveField, ResolveReference, Resolver } from '@nestjs/graphql';
import { CurrentIdentity, Roles, canReadCandidate, type Identity } from '@passerelle/shared/auth';
import { CandidateScopeRepository } from '@passerelle/shared/candidate-scope';
import { OccupationRecommendationRepository } from '@passerelle/matching/data-access';
import {
  toOccupationRecommendationObject,
  type OccupationRecommendationObject,
} from './occupation-recommendation.object';

@Resolver('Candidate')
export class CandidateRecommendationsResolver {
  constructor(
    private readonly rows: OccupationRecommendationRepository,
    private readonly scopes: CandidateScopeRepository,
  ) {}

  @ResolveReference()
  @Roles('candidate', 'coach', 'ops')
  resolveReference(reference: { id: string }): { id: string } {
    return { id: reference.id };
  }

  @ResolveField('recommendations')
  @Roles('candidate', 'coach', 'ops')
  async recommendations(
    @Parent() candidate: { id: string },
    @CurrentIdentity() identity: Identity,
  ): Promise<OccupationRecommendationObject[]> {
    const scope = await this.scopes.find(candidate.id);
    if (!scope || !canReadCandidate(identity, scope)) return [];
    return (await this.rows.listForCandidate(candidate.id)).map(toOccupationRecommendationObject);
  }
}
