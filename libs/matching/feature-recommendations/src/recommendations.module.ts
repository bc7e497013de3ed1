import { Module } from '@nestjs/common';
import { join } from 'node:path';
import { CandidateScopeModule } from '@passerelle/shared/candidate-scope';
import {
  MatchingDataModule,
  MatchingPersonalDataRepository,
  OfferRematch,
} from '@passerelle/matching/data-access';
import { PersonalDataController } from './personal-data.controller';
import { ExportPersonalDataHandler } from './usecases/export-personal-data/export-personal-data.handler';
import { CandidateAccess } from './candidate-access';
import { CandidateEventsConsumer } from './candidate-events.consumer';
import { CareerEventsConsumer } from './career-events.consumer';
import { ProgrammeEventsConsumer } from './programme-events.consumer';
import { ReResolveFormerOccupationsHandler } from './usecases/re-resolve-former-occupations/re-resolve-former-occupations.handler';
import { CandidateMatchingResolver, OccupationRecommendationResolver } from './candidate-matching.resolver';
import { RecommendationsResolver } from './recommendations.resolver';
import { GiveOfferFeedbackHandler } from './usecases/give-offer-feedback/give-offer-feedback.handler';
import { RecomputeRecommendationsHandler } from './usecases/recompute-recommendations/recompute-recommendations.handler';
import { RematchOffersHandler } from './usecases/rematch-offers/rematch-offers.handler';
import { SetJobSearchAreaHandler } from './usecases/set-job-search-area/set-job-search-area.handler';
import { ResolveFormerOccupationHandler } from './usecases/resolve-former-occupation/resolve-former-occupation.handler';
import { ConfirmFormerOccupationHandler } from './usecases/confirm-former-occupation/confirm-former-occupation.handler';
import { ApplyCandidateDetailsHandler } from './usecases/apply-candidate-details/apply-candidate-details.handler';
import { RecomputeRecommendationsForMany } from './usecases/recompute-recommendations/recompute-recommendations.for-many';
import { ApplyCandidateDetailsOneByOne } from './usecases/apply-candidate-details/apply-candidate-details.one-by-one';
import { RecordProjectTargetsHandler } from './usecases/record-project-targets/record-project-targets.handler';

export const RECOMMENDATIONS_TYPE_PATHS = [join(__dirname, 'recommendations.graphql')];
export const RECOMMENDATIONS_RESOLVERS = [
  CandidateMatchingResolver,
  OccupationRecommendationResolver,
  RecommendationsResolver,
];

/**
 * A person's lists: the profile kept from intake's and assessment's events, the occupations
 * recommended to them and the offers ranked for them, their feedback and search area. Exports
 * `OfferRematch` for the offers feature.
 */
@Module({
  imports: [CandidateScopeModule, MatchingDataModule],
  controllers: [
    CandidateEventsConsumer,
    CareerEventsConsumer,
    ProgrammeEventsConsumer,
    PersonalDataController,
  ],
  providers: [
    CandidateAccess,
    RecomputeRecommendationsHandler,
    RecomputeRecommendationsForMany,
    RematchOffersHandler,
    { provide: OfferRematch, useExisting: RematchOffersHandler },
    GiveOfferFeedbackHandler,
    SetJobSearchAreaHandler,
    ResolveFormerOccupationHandler,
    ConfirmFormerOccupationHandler,
    ReResolveFormerOccupationsHandler,
    RecordProjectTargetsHandler,
    ApplyCandidateDetailsHandler,
    ApplyCandidateDetailsOneByOne,
    MatchingPersonalDataRepository,
    ExportPersonalDataHandler,
    ...RECOMMENDATIONS_RESOLVERS,
  ],
  exports: [OfferRematch],
})
export class RecommendationsModule {}
