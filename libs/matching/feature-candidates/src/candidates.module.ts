import { Module } from '@nestjs/common';
import { join } from 'node:path';
import { CandidateScopeModule } from '@passerelle/shared/candidate-scope';
import {
  CandidateProfileRepository,
  JobOfferRepository,
  ReferenceCatalogueCache,
  ReferenceRepository,
} from '@passerelle/matching/data-access';
import { CandidateAccess } from './candidate-access';
import { CandidateEventsConsumer } from './candidate-events.consumer';
import { CandidateMatchingResolver } from './candidate-matching.resolver';
import { ExpireJobOffersHandler } from './expire-job-offers.handler';
import { GiveOfferFeedbackHandler } from './give-offer-feedback.handler';
import { IngestJobOfferHandler } from './ingest-job-offer.handler';
import { MatchingResolver } from './matching.resolver';
import { PublishJobOfferHandler } from './publish-job-offer.handler';
import { RecomputeRecommendationsHandler } from './recompute-recommendations.handler';
import { RematchOffersHandler } from './rematch-offers.handler';
import { SetJobSearchAreaHandler } from './set-job-search-area.handler';

export const MATCHING_TYPE_PATHS = [join(__dirname, 'matching.graphql')];
export const MATCHING_RESOLVERS = [CandidateMatchingResolver, MatchingResolver];

@Module({
  imports: [CandidateScopeModule],
  controllers: [CandidateEventsConsumer],
  providers: [
    CandidateProfileRepository,
    JobOfferRepository,
    ReferenceRepository,
    ReferenceCatalogueCache,
    CandidateAccess,
    RecomputeRecommendationsHandler,
    RematchOffersHandler,
    IngestJobOfferHandler,
    PublishJobOfferHandler,
    GiveOfferFeedbackHandler,
    SetJobSearchAreaHandler,
    ExpireJobOffersHandler,
    ...MATCHING_RESOLVERS,
  ],
})
export class MatchingCandidatesModule {}
