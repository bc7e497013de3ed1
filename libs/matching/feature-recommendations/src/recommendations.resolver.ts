import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { DataSource } from 'typeorm';
import { CurrentIdentity, Roles, type Identity } from '@passerelle/shared/auth';
import { CandidateScopeRepository } from '@passerelle/shared/candidate-scope';
import { fromGraphQLEnum } from '@passerelle/shared/graphql';
import { FormerOccupationConfirmationRepository } from '@passerelle/matching/data-access';
import type { FormerOccupationConfirmation, OfferVerdict } from '@passerelle/matching/graphql-types';
import { toConfirmationObject } from './former-occupation-confirmation.object';
import { ConfirmFormerOccupationHandler } from './usecases/confirm-former-occupation/confirm-former-occupation.handler';
import { GiveOfferFeedbackHandler } from './usecases/give-offer-feedback/give-offer-feedback.handler';
import { SetJobSearchAreaHandler } from './usecases/set-job-search-area/set-job-search-area.handler';

/**
 * What the person or their coach says that changes the person's lists: feedback, the search area,
 * the former occupation a title left open.
 */
@Resolver()
export class RecommendationsResolver {
  constructor(
    private readonly dataSource: DataSource,
    private readonly feedback: GiveOfferFeedbackHandler,
    private readonly searchArea: SetJobSearchAreaHandler,
    private readonly confirm: ConfirmFormerOccupationHandler,
    private readonly confirmations: FormerOccupationConfirmationRepository,
    private readonly scopes: CandidateScopeRepository,
  ) {}

  @Query('pendingFormerOccupationConfirmations')
  @Roles('coach')
  async pendingFormerOccupationConfirmations(
    @CurrentIdentity() identity: Identity,
  ): Promise<FormerOccupationConfirmation[]> {
    if (identity.role !== 'coach') return [];
    const caseload = await this.scopes.caseloadOf(identity.coachId);
    const rows = await this.confirmations.pendingFor(this.dataSource.manager, caseload);
    return rows.map(toConfirmationObject);
  }

  @Mutation('confirmFormerOccupation')
  @Roles('coach', 'ops')
  async confirmFormerOccupation(
    @Args('candidateId') candidateId: string,
    @Args('occupationCode') occupationCode: string,
    @CurrentIdentity() identity: Identity,
  ): Promise<FormerOccupationConfirmation> {
    return toConfirmationObject(await this.confirm.execute(identity, { candidateId, occupationCode }));
  }

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
