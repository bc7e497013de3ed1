import { Module, type DynamicModule, type Type } from '@nestjs/common';
import { join } from 'node:path';
import { MatchingDataModule } from '@passerelle/matching/data-access';
import { OfferEventsConsumer } from './offer-events.consumer';
import { OffersResolver } from './offers.resolver';
import { ExpireJobOffersHandler } from './usecases/expire-job-offers/expire-job-offers.handler';
import { IngestJobOfferHandler } from './usecases/ingest-job-offer/ingest-job-offer.handler';
import { PublishJobOfferHandler } from './usecases/publish-job-offer/publish-job-offer.handler';
import { WithdrawJobOfferHandler } from './usecases/withdraw-job-offer/withdraw-job-offer.handler';

export const OFFERS_TYPE_PATHS = [join(__dirname, 'offers.graphql')];
export const OFFERS_RESOLVERS = [OffersResolver];

/** Job offers: entered by ops or fed as events, changed, withdrawn, expired. */
@Module({})
export class OffersModule {
  /**
   * `rematching`: a module exporting `OfferRematch` (the recommendations feature), which re-ranks
   * the people an offer concerns; the app passes it, so that the features do not import each other.
   */
  static register(rematching: Type): DynamicModule {
    return {
      module: OffersModule,
      imports: [MatchingDataModule, rematching],
      controllers: [OfferEventsConsumer],
      providers: [
        IngestJobOfferHandler,
        PublishJobOfferHandler,
        WithdrawJobOfferHandler,
        ExpireJobOffersHandler,
        ...OFFERS_RESOLVERS,
      ],
    };
  }
}
