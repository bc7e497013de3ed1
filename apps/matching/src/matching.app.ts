import { Module } from '@nestjs/common';
import { defineServiceApp } from '@passerelle/shared/runtime';
import { matchingDataSourceOptions } from '@passerelle/matching/data-access';
import { OFFERS_TYPE_PATHS, OffersModule } from '@passerelle/matching/feature-offers';
import {
  RECOMMENDATIONS_TYPE_PATHS,
  RecommendationsModule,
} from '@passerelle/matching/feature-recommendations';
import { REFERENCE_TYPE_PATHS, ReferenceModule } from '@passerelle/matching/feature-reference';

/** Offers re-rank the people an offer concerns through the recommendations feature's OfferRematch. */
@Module({ imports: [RecommendationsModule, OffersModule.register(RecommendationsModule)] })
class OffersAndRecommendationsModule {}

/** Each feature brings its SDL file, in this order; tools/supergraph/subgraphs.ts composes them from here. */
export const matchingApp = defineServiceApp({
  service: 'matching',
  dataSource: matchingDataSourceOptions,
  typePaths: [...OFFERS_TYPE_PATHS, ...RECOMMENDATIONS_TYPE_PATHS, ...REFERENCE_TYPE_PATHS],
  features: [OffersAndRecommendationsModule, ReferenceModule],
});
