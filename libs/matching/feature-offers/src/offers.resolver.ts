import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { DataSource } from 'typeorm';
import { CurrentIdentity, Roles, type Identity } from '@passerelle/shared/auth';
import { JobOfferRepository } from '@passerelle/matching/data-access';
import type { JobOffer } from '@passerelle/matching/graphql-types';
import { toJobOfferObject } from './job-offer.object';
import { OffersError, OffersErrorCode } from './offers.error';
import type { PublishJobOfferCommand } from './usecases/publish-job-offer/publish-job-offer.command';
import { PublishJobOfferHandler } from './usecases/publish-job-offer/publish-job-offer.handler';
import { WithdrawJobOfferHandler } from './usecases/withdraw-job-offer/withdraw-job-offer.handler';

/** Ops enter, change and withdraw job offers. */
@Resolver()
export class OffersResolver {
  constructor(
    private readonly dataSource: DataSource,
    private readonly offers: JobOfferRepository,
    private readonly publishOffer: PublishJobOfferHandler,
    private readonly withdrawOffer: WithdrawJobOfferHandler,
  ) {}

  @Mutation('publishJobOffer')
  @Roles('ops')
  async publish(
    @Args('input') input: PublishJobOfferCommand,
    @CurrentIdentity() identity: Identity,
  ): Promise<JobOffer> {
    const offer = await this.publishOffer.execute(identity, input);
    const row = await this.offers.find(this.dataSource.manager, offer.offerId);
    if (!row) {
      // Published already expired: it was recorded as gone.
      throw new OffersError(OffersErrorCode.InvalidInput, `offer ${offer.offerId}: expiresOn is in the past`);
    }
    return toJobOfferObject(row);
  }

  @Mutation('withdrawJobOffer')
  @Roles('ops')
  async withdraw(@Args('id') id: string, @CurrentIdentity() identity: Identity): Promise<boolean> {
    await this.dataSource.transaction((manager) => this.withdrawOffer.byEditor(manager, identity, id));
    return true;
  }
}
