import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { CurrentIdentity, Roles, type Identity } from '@passerelle/shared/auth';
import { fromGraphQLEnum } from '@passerelle/shared/graphql';
import type { OfferVerdict } from '@passerelle/matching/graphql-types';
import { GiveOfferFeedbackHandler } from './usecases/give-offer-feedback/give-offer-feedback.handler';
import { SetJobSearchAreaHandler } from './usecases/set-job-search-area/set-job-search-area.handler';

/** What the person or their coach says that changes the person's lists: feedback, the search area. */
@Resolver()
export class RecommendationsResolver {
  constructor(
    private readonly feedback: GiveOfferFeedbackHandler,
    private readonly searchArea: SetJobSearchAreaHandler,
  ) {}

  @Mutation('giveOfferFeedback')
  @Roles('candidate', 'coach')
  async giveOfferFeedback(
    @Args('candidateId') candidateId: string,
    @Args('offerId') offerId: string,
    @Args('verdict') verdict: OfferVerdict,
    @CurrentIdentity() identity: Identity,
  ): Promise<boolean> {
    await this.feedback.execute(identity, {
      candidateId,
      offerId,
      verdict: fromGraphQLEnum(verdict),
    });
    return true;
  }

  @Mutation('setJobSearchArea')
  @Roles('candidate', 'coach', 'ops')
  async setJobSearchArea(
    @Args('candidateId') candidateId: string,
    @Args('departmentCodes') departmentCodes: string[],
    @CurrentIdentity() identity: Identity,
  ): Promise<boolean> {
    await this.searchArea.execute(identity, { candidateId, departmentCodes });
    return true;
  }
}
