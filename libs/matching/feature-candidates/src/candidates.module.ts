import { Module } from '@nestjs/common';
import { join } from 'node:path';
import { CandidateScopeModule } from '@passerelle/shared/candidate-scope';
import { OccupationRecommendationRepository } from '@passerelle/matching/data-access';
import { CandidateErasureConsumer } from './candidate-erasure.consumer';
import { CandidateRecommendationsResolver } from './candidate-recommendations.resolver';

export const MATCHING_TYPE_PATHS = [join(__dirname, 'matching.graphql')];
export const MATCHING_RESOLVERS = [CandidateRecommendationsResolver];

@Module({
  imports: [CandidateScopeModule],
  controllers: [CandidateErasureConsumer],
  providers: [OccupationRecommendationRepository, ...MATCHING_RESOLVERS],
})
export class MatchingCandidatesModule {}
